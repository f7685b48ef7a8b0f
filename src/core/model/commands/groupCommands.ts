import { boxSchema, groupSchema } from '../schema';
import type { Box, Design, DesignGroup } from '../types';
import { applySequence, detachReferences, type Apply } from './cascade';
import {
  boxOf,
  elementKinds,
  indexOfId,
  insertAt,
  patchObject,
  requireFreeId,
  requireGroup,
  validated,
} from './helpers';
import { CommandError, type Command, type Patch } from './types';

export function addGroup(design: Design, group: DesignGroup, box?: Box, index?: number) {
  const kinds = elementKinds(design);
  requireFreeId(kinds, group.id);
  const valid = validated(groupSchema, group, 'group');
  requireGroup(kinds, valid.parent);
  const elements =
    box === undefined ? design.layout.elements : { ...design.layout.elements, [group.id]: validated(boxSchema, box, 'position') };
  const next: Design = { ...design, groups: insertAt(design.groups, valid, index), layout: { ...design.layout, elements } };
  return { design: next, inverse: { op: 'remove-group', id: group.id } as Command };
}

/** Removes a group; what it contained moves up to the group's own parent. */
export function removeGroup(design: Design, id: string, apply: Apply) {
  const index = indexOfId(design.groups, id, 'group');
  const group = design.groups[index] as DesignGroup;
  const box = boxOf(design.layout.elements, id);
  const parent = group.parent ?? null;
  const cascade: Command[] = [
    ...design.nodes.filter((n) => n.parent === id).map((n): Command => ({ op: 'update-node', id: n.id, patch: { parent } })),
    ...design.groups.filter((g) => g.parent === id).map((g): Command => ({ op: 'update-group', id: g.id, patch: { parent } })),
    ...detachReferences(design, new Set([id])),
  ];
  const detached = applySequence(design, cascade, apply);
  const next: Design = { ...detached.design, groups: detached.design.groups.filter((g) => g.id !== id) };
  const restore: Command = box === undefined ? { op: 'add-group', group, index } : { op: 'add-group', group, box, index };
  return { design: next, inverse: { op: 'batch', commands: [restore, detached.inverse] } as Command };
}

export function updateGroup(design: Design, id: string, patch: Patch<DesignGroup>) {
  const index = indexOfId(design.groups, id, 'group');
  const { next, undo } = patchObject(design.groups[index] as DesignGroup, patch);
  const valid = validated(groupSchema, next, 'group');
  if (patch.parent !== undefined && patch.parent !== null) {
    requireGroup(elementKinds(design), patch.parent);
    if (isInside(design, patch.parent, id)) throw new CommandError('a group cannot be nested inside itself');
  }
  const groups = design.groups.slice();
  groups[index] = valid;
  return { design: { ...design, groups }, inverse: { op: 'update-group', id, patch: undo } as Command };
}

/** Whether group `candidate` is `ancestor` or nested (at any depth) inside it. */
export function isInside(design: Design, candidate: string, ancestor: string): boolean {
  const parentOf = new Map(design.groups.map((g) => [g.id, g.parent]));
  const seen = new Set<string>();
  let current: string | undefined = candidate;
  while (current !== undefined && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
