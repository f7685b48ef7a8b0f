import { decisionSchema } from '../schema';
import type { Decision, Design } from '../types';
import { elementKinds, indexOfId, insertAt, patchObject, validated } from './helpers';
import { applySequence, type Apply } from './cascade';
import { CommandError, type Command, type Patch } from './types';

function checkReferences(design: Design, decision: Decision, self: number): void {
  const kinds = elementKinds(design);
  for (const link of decision.links) {
    if (!kinds.has(link)) throw new CommandError(`no component, connection or group has the id "${link}"`);
  }
  design.decisions.forEach((other, i) => {
    if (i === self) return;
    if (other.id === decision.id) throw new CommandError(`the decision id "${decision.id}" is already used`);
    if (other.number === decision.number) throw new CommandError(`decision number ${decision.number} is already used`);
  });
  if (decision.supersededBy !== undefined) {
    const exists = design.decisions.some((d, i) => i !== self && d.number === decision.supersededBy);
    if (!exists) throw new CommandError(`no other decision has the number ${decision.supersededBy}`);
  }
}

export function addDecision(design: Design, decision: Decision, index?: number) {
  const valid = validated(decisionSchema, decision, 'decision');
  checkReferences(design, valid, -1);
  const next = { ...design, decisions: insertAt(design.decisions, valid, index) };
  return { design: next, inverse: { op: 'remove-decision', id: decision.id } as Command };
}

/** Removes a decision; decisions it superseded lose that link. */
export function removeDecision(design: Design, id: string, apply: Apply) {
  const index = indexOfId(design.decisions, id, 'decision');
  const decision = design.decisions[index] as Decision;
  const unlink = design.decisions
    .filter((d) => d.supersededBy === decision.number)
    .map((d): Command => ({ op: 'update-decision', id: d.id, patch: { supersededBy: null } }));
  const detached = applySequence(design, unlink, apply);
  const next = { ...detached.design, decisions: detached.design.decisions.filter((d) => d.id !== id) };
  return { design: next, inverse: { op: 'batch', commands: [{ op: 'add-decision', decision, index }, detached.inverse] } as Command };
}

export function updateDecision(design: Design, id: string, patch: Patch<Decision>) {
  const index = indexOfId(design.decisions, id, 'decision');
  const current = design.decisions[index] as Decision;
  const { next, undo } = patchObject(current, patch);
  const valid = validated(decisionSchema, next, 'decision');
  checkReferences(design, valid, index);
  if (valid.number !== current.number && design.decisions.some((d) => d.supersededBy === current.number)) {
    throw new CommandError(`decision ${current.number} is superseded-by target of another decision; renumber that link first`);
  }
  const decisions = design.decisions.slice();
  decisions[index] = valid;
  return { design: { ...design, decisions }, inverse: { op: 'update-decision', id, patch: undo } as Command };
}
