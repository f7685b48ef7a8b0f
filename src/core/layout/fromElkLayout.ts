import type { Command } from '../model/commands/types';
import type { Box, Design } from '../model/types';
import type { ElkNode, LayoutDirection } from './toElkGraph';

const own = (elements: Readonly<Record<string, Box>>, id: string): Box | undefined =>
  Object.hasOwn(elements, id) ? elements[id] : undefined;

/** The direction an ELK graph was laid out in, from its root's `elk.direction` option. */
function directionOf(graph: ElkNode): LayoutDirection | undefined {
  const value = graph.layoutOptions?.['elk.direction'] ?? graph.layoutOptions?.['org.eclipse.elk.direction'];
  if (value === 'RIGHT') return 'LR';
  if (value === 'DOWN') return 'TB';
  return undefined;
}

/**
 * The one command that applies an ELK result to the design: a `batch` of a `set-boxes` with the
 * new absolute box of every component and group ELK placed, and an `update-design` of the
 * layout direction. ELK gives each child's position relative to its parent: positions are
 * added up along the nesting. Groups get the width and height ELK computed; components keep a
 * stored size (a resized component) and otherwise stay at the default size. Coordinates are
 * rounded to whole pixels. Applying the command gives one undo entry that restores the old
 * layout. `direction` defaults to the one in the graph's root options, then the design's.
 */
export function fromElkLayout(design: Design, laidOut: ElkNode, direction?: LayoutDirection): Command {
  const elements = design.layout.elements;
  const nodeIds = new Set(design.nodes.map((n) => n.id));
  const groupIds = new Set(design.groups.map((g) => g.id));
  const boxes: Record<string, Box> = {};

  const visit = (elk: ElkNode, originX: number, originY: number): void => {
    const x = originX + (elk.x ?? 0);
    const y = originY + (elk.y ?? 0);
    if (groupIds.has(elk.id)) {
      boxes[elk.id] = { x: Math.round(x), y: Math.round(y), ...size(elk) };
    } else if (nodeIds.has(elk.id)) {
      const before = own(elements, elk.id);
      const box: Box = { x: Math.round(x), y: Math.round(y) };
      if (before?.width !== undefined) box.width = before.width;
      if (before?.height !== undefined) box.height = before.height;
      boxes[elk.id] = box;
    }
    for (const child of elk.children ?? []) visit(child, x, y);
  };
  // The root's own position is the origin of the canvas, not an offset.
  for (const child of laidOut.children ?? []) visit(child, 0, 0);

  return {
    op: 'batch',
    commands: [
      { op: 'set-boxes', boxes },
      { op: 'update-design', patch: { direction: direction ?? directionOf(laidOut) ?? design.layout.direction } },
    ],
  };
}

/** A positive whole size, or none when ELK gave none (a box must have a positive size). */
function size(elk: ElkNode): { width?: number; height?: number } {
  const out: { width?: number; height?: number } = {};
  if (elk.width !== undefined && elk.width > 0) out.width = Math.max(1, Math.round(elk.width));
  if (elk.height !== undefined && elk.height > 0) out.height = Math.max(1, Math.round(elk.height));
  return out;
}
