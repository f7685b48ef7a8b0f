import { describe, expect, it } from 'vitest';
import { design, edge, group, node } from '../../core/testing/builders';
import { buildScene, imageText } from './imageScene';

describe('image scene', () => {
  const d = design(
    group('sys', 'system', { label: 'Shop' }),
    node('api', 'microservice', { label: 'API\u0001 "v2"\n<b>', parent: 'sys' }),
    node('db', 'postgres', { label: 'Orders' }),
    edge('q', 'api', 'db', { label: 'reads\u0007' }),
  );

  it('keeps text an SVG can hold: no control characters, one line', () => {
    expect(imageText('a\u0000b\u001fc\n d\t')).toBe('abc d');
    const scene = buildScene(d, { language: 'en' })!;
    expect(scene.nodes.map((n) => n.label)).toEqual(['API "v2" <b>', 'Orders']);
    expect(scene.edges[0]!.text).toBe('reads · HTTPS');
  });

  it('draws the whole design inside the image, with a margin', () => {
    const scene = buildScene(d, { language: 'en' })!;
    for (const r of [...scene.nodes, ...scene.groups]) {
      expect(r.x).toBeGreaterThanOrEqual(24);
      expect(r.y).toBeGreaterThanOrEqual(24);
      expect(r.x + r.width).toBeLessThanOrEqual(scene.width - 24);
      expect(r.y + r.height).toBeLessThanOrEqual(scene.height - 24);
    }
  });

  it('draws a selected group with what it holds, and only connections between drawn components', () => {
    const scene = buildScene(d, { language: 'en', selection: new Set(['sys']) })!;
    expect(scene.groups.map((g) => g.id)).toEqual(['sys']);
    expect(scene.nodes.map((n) => n.id)).toEqual(['api']);
    expect(scene.edges).toEqual([]);
    expect(buildScene(d, { language: 'en', selection: new Set() })).toBeNull();
  });
});
