import { describe, expect, it } from 'vitest';
import { edgeDash, sameDetail, zoomDetail } from './zoomDetail';

describe('what the canvas draws at a zoom', () => {
  it('draws everything, dashes at their size, from full zoom up', () => {
    for (const zoom of [0.5, 1, 2]) expect(zoomDetail(zoom)).toEqual({ labels: true, dashScale: 1, solidBorders: false, edgeMarks: true, plainCards: false });
    expect(edgeDash(1)).toBe('6 4');
  });

  it('leaves small text out below readable size, and draws dashed borders solid further out', () => {
    expect(zoomDetail(0.45).labels).toBe(true);
    expect(zoomDetail(0.44).labels).toBe(false);
    expect(zoomDetail(0.25).solidBorders).toBe(false);
    expect(zoomDetail(0.24).solidBorders).toBe(true);
  });

  it('leaves connections’ finding marks out where they would be specks', () => {
    expect(zoomDetail(0.25).edgeMarks).toBe(true);
    expect(zoomDetail(0.24).edgeMarks).toBe(false);
  });

  it('draws plain cards where names are specks', () => {
    expect(zoomDetail(0.25).plainCards).toBe(false);
    expect(zoomDetail(0.24).plainCards).toBe(true);
    expect(sameDetail(zoomDetail(1), { ...zoomDetail(1), plainCards: true })).toBe(false);
  });

  it('grows dashes by powers of two as the view zooms out, so they stay 3 to 6 pixels long on screen', () => {
    for (let zoom = 0.1; zoom < 0.5; zoom += 0.01) {
      const { dashScale } = zoomDetail(zoom);
      expect(Math.log2(dashScale) % 1).toBe(0);
      const onScreen = 6 * dashScale * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(3);
      expect(onScreen).toBeLessThan(6);
    }
    expect(edgeDash(zoomDetail(0.1).dashScale)).toBe('48 32');
  });

  it('tells zooms that draw the same apart from those that do not', () => {
    expect(sameDetail(zoomDetail(0.3), zoomDetail(0.31))).toBe(true);
    expect(sameDetail(zoomDetail(0.3), zoomDetail(0.2))).toBe(false);
  });
});
