import type { Design } from '../../core';
import type { FlowEdge } from './toFlow';

/** The class of a connection whose end is being dragged (see styles.css). */
export const MOVING_EDGE_CLASS = 'is-moving';

/**
 * The components and groups that move with `dragged` (components or groups being dragged or
 * resized): those, and everything inside a group among them, at any depth.
 */
export function movingIds(design: Design, dragged: ReadonlySet<string>): Set<string> {
  const moving = new Set(dragged);
  if (dragged.size === 0) return moving;
  const parentOf = new Map<string, string | undefined>();
  for (const group of design.groups) parentOf.set(group.id, group.parent);
  for (const node of design.nodes) parentOf.set(node.id, node.parent);
  const moves = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (dragged.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  for (const id of parentOf.keys()) if (moves(id)) moving.add(id);
  return moving;
}

/**
 * The connections with those that end on a moving component marked as moving. Chromium then
 * draws them on a layer of their own while the drag lasts: otherwise every frame repaints
 * wherever they pass, with every other connection there (a long dashed connection across a
 * 1,000-component design at 100 % took 0.7 s of rasterising per pointer move). The others keep
 * their objects, so React Flow redraws only the marked ones.
 */
export function markMoving(edges: readonly FlowEdge[], moving: ReadonlySet<string>): FlowEdge[] {
  if (moving.size === 0) return edges as FlowEdge[];
  return edges.map((edge) =>
    moving.has(edge.source) || moving.has(edge.target) ? { ...edge, className: MOVING_EDGE_CLASS } : edge,
  );
}
