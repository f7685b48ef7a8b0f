import { describe, expect, it } from 'vitest';
import { designFrom } from '../../core/testing/builders';
import { MOVING_LAYERS_MAX, cssString, movingIds, movingLayersCss } from './dragLayers';

const design = designFrom(
  { op: 'add-group', group: { id: 'region', kind: 'region', label: 'EU', description: '', props: {} }, box: { x: 0, y: 0, width: 900, height: 600 } },
  { op: 'add-group', group: { id: 'az', kind: 'zone', label: 'AZ a', description: '', props: {}, parent: 'region' }, box: { x: 20, y: 40, width: 400, height: 300 } },
  { op: 'add-node', node: { id: 'svc', type: 'microservice', label: 'Service', description: '', technology: '', props: {}, parent: 'az' }, box: { x: 60, y: 80 } },
  { op: 'add-node', node: { id: 'db', type: 'postgres', label: 'Database', description: '', technology: '', props: {}, parent: 'region' }, box: { x: 500, y: 80 } },
  { op: 'add-node', node: { id: 'client', type: 'web-client', label: 'Client', description: '', technology: '', props: {} }, box: { x: 1000, y: 0 } },
);

describe('movingIds', () => {
  it('is what is dragged, and everything inside a dragged group at any depth', () => {
    expect([...movingIds(design, new Set(['db']))]).toEqual(['db']);
    expect([...movingIds(design, new Set(['region']))].sort()).toEqual(['az', 'db', 'region', 'svc']);
    expect([...movingIds(design, new Set(['az']))].sort()).toEqual(['az', 'svc']);
    expect(movingIds(design, new Set()).size).toBe(0);
  });
});

describe('movingLayersCss', () => {
  it('selects each moving component and the connections starting or ending at it', () => {
    const css = movingLayersCss(new Set(['db']));
    expect(css).toContain('.react-flow__node[data-id="db"]');
    // React Flow's own <svg> of each connection, never the canvas's <svg> of still ones.
    expect(css).toContain('.react-flow__edges > svg:not(.archlab-static-connections):has(> [data-source="db"])');
    expect(css).toContain('.react-flow__edges > svg:not(.archlab-static-connections):has(> [data-target="db"])');
    expect(css).toMatch(/\{ will-change: transform; \}$/);
    expect(movingLayersCss(new Set())).toBe('');
  });

  it('gives no layers when more than a few hundred things move', () => {
    const many = new Set(Array.from({ length: MOVING_LAYERS_MAX + 1 }, (_, i) => `n${i}`));
    expect(movingLayersCss(many)).toBe('');
    many.delete('n0');
    expect(movingLayersCss(many)).toContain('[data-id="n1"]');
  });

  it('keeps an id with quotes, backslashes or line breaks inside its string', () => {
    expect(cssString('a"b')).toBe('"a\\"b"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(movingLayersCss(new Set(['x"] , * { color: red } [y="']))).toContain('[data-source="x\\"] , * { color: red } [y=\\""])');
  });
});
