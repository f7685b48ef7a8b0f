import type { Rect } from './minimapShapes';

/*
 * A connection as the canvas draws it: a cubic bezier curve from the middle of the source's
 * right side to the middle of the target's left side, as React Flow's getBezierPath makes it.
 * Here: whether it passes through a rectangle, and the pieces of it that lie there.
 */

export type Point = readonly [number, number];

/** A cubic bezier curve: its start, two control points and its end. */
export type Curve = readonly [Point, Point, Point, Point];

/** React Flow's control offset of a bezier connection (calculateControlOffset, curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The curve of a connection between two components' boxes, its ends `outset` px out from their sides. */
export function connectionCurve(source: Rect, target: Rect, outset = 0): Curve {
  const sx = source.x + source.width + outset;
  const sy = source.y + source.height / 2;
  const tx = target.x - outset;
  const ty = target.y + target.height / 2;
  const offset = controlOffset(tx - sx);
  return [
    [sx, sy],
    [sx + offset, sy],
    [tx - offset, ty],
    [tx, ty],
  ];
}

/** The SVG path of a curve, written as getBezierPath writes it. */
export function curvePath([p0, p1, p2, p3]: Curve): string {
  return `M${p0[0]},${p0[1]} C${p1[0]},${p1[1]} ${p2[0]},${p2[1]} ${p3[0]},${p3[1]}`;
}

/**
 * Whether a cubic bezier curve comes into a rectangle. It lies inside the hull of its control
 * points: when their box misses the rectangle, so does the curve; when it lies inside, the curve
 * does too; otherwise the curve is cut in two halves and each is tested. At the last depth the
 * answer is yes: the test may keep a curve that just misses, never drop one that does not.
 */
export function curveMeets(p0: Point, p1: Point, p2: Point, p3: Point, rect: Rect, depth = 10): boolean {
  const minX = Math.min(p0[0], p1[0], p2[0], p3[0]);
  const maxX = Math.max(p0[0], p1[0], p2[0], p3[0]);
  const minY = Math.min(p0[1], p1[1], p2[1], p3[1]);
  const maxY = Math.max(p0[1], p1[1], p2[1], p3[1]);
  if (maxX < rect.x || minX > rect.x + rect.width || maxY < rect.y || minY > rect.y + rect.height) return false;
  if (minX >= rect.x && maxX <= rect.x + rect.width && minY >= rect.y && maxY <= rect.y + rect.height) return true;
  if (depth === 0) return true;
  const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const p01 = mid(p0, p1);
  const p12 = mid(p1, p2);
  const p23 = mid(p2, p3);
  const p012 = mid(p01, p12);
  const p123 = mid(p12, p23);
  const centre = mid(p012, p123);
  return curveMeets(p0, p01, p012, centre, rect, depth - 1) || curveMeets(centre, p123, p23, p3, rect, depth - 1);
}

/** Whether a curve lies wholly inside a rectangle (its control points do). */
function curveInside(curve: Curve, rect: Rect): boolean {
  return curve.every(([x, y]) => x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height);
}

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The part of a curve from t0 to t1 (0 ≤ t0 < t1 ≤ 1), as a curve of its own (de Casteljau). */
export function curveBetween(curve: Curve, t0: number, t1: number): Curve {
  // The part from t0 to 1, then the part of that up to where t1 falls in it.
  const [p0, p1, p2, p3] = t0 === 0 ? curve : splitAt(curve, t0)[1];
  const rest: Curve = [p0, p1, p2, p3];
  return t1 === 1 ? rest : splitAt(rest, (t1 - t0) / (1 - t0))[0];
}

function splitAt([p0, p1, p2, p3]: Curve, t: number): [Curve, Curve] {
  const p01 = lerp(p0, p1, t);
  const p12 = lerp(p1, p2, t);
  const p23 = lerp(p2, p3, t);
  const p012 = lerp(p01, p12, t);
  const p123 = lerp(p12, p23, t);
  const at = lerp(p012, p123, t);
  return [
    [p0, p01, p012, at],
    [at, p123, p23, p3],
  ];
}

// Gauss–Legendre nodes and weights, five points on [-1, 1].
const GAUSS: readonly (readonly [number, number])[] = [
  [0, 0.5688888888888889],
  [-0.5384693101056831, 0.4786286704993665],
  [0.5384693101056831, 0.4786286704993665],
  [-0.906179845938664, 0.2369268850561891],
  [0.906179845938664, 0.2369268850561891],
];

/** How fast a point runs along the curve at t (the length of the derivative). */
function speed([p0, p1, p2, p3]: Curve, t: number): number {
  const u = 1 - t;
  const dx = 3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]);
  const dy = 3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]);
  return Math.hypot(dx, dy);
}

/** The length of a curve between t = a and t = b by five-point Gauss–Legendre quadrature. */
function gaussLength(curve: Curve, a: number, b: number): number {
  const half = (b - a) / 2;
  const middle = (a + b) / 2;
  let length = 0;
  for (const [x, w] of GAUSS) length += w * speed(curve, middle + x * half);
  return length * half;
}

/**
 * The length of a curve from its start to t, to a small fraction of a pixel on any connection:
 * each span is halved until its halves add up to what it gives whole, to within 1/1000 px (where
 * the curve turns sharply, many times; along its long straight runs, hardly ever).
 */
export function lengthTo(curve: Curve, t: number): number {
  const within = (a: number, b: number, whole: number, depth: number): number => {
    const middle = (a + b) / 2;
    const left = gaussLength(curve, a, middle);
    const right = gaussLength(curve, middle, b);
    if (depth >= 16 || Math.abs(left + right - whole) < 1e-3) return left + right;
    return within(a, middle, left, depth + 1) + within(middle, b, right, depth + 1);
  };
  return within(0, t, gaussLength(curve, 0, t), 0);
}

/** A piece of a curve: its path, how far along the whole curve it starts, and whether it reaches its end. */
export interface CurvePiece {
  d: string;
  /** The length of the curve before the piece: as a dash offset, its dashes fall where the whole curve's do. */
  offset: number;
  /** Whether the piece ends where the curve does (where its arrow goes). */
  toEnd: boolean;
}

/** How many times a curve is halved, at most, to find the pieces of it in a rectangle (parts of 1/64 of it). */
const DEPTH = 6;

/**
 * The spans of t (from 0 to 1) over which a curve may pass through a rectangle, in order, or
 * `undefined` when the whole curve lies inside it. The curve is halved again and again: a part
 * whose control points' box misses the rectangle is left out, one inside it is kept, others are
 * halved, down to 1/64 of the curve, kept whenever it may meet the rectangle. The spans hold
 * every point of the curve in the rectangle, and a little around.
 */
export function spansWithin(curve: Curve, rect: Rect): [number, number][] | undefined {
  if (curveInside(curve, rect)) return undefined;
  const spans: [number, number][] = [];
  const visit = (part: Curve, t0: number, t1: number, depth: number) => {
    const [p0, p1, p2, p3] = part;
    if (!curveMeets(p0, p1, p2, p3, rect, 0)) return;
    if (depth === DEPTH || curveInside(part, rect)) {
      const last = spans[spans.length - 1];
      if (last !== undefined && last[1] === t0) last[1] = t1;
      else spans.push([t0, t1]);
      return;
    }
    const [first, second] = splitAt(part, 0.5);
    const middle = (t0 + t1) / 2;
    visit(first, t0, middle, depth + 1);
    visit(second, middle, t1, depth + 1);
  };
  visit(curve, 0, 1, 0);
  return spans;
}

/**
 * The pieces of a curve that pass through a rectangle (spansWithin), or `undefined` when the
 * whole curve lies inside it.
 *
 * A browser dashes the whole length of a path each time it paints any part of it: a dashed
 * connection tens of thousands of pixels long, drawn whole, cost seconds of painting whenever the
 * layer of still connections changed (at 100 % on a 10,000-component design). Drawn as the
 * pieces in the window around the view, it costs what its visible length does.
 */
export function piecesWithin(curve: Curve, rect: Rect): CurvePiece[] | undefined {
  return spansWithin(curve, rect)?.map(([t0, t1]) => ({ d: curvePath(curveBetween(curve, t0, t1)), offset: t0 === 0 ? 0 : lengthTo(curve, t0), toEnd: t1 === 1 }));
}
