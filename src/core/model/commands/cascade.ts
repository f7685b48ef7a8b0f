import type { Design } from '../types';
import { boxOf } from './helpers';
import type { Command } from './types';

export type Apply = (design: Design, command: Command) => { design: Design; inverse: Command };

/**
 * Applies commands in order and returns the design and the single command that undoes them
 * all (their inverses in reverse order).
 */
export function applySequence(
  design: Design,
  commands: readonly Command[],
  apply: Apply,
): { design: Design; inverse: Command } {
  let current = design;
  const inverses: Command[] = [];
  for (const command of commands) {
    const step = apply(current, command);
    current = step.design;
    inverses.push(step.inverse);
  }
  return { design: current, inverse: { op: 'batch', commands: inverses.reverse() } };
}

/**
 * The commands that remove every reference to the given element ids outside the element
 * arrays: layout boxes, entry-point load and decision links. Run before removing elements so
 * the design stays valid and the inverse restores the references.
 */
export function detachReferences(design: Design, ids: ReadonlySet<string>): Command[] {
  const commands: Command[] = [];
  const boxes: Record<string, null> = {};
  for (const id of ids) if (boxOf(design.layout.elements, id) !== undefined) boxes[id] = null;
  if (Object.keys(boxes).length > 0) commands.push({ op: 'set-boxes', boxes });

  const entryRps = design.workload.entryRps;
  if (Object.keys(entryRps).some((id) => ids.has(id))) {
    const kept = Object.fromEntries(Object.entries(entryRps).filter(([id]) => !ids.has(id)));
    commands.push({ op: 'update-design', patch: { workload: { ...design.workload, entryRps: kept } } });
  }
  for (const decision of design.decisions) {
    if (decision.links.some((id) => ids.has(id))) {
      const links = decision.links.filter((id) => !ids.has(id));
      commands.push({ op: 'update-decision', id: decision.id, patch: { links } });
    }
  }
  return commands;
}
