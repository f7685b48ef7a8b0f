import { describe, expect, it } from 'vitest';
import { designFrom } from '../../core/testing/builders';
import { createFlowMapper } from './toFlow';
import { designRects, minimapViewBox, rectsPath, union, viewportCentredOn, visibleRect } from './minimapShapes';

const design = designFrom(
  { op: 'add-group', group: { id: 'region', kind: 'region', label: 'EU', description: '', props: {} }, box: { x: 100, y: 100, width: 800, height: 500 } },
  { op: 'add-group', group: { id: 'az', kind: 'zone', label: 'AZ a', description: '', props: {}, parent: 'region' } },
  { op: 'add-node', node: { id: 'gw', type: 'api-gateway', label: 'Gateway', description: '', technology: '', props: {}, parent: 'region' }, box: { x: 200, y: 220 } },
  { op: 'add-node', node: { id: 'client', type: 'web-client', label: 'Client', description: '', technology: '', props: {} }, box: { x: -300, y: 0, width: 240, height: 90 } },
  { op: 'add-node', node: { id: 'kafka', type: 'kafka', label: 'Events', description: '', technology: '', props: {} } },
);

describe('the minimap', () => {
  it('places every group and component where the canvas draws it, in absolute coordinates', () => {
    const rects = designRects(design);
    const { nodes } = createFlowMapper()(design, []);
    const absolute = new Map<string, { x: number; y: number }>();
    // The canvas's positions are relative to the parent: add the parents' up the chain.
    for (const n of nodes) {
      const parent = n.parentId === undefined ? { x: 0, y: 0 } : absolute.get(n.parentId)!;
      absolute.set(n.id, { x: parent.x + n.position.x, y: parent.y + n.position.y });
    }
    for (const n of nodes) {
      const rect = (n.type === 'container' ? rects.groups : rects.components).get(n.id)!;
      expect(rect, n.id).toEqual({ ...absolute.get(n.id), width: n.width, height: n.height });
    }
    expect([...rects.groups.keys()].sort()).toEqual(['az', 'region']);
    expect([...rects.components.keys()].sort()).toEqual(['client', 'gw', 'kafka']);
    expect(rects.bounds).toEqual({ x: -300, y: 0, width: 1200, height: 600 });
  });

  it('has no bounds for an empty design', () => {
    expect(designRects(designFrom()).bounds).toBeUndefined();
  });

  it('draws all rectangles as one path', () => {
    expect(rectsPath([{ x: 1.4, y: 2.6, width: 10, height: 20 }, { x: -5, y: 0, width: 3, height: 4 }])).toBe('M1 3h10v20h-10zM-5 0h3v4h-3z');
    expect(rectsPath([])).toBe('');
  });

  it('shows the design and the view together, with a margin, at the same scale across and down', () => {
    const content = { x: 0, y: 0, width: 1000, height: 200 };
    const view = { x: 900, y: 100, width: 400, height: 300 };
    expect(union(content, view)).toEqual({ x: 0, y: 0, width: 1300, height: 400 });
    const box = minimapViewBox(content, view, 200, 150);
    expect(box.width / box.height).toBeCloseTo(200 / 150);
    expect(box.width).toBeCloseTo(1300 * 1.1);
    // Centred on what it shows, with the design and the view inside.
    expect(box.x + box.width / 2).toBeCloseTo(650);
    expect(box.y + box.height / 2).toBeCloseTo(200);
    expect(box.x).toBeLessThan(0);
    expect(box.y + box.height).toBeGreaterThan(400);
    // A tall content is widened instead.
    const tall = minimapViewBox({ x: 0, y: 0, width: 100, height: 1000 }, { x: 0, y: 0, width: 10, height: 10 }, 200, 150);
    expect(tall.height).toBeCloseTo(1100);
    expect(tall.width).toBeCloseTo((1100 * 200) / 150);
    // With nothing drawn, it shows the view.
    const alone = minimapViewBox(undefined, view, 200, 150);
    expect(alone.x + alone.width / 2).toBeCloseTo(1100);
    expect(alone.y + alone.height / 2).toBeCloseTo(250);
    expect(alone.height).toBeCloseTo(340);
    expect(alone.width).toBeCloseTo((340 * 200) / 150);
  });

  it('converts between the view and the canvas', () => {
    // React Flow's transform: the canvas point (x, y) is drawn at (x·zoom + tx, y·zoom + ty).
    expect(visibleRect([-200, 100, 2], 800, 600)).toEqual({ x: 100, y: -50, width: 400, height: 300 });
    const viewport = viewportCentredOn({ x: 500, y: 250 }, 2, 800, 600);
    const seen = visibleRect([viewport.x, viewport.y, viewport.zoom], 800, 600);
    expect(seen.x + seen.width / 2).toBeCloseTo(500);
    expect(seen.y + seen.height / 2).toBeCloseTo(250);
    expect(viewport.zoom).toBe(2);
  });
});
