import type { Design } from '../../core';
import { connectionCurve, curveMeets } from './connectionCurve';
import type { DesignRects, Rect } from './minimapShapes';

/*
 * React Flow keeps in its store every node and connection it is given, and on every pointer move
 * of a drag it walks all of them: it indexes the nodes again, tests every connection for
 * visibility, and calls each drawn connection's subscription. Its `onlyRenderVisibleElements`
 * saves the drawing, not that work, and draws every connection whose box (the box of its two
 * components) meets the view: long connections that pass far from it included. The canvas keeps
 * instead what lies in a window around the view: the components and groups in it, and the
 * connections whose curve passes through it. The window is the view with a margin on every side;
 * it moves when the view leaves it, not on every frame. Of those connections, React Flow draws
 * only the ones selected or with a moving end; the canvas draws the others (StaticConnections).
 */

/** The window around a view: the view with half its size (at least 200 canvas px) on every side. */
export function windowAround(view: Rect): Rect {
  const dx = Math.max(view.width / 2, 200);
  const dy = Math.max(view.height / 2, 200);
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/**
 * Whether a window still serves a view: it holds the view, and is at most twice the window the
 * view would get now (after zooming in, a larger one would keep far more than the view needs).
 */
export function windowServes(window: Rect, view: Rect): boolean {
  const holds =
    view.x >= window.x && view.y >= window.y && view.x + view.width <= window.x + window.width && view.y + view.height <= window.y + window.height;
  const fresh = windowAround(view);
  return holds && window.width <= 2 * fresh.width && window.height <= 2 * fresh.height;
}

export function meets(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

/**
 * Whether a connection from `source` to `target` (drawn as the canvas draws it: a bezier curve
 * from the middle of the source's right side to the middle of the target's left side) passes
 * through `rect`.
 */
export function connectionMeets(source: Rect, target: Rect, rect: Rect): boolean {
  return curveMeets(...connectionCurve(source, target), rect);
}

/** What lies in a window: ids of components and groups, and of connections. */
export interface Kept {
  elements: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The components and groups in a window, with the groups that hold them (React Flow places a
 * child from its parent), and the connections whose curve passes through it.
 */
export function keptInWindow(design: Pick<Design, 'nodes' | 'groups' | 'edges'>, rects: DesignRects, window: Rect): Kept {
  const elements = new Set<string>();
  const edges = new Set<string>();
  for (const [id, rect] of rects.components) if (meets(rect, window)) elements.add(id);
  for (const [id, rect] of rects.groups) if (meets(rect, window)) elements.add(id);
  for (const edge of design.edges) {
    const source = rects.components.get(edge.source);
    const target = rects.components.get(edge.target);
    if (source !== undefined && target !== undefined && connectionMeets(source, target, window)) edges.add(edge.id);
  }
  addParents(design, elements);
  return { elements, edges };
}

/** What React Flow must hold wherever it is. */
export interface Always {
  /** Components and groups dragged or resized, and what they hold: with every connection of theirs. */
  moving: ReadonlySet<string>;
  /**
   * The selection (components, groups and connections, with the ends of a connection): React
   * Flow deselects, drags and boxes only the elements it holds.
   */
  selected: readonly string[];
  /**
   * Far out, the components of the window that stay still are drawn by the canvas too
   * (StillComponents), as connections are: React Flow holds the groups, and of the components
   * only those it must hold (the selection, what moves, and `engaged`).
   */
  stillComponents?: boolean;
  /** Components pressed on the canvas's own drawing, handed to React Flow to drag (StillComponents). */
  engaged?: ReadonlySet<string>;
}

/** No ids: one set, the same from render to render. */
export const NO_IDS: ReadonlySet<string> = new Set();

/**
 * What the canvas gives React Flow (`elements`, and the connections it draws: `edges`) for the
 * elements in a window (`kept`): those, and wherever they are the selection and what moves, with
 * the connections selected or with a moving end, both ends of each, and the groups that hold any
 * of them. The other connections of the window stay still: the canvas draws them itself
 * (StaticConnections), so React Flow holds neither them nor their ends. With `stillComponents`,
 * the same goes for the window's components.
 */
export function heldByFlow(kept: Kept, design: Pick<Design, 'nodes' | 'groups' | 'edges'>, always: Always): Kept {
  const { moving, selected, stillComponents = false, engaged = NO_IDS } = always;
  const edges = new Set<string>();
  if (!stillComponents && moving.size === 0 && selected.length === 0) return { elements: kept.elements, edges };
  const elements = new Set(kept.elements);
  if (stillComponents) for (const node of design.nodes) elements.delete(node.id);
  const picked = new Set(selected);
  for (const id of moving) elements.add(id);
  for (const id of engaged) elements.add(id);
  for (const node of design.nodes) if (picked.has(node.id)) elements.add(node.id);
  for (const group of design.groups) if (picked.has(group.id)) elements.add(group.id);
  for (const edge of design.edges) {
    if (!picked.has(edge.id) && !moving.has(edge.source) && !moving.has(edge.target)) continue;
    edges.add(edge.id);
    elements.add(edge.source);
    elements.add(edge.target);
  }
  addParents(design, elements);
  const same = elements.size === kept.elements.size && [...elements].every((id) => kept.elements.has(id));
  return { elements: same ? kept.elements : elements, edges };
}

/** The components of the window the canvas draws itself (with `stillComponents`), wherever React Flow does not. */
export function stillInWindow(kept: Kept, design: Pick<Design, 'nodes'>): ReadonlySet<string> {
  const still = new Set<string>();
  for (const node of design.nodes) if (kept.elements.has(node.id)) still.add(node.id);
  return still;
}

/** Adds to `elements` the groups that hold any of them, at any depth. */
function addParents(design: Pick<Design, 'nodes' | 'groups'>, elements: Set<string>): void {
  const parentOf = new Map<string, string | undefined>();
  for (const group of design.groups) parentOf.set(group.id, group.parent);
  for (const node of design.nodes) parentOf.set(node.id, node.parent);
  for (const id of [...elements]) {
    for (let at = parentOf.get(id); at !== undefined && !elements.has(at); at = parentOf.get(at)) elements.add(at);
  }
}

/**
 * A filter that gives back the same list as last time when it keeps the same items: React Flow
 * indexes every item of a new list again.
 */
export function createKeptFilter<T extends { id: string }>(): (items: readonly T[], keep: ReadonlySet<string> | undefined) => T[] {
  let last: T[] = [];
  return (items, keep) => {
    const next = keep === undefined ? [] : items.filter((item) => keep.has(item.id));
    if (next.length !== last.length || next.some((item, i) => item !== last[i])) last = next;
    return last;
  };
}
