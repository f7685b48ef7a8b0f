import { isInside } from './commands/groupCommands';
import type { Command } from './commands/types';
import type { Box, Design } from './types';

export interface DefaultSizes {
  node: { width: number; height: number };
  group: { width: number; height: number };
}

const own = (elements: Design['layout']['elements'], id: string): Box | undefined =>
  Object.hasOwn(elements, id) ? elements[id] : undefined;

/** Every group nested (at any depth) in `id`, and every component in those groups or in `id`. */
function descendants(design: Design, id: string): string[] {
  const groups = design.groups.filter((g) => g.id !== id && isInside(design, g.id, id)).map((g) => g.id);
  const inside = new Set([id, ...groups]);
  return [...groups, ...design.nodes.filter((n) => n.parent !== undefined && inside.has(n.parent)).map((n) => n.id)];
}

/**
 * The innermost group (with a box) whose area holds a point, among allowed candidates: where a
 * component dropped at that point belongs.
 */
export function innermostGroupAt(
  design: Design,
  point: { x: number; y: number },
  sizes: DefaultSizes,
  allowed: (groupId: string) => boolean = () => true,
  boxOf: (id: string) => Box | undefined = (id) => own(design.layout.elements, id),
): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const g of design.groups) {
    const box = boxOf(g.id);
    if (box === undefined || !allowed(g.id)) continue;
    const width = box.width ?? sizes.group.width;
    const height = box.height ?? sizes.group.height;
    if (point.x < box.x || point.y < box.y || point.x > box.x + width || point.y > box.y + height) continue;
    const area = width * height;
    if (best === undefined || area < best.area) best = { id: g.id, area };
  }
  return best?.id;
}

/**
 * The one command for a finished drag: the moved elements' new absolute positions, what a
 * moved group contains moved along with it, and new parents for elements dropped into or out of
 * a group (the innermost group under the element's centre). Returns null when nothing changed.
 */
export function moveElements(design: Design, moves: Record<string, { x: number; y: number }>, sizes: DefaultSizes): Command | null {
  const elements = design.layout.elements;
  const boxes: Record<string, Box> = {};
  for (const [id, to] of Object.entries(moves)) {
    const from = own(elements, id);
    const x = Math.round(to.x);
    const y = Math.round(to.y);
    boxes[id] = { ...from, x, y };
    const dx = from === undefined ? 0 : x - from.x;
    const dy = from === undefined ? 0 : y - from.y;
    if (dx === 0 && dy === 0) continue;
    for (const child of descendants(design, id)) {
      const box = own(elements, child);
      if (box !== undefined && !Object.hasOwn(moves, child)) boxes[child] = { ...box, x: box.x + dx, y: box.y + dy };
    }
  }
  const after = (id: string) => boxes[id] ?? own(elements, id);
  const changed = Object.entries(boxes).filter(([id, box]) => {
    const before = own(elements, id);
    return before === undefined || before.x !== box.x || before.y !== box.y;
  });

  const groupAt = (px: number, py: number, allowed: (groupId: string) => boolean) =>
    innermostGroupAt(design, { x: px, y: py }, sizes, allowed, after);

  const reparent: Command[] = [];
  for (const id of Object.keys(moves)) {
    const box = after(id);
    if (box === undefined) continue;
    const node = design.nodes.find((n) => n.id === id);
    if (node !== undefined) {
      const parent = groupAt(box.x + (box.width ?? sizes.node.width) / 2, box.y + (box.height ?? sizes.node.height) / 2, () => true);
      if (parent !== node.parent) reparent.push({ op: 'update-node', id, patch: { parent: parent ?? null } });
      continue;
    }
    const group = design.groups.find((g) => g.id === id);
    if (group === undefined) continue;
    const parent = groupAt(
      box.x + (box.width ?? sizes.group.width) / 2,
      box.y + (box.height ?? sizes.group.height) / 2,
      (candidate) => !isInside(design, candidate, id),
    );
    if (parent !== group.parent) reparent.push({ op: 'update-group', id, patch: { parent: parent ?? null } });
  }

  if (changed.length === 0 && reparent.length === 0) return null;
  const commands: Command[] = [];
  if (changed.length > 0) commands.push({ op: 'set-boxes', boxes: Object.fromEntries(changed) });
  return { op: 'batch', commands: [...commands, ...reparent] };
}
