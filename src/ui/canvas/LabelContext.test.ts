import { describe, expect, it } from 'vitest';
import { dashScale, edgeDash } from './LabelContext';

describe('dashes of asynchronous connections', () => {
  it('keep their size at full zoom and above', () => {
    expect(dashScale(1)).toBe(1);
    expect(dashScale(2)).toBe(1);
    expect(dashScale(0.5)).toBe(1);
    expect(edgeDash(1)).toBe('6 4');
  });

  it('grow by powers of two as the view zooms out, so they stay 3 to 6 pixels long on screen', () => {
    for (let zoom = 0.1; zoom < 0.5; zoom += 0.01) {
      const scale = dashScale(zoom);
      expect(Math.log2(scale) % 1).toBe(0);
      const onScreen = 6 * scale * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(3);
      expect(onScreen).toBeLessThan(6);
    }
    expect(edgeDash(dashScale(0.1))).toBe('48 32');
  });
});
