import { z } from 'zod';
import { boxSchema, layoutSchema, rulePolicySchema, workloadSchema } from '../schema';
import type { Box, Design } from '../types';
import { PATTERNS } from '../vocabulary';
import { boxOf, elementKinds, validated } from './helpers';
import { CommandError, type Command, type DesignPatch } from './types';

const namePatch = z.string().trim().min(1).max(200);
const descriptionPatch = z.string().max(20_000);
const patternsPatch = z.array(z.enum(PATTERNS)).refine((p) => new Set(p).size === p.length, 'each pattern once');

/** Moves or resizes elements; `null` forgets an element's box. */
export function setBoxes(design: Design, boxes: Record<string, Box | null>) {
  const kinds = elementKinds(design);
  const elements = { ...design.layout.elements };
  const undo: Record<string, Box | null> = {};
  for (const [id, box] of Object.entries(boxes)) {
    const kind = kinds.get(id);
    if (kind !== 'node' && kind !== 'group') throw new CommandError(`no component or group has the id "${id}"`);
    undo[id] = boxOf(elements, id) ?? null;
    if (box === null) delete elements[id];
    else elements[id] = validated(boxSchema, box, 'position');
  }
  return { design: { ...design, layout: { ...design.layout, elements } }, inverse: { op: 'set-boxes', boxes: undo } as Command };
}

/** Changes design-wide fields: name, description, workload, patterns, rule policy, layout direction. */
export function updateDesign(design: Design, patch: DesignPatch) {
  let next: Design = { ...design };
  const undo: DesignPatch = {};
  if (patch.name !== undefined) {
    undo.name = design.name;
    next.name = validated(namePatch, patch.name, 'name');
  }
  if (patch.description !== undefined) {
    undo.description = design.description;
    next.description = validated(descriptionPatch, patch.description, 'description');
  }
  if (patch.workload !== undefined) {
    undo.workload = design.workload;
    const workload = validated(workloadSchema, patch.workload, 'workload');
    const kinds = elementKinds(design);
    for (const id of Object.keys(workload.entryRps)) {
      if (kinds.get(id) !== 'node') throw new CommandError(`no component has the id "${id}"`);
    }
    next.workload = workload;
  }
  if (patch.patterns !== undefined) {
    undo.patterns = design.patterns;
    next.patterns = validated(patternsPatch, patch.patterns, 'patterns');
  }
  if (patch.rulePolicy !== undefined) {
    undo.rulePolicy = design.rulePolicy;
    next.rulePolicy = validated(rulePolicySchema, patch.rulePolicy, 'rule policy');
  }
  if (patch.direction !== undefined) {
    undo.direction = design.layout.direction;
    next = { ...next, layout: validated(layoutSchema, { ...design.layout, direction: patch.direction }, 'layout') };
  }
  return { design: next, inverse: { op: 'update-design', patch: undo } as Command };
}
