import { describe, expect, it } from 'vitest';
import { generateDesign, prng } from '../../../bench/generateDesign';
import { designFrom } from '../../core/testing/builders';
import { connectionPath } from '../export/imageScene';
import { designRects, type Rect } from './minimapShapes';
import { curveMeets } from './connectionCurve';
import { connectionMeets, createKeptFilter, heldByFlow, keptInWindow, meets, stillInWindow, windowAround, windowServes, type Always } from './viewWindow';

type Point = [number, number];

function bezierAt(p: readonly Point[], u: number): Point {
  const [a, b, c, d] = [(1 - u) ** 3, 3 * (1 - u) ** 2 * u, 3 * (1 - u) * u * u, u ** 3];
  return [a * p[0]![0] + b * p[1]![0] + c * p[2]![0] + d * p[3]![0], a * p[0]![1] + b * p[1]![1] + c * p[2]![1] + d * p[3]![1]];
}

const inside = (point: Point, r: Rect) => point[0] >= r.x && point[0] <= r.x + r.width && point[1] >= r.y && point[1] <= r.y + r.height;

describe('what the canvas gives React Flow around the view', () => {
  it('tells a curve that enters a rectangle from one that passes by', () => {
    const rect = { x: 0, y: 0, width: 100, height: 100 };
    // A straight line through the middle, and one beside it.
    expect(curveMeets([-50, 50], [0, 50], [100, 50], [150, 50], rect)).toBe(true);
    expect(curveMeets([-50, 150], [0, 150], [100, 150], [150, 150], rect)).toBe(false);
    // An S whose control points' box covers the rectangle, but whose curve goes round it.
    expect(curveMeets([-200, -10], [400, -10], [-300, 110], [300, 110], { x: 200, y: 20, width: 50, height: 60 })).toBe(false);
  });

  it('never drops a curve that comes into the rectangle (random curves against dense sampling)', () => {
    const random = prng(7);
    const coordinate = () => random() * 1000 - 500;
    let met = 0;
    for (let i = 0; i < 2000; i += 1) {
      const curve: Point[] = [0, 1, 2, 3].map(() => [coordinate(), coordinate()]);
      const rect = { x: coordinate(), y: coordinate(), width: random() * 200, height: random() * 200 };
      const sampled = Array.from({ length: 2001 }, (_, k) => bezierAt(curve, k / 2000)).some((p) => inside(p, rect));
      const answer = curveMeets(curve[0]!, curve[1]!, curve[2]!, curve[3]!, rect);
      if (sampled) {
        met += 1;
        expect(answer, JSON.stringify({ curve, rect })).toBe(true);
      }
    }
    expect(met).toBeGreaterThan(50);
  });

  it('draws connections as React Flow does: from the right side of the source to the left side of the target', () => {
    const random = prng(3);
    for (let i = 0; i < 200; i += 1) {
      const source = { x: random() * 2000, y: random() * 2000, width: 200, height: 72 };
      const target = { x: random() * 2000, y: random() * 2000, width: 200, height: 72 };
      const [path] = connectionPath(source, target);
      const numbers = path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
      const points: Point[] = [0, 2, 4, 6].map((k) => [numbers[k]!, numbers[k + 1]!]);
      // A small box around a point of React Flow's own curve meets the connection.
      for (const u of [0.1, 0.5, 0.9]) {
        const [x, y] = bezierAt(points, u);
        expect(connectionMeets(source, target, { x: x - 1, y: y - 1, width: 2, height: 2 })).toBe(true);
      }
    }
  });

  it('keeps a window while the view stays well inside it, and moves it when the view leaves or zooms far in', () => {
    const view = { x: 0, y: 0, width: 800, height: 600 };
    const window = windowAround(view);
    expect(window).toEqual({ x: -400, y: -300, width: 1600, height: 1200 });
    expect(windowServes(window, view)).toBe(true);
    expect(windowServes(window, { ...view, x: 300 })).toBe(true);
    expect(windowServes(window, { ...view, x: 500 })).toBe(false);
    expect(windowServes(window, { x: 100, y: 100, width: 100, height: 75 })).toBe(false);
    // However small the view (a narrow canvas zoomed in), the window made for it serves it.
    for (const width of [10, 100, 120, 133, 200, 2000]) {
      const small = { x: 0, y: 0, width, height: width * 0.75 };
      expect(windowServes(windowAround(small), small), String(width)).toBe(true);
    }
  });

  it('keeps what is in the window and the connections passing through it; React Flow holds the selection and what moves, with their connections, their ends and their groups', () => {
    const edge = (id: string, source: string, target: string) => ({
      op: 'add-edge' as const,
      edge: { id, source, target, label: '', protocol: 'https' as const, mode: 'sync' as const, callsPerRequest: 1, security: { tls: true, mtls: false, authn: 'none' as const }, resilience: { retries: 0, circuitBreaker: false }, props: {} },
    });
    const node = (id: string, x: number, y: number, parent?: string) => ({
      op: 'add-node' as const,
      node: { id, type: 'microservice', label: id, description: '', technology: '', props: {}, ...(parent === undefined ? {} : { parent }) },
      box: { x, y },
    });
    const design = designFrom(
      { op: 'add-group', group: { id: 'west', kind: 'region', label: 'West', description: '', props: {} }, box: { x: -5000, y: -100, width: 600, height: 400 } },
      { op: 'add-group', group: { id: 'zone', kind: 'zone', label: 'Zone', description: '', props: {}, parent: 'west' }, box: { x: -4900, y: -50, width: 400, height: 300 } },
      node('here', 100, 100),
      node('far-west', -4800, 0, 'zone'),
      node('far-east', 5000, 0),
      node('far-away', 5000, 5000),
      node('elsewhere', 9000, 9000),
      edge('across', 'far-west', 'far-east'),
      edge('away', 'far-east', 'far-away'),
      edge('out', 'here', 'elsewhere'),
    );
    const rects = designRects(design);
    const window = { x: 0, y: -200, width: 1000, height: 800 };
    const kept = keptInWindow(design, rects, window);
    // The connections across the window are kept, without their ends far away: the canvas draws
    // them itself. Only what lies in the window is kept of the components and groups.
    expect([...kept.edges].sort()).toEqual(['across', 'out']);
    expect([...kept.elements].sort()).toEqual(['here']);
    // React Flow holds none of those connections while nothing is selected or moves.
    const moving = (...ids: string[]) => ({ moving: new Set(ids), selected: [] });
    const still = heldByFlow(kept, design, moving());
    expect(still.elements).toBe(kept.elements);
    expect([...still.edges]).toEqual([]);
    // A component being dragged is held wherever it is, with its connections and their ends.
    const dragging = heldByFlow(kept, design, moving('far-away'));
    expect([...dragging.edges].sort()).toEqual(['away']);
    expect([...dragging.elements].sort()).toEqual(['far-away', 'far-east', 'here']);
    // One in the window: its connection out of it, with the far end.
    const near = heldByFlow(kept, design, moving('here'));
    expect([...near.edges]).toEqual(['out']);
    expect([...near.elements].sort()).toEqual(['elsewhere', 'here']);
    // A component moving inside a group far away brings the group along.
    const nowhere = keptInWindow(design, rects, { x: 8000, y: 8000, width: 10, height: 10 });
    const inGroup = heldByFlow(nowhere, design, moving('far-west'));
    expect([...inGroup.elements].sort()).toEqual(['far-east', 'far-west', 'west', 'zone']);
    expect([...inGroup.edges]).toEqual(['across']);
    // The selection is held wherever it is (React Flow deselects and drags only what it holds):
    // components and groups alone, connections with their ends.
    const selected = heldByFlow(nowhere, design, { moving: new Set(), selected: ['far-west', 'away', 'west'] });
    expect([...selected.elements].sort()).toEqual(['far-away', 'far-east', 'far-west', 'west', 'zone']);
    expect([...selected.edges]).toEqual(['away']);

    // Far out, the canvas draws the window's still components too: React Flow holds its groups,
    // and of the components only what it must (the selection, what moves, a pressed one), with
    // the groups that hold them and the ends of the connections it draws.
    const wide = keptInWindow(design, rects, { x: -6000, y: -500, width: 12000, height: 1000 });
    expect([...wide.elements].sort()).toEqual(['far-east', 'far-west', 'here', 'west', 'zone']);
    expect([...stillInWindow(wide, design)].sort()).toEqual(['far-east', 'far-west', 'here']);
    const far = (always: Partial<Always> = {}) => heldByFlow(wide, design, { moving: new Set(), selected: [], stillComponents: true, ...always });
    expect([...far().elements].sort()).toEqual(['west', 'zone']);
    expect([...far({ engaged: new Set(['far-west']) }).elements].sort()).toEqual(['far-west', 'west', 'zone']);
    expect([...far({ selected: ['here'] }).elements].sort()).toEqual(['here', 'west', 'zone']);
    const farDrag = far({ moving: new Set(['far-east']) });
    expect([...farDrag.elements].sort()).toEqual(['far-away', 'far-east', 'far-west', 'west', 'zone']);
    expect([...farDrag.edges].sort()).toEqual(['across', 'away']);
    // Near, the same window is held whole, as the same set.
    expect(heldByFlow(wide, design, { moving: new Set(), selected: [], engaged: new Set(['here']) }).elements).toBe(wide.elements);
  });

  it('gives back the same list when it keeps the same items', () => {
    const filter = createKeptFilter<{ id: string }>();
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const first = filter(items, new Set(['a', 'c']));
    expect(first).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(filter(items, new Set(['c', 'a']))).toBe(first);
    expect(filter(items, new Set(['a']))).toEqual([{ id: 'a' }]);
    expect(filter(items, undefined)).toEqual([]);
  });

  it('on a generated design, keeps every component in the window and every connection whose curve crosses it', () => {
    const design = generateDesign(1000);
    const rects = designRects(design);
    const window = windowAround({ x: 3000, y: 1500, width: 800, height: 600 });
    const kept = keptInWindow(design, rects, window);
    for (const [id, rect] of rects.components) if (meets(rect, window)) expect(kept.elements.has(id)).toBe(true);
    let crossing = 0;
    for (const e of design.edges) {
      const s = rects.components.get(e.source)!;
      const t = rects.components.get(e.target)!;
      const offset = Math.max(0.5 * (t.x - s.x - s.width), 0);
      const curve: Point[] = [[s.x + s.width, s.y + s.height / 2], [s.x + s.width + offset, s.y + s.height / 2], [t.x - offset, t.y + t.height / 2], [t.x, t.y + t.height / 2]];
      if (t.x < s.x + s.width) continue; // backward connections loop out: covered by the test against React Flow's path
      if (Array.from({ length: 401 }, (_, k) => bezierAt(curve, k / 400)).some((p) => inside(p, window))) {
        crossing += 1;
        expect(kept.edges.has(e.id), e.id).toBe(true);
      }
    }
    expect(crossing).toBeGreaterThan(10);
    // Far fewer than all of them.
    expect(kept.edges.size).toBeLessThan(design.edges.length / 2);
  });
});
