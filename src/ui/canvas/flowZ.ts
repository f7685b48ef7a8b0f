import type { Design, DesignEdge } from '../../core';
import { groupsParentFirst } from './toFlow';

/** React Flow's lift of a selected node (SELECTED_NODE_Z, with elevateNodesOnSelect on, as the canvas has it). */
const SELECTED_Z = 1000;

/**
 * The z-index React Flow gives each component and group ("basic" mode): a selected element is
 * lifted by 1000, and an element inside a group is drawn at least one above its group.
 */
export function elementZ(design: Pick<Design, 'nodes' | 'groups'>, selection: ReadonlySet<string>): Map<string, number> {
  const z = new Map<string, number>();
  const place = (id: string, parent: string | undefined) => {
    const own = selection.has(id) ? SELECTED_Z : 0;
    const above = parent === undefined ? undefined : z.get(parent);
    z.set(id, above !== undefined && above >= own ? above + 1 : own);
  };
  for (const group of groupsParentFirst(design.groups)) place(group.id, group.parent);
  for (const node of design.nodes) place(node.id, node.parent);
  return z;
}

/**
 * The z-index React Flow draws a connection at: that of the higher of its two ends, counting
 * only ends inside a group (getElevatedEdgeZIndex, connections not lifted when selected).
 */
export function connectionZ(edge: Pick<DesignEdge, 'source' | 'target'>, parentOf: ReadonlyMap<string, string | undefined>, z: ReadonlyMap<string, number>): number {
  const end = (id: string) => (parentOf.get(id) === undefined ? 0 : (z.get(id) ?? 0));
  return Math.max(end(edge.source), end(edge.target));
}
