import { describe, expect, it } from 'vitest';
import { prng } from '../../../bench/generateDesign';
import { connectionPath } from '../export/imageScene';
import { connectionCurve, curveBetween, curvePath, lengthTo, piecesWithin, spansWithin, type Curve, type Point } from './connectionCurve';
import type { Rect } from './minimapShapes';

function at([p0, p1, p2, p3]: Curve, t: number): Point {
  const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3];
  return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

const inside = ([x, y]: Point, r: Rect) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** A connection between two random boxes, far apart or close, either way round. */
function randomCurve(random: () => number): Curve {
  const box = (): Rect => ({ x: (random() - 0.5) * 60_000, y: (random() - 0.5) * 8_000, width: 200, height: 72 });
  return connectionCurve(box(), box(), 3);
}

describe('connection curves', () => {
  it('are the curves React Flow draws between two components', () => {
    const pairs: [Rect, Rect][] = [
      [{ x: 0, y: 0, width: 200, height: 72 }, { x: 500, y: 300, width: 200, height: 72 }],
      // The target left of the source: React Flow's curve loops out on both sides.
      [{ x: 900, y: 40, width: 200, height: 72 }, { x: 100, y: -200, width: 160, height: 60 }],
    ];
    for (const [source, target] of pairs) expect(curvePath(connectionCurve(source, target, 3))).toBe(connectionPath(source, target, 3)[0]);
  });

  it('cut between two values of t, run along the same points', () => {
    const curve: Curve = [[0, 0], [400, 0], [100, 900], [700, 500]];
    const part = curveBetween(curve, 0.2, 0.65);
    for (const u of [0, 0.1, 0.5, 0.9, 1]) {
      const [x, y] = at(part, u);
      const [ex, ey] = at(curve, 0.2 + u * 0.45);
      expect(x).toBeCloseTo(ex, 6);
      expect(y).toBeCloseTo(ey, 6);
    }
  });

  it('are measured to a hundredth of a pixel, however long', () => {
    // A straight one, evenly spaced: its length is known.
    expect(lengthTo([[0, 0], [10_000, 0], [20_000, 0], [30_000, 0]], 1)).toBeCloseTo(30_000, 6);
    const random = prng(7);
    for (let i = 0; i < 10; i += 1) {
      const curve = randomCurve(random);
      const t = random();
      // Against a polyline of 200,000 points along the curve.
      let dense = 0;
      let last = at(curve, 0);
      for (let k = 1; k <= 200_000; k += 1) {
        const next = at(curve, (t * k) / 200_000);
        dense += Math.hypot(next[0] - last[0], next[1] - last[1]);
        last = next;
      }
      expect(Math.abs(lengthTo(curve, t) - dense)).toBeLessThan(0.01);
    }
  });

  it('are cut to the spans that pass through a window, which hold every point of the curve in it', () => {
    const window: Rect = { x: -1_500, y: -900, width: 3_000, height: 1_800 };
    expect(spansWithin(connectionCurve({ x: -500, y: 0, width: 200, height: 72 }, { x: 200, y: 100, width: 200, height: 72 }, 3), window)).toBeUndefined();
    const random = prng(11);
    let cut = 0;
    for (let i = 0; i < 200; i += 1) {
      const curve = randomCurve(random);
      const spans = spansWithin(curve, window);
      if (spans === undefined) continue;
      cut += 1;
      // In order, apart from each other, within [0, 1].
      spans.forEach(([t0, t1], k) => {
        expect(t0).toBeLessThan(t1);
        if (k > 0) expect(t0).toBeGreaterThan(spans[k - 1]![1]);
      });
      for (let k = 0; k <= 5_000; k += 1) {
        const t = k / 5_000;
        if (inside(at(curve, t), window)) expect(spans.some(([t0, t1]) => t >= t0 && t <= t1)).toBe(true);
      }
    }
    expect(cut).toBeGreaterThan(60);
  });

  it('give pieces whose dashes fall where the whole curve’s would, and the arrow only at the end', () => {
    const curve = connectionCurve({ x: -20_000, y: 0, width: 200, height: 72 }, { x: 400, y: 300, width: 200, height: 72 }, 3);
    const window: Rect = { x: -1_000, y: -500, width: 2_000, height: 1_000 };
    const pieces = piecesWithin(curve, window)!;
    const spans = spansWithin(curve, window)!;
    expect(pieces).toHaveLength(1);
    const [t0, t1] = spans[0]!;
    expect(t1).toBe(1);
    expect(pieces[0]).toEqual({ d: curvePath(curveBetween(curve, t0, 1)), offset: lengthTo(curve, t0), toEnd: true });
    // The piece is a small part of a curve over 20,000 px long.
    expect(pieces[0]!.offset).toBeGreaterThan(15_000);
    // Seen from the other side, the piece starts the curve and has no arrow.
    const start = piecesWithin(curve, { x: -20_000, y: -500, width: 2_000, height: 1_000 })!;
    expect(start).toHaveLength(1);
    expect(start[0]!.offset).toBe(0);
    expect(start[0]!.toEnd).toBe(false);
  });
});
