import { boxSchema, nodeSchema } from '../schema';
import type { Box, Design, DesignNode, PropValue } from '../types';
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
import { resolveType } from '../../catalog/customTypes';
import { checkPropValue } from '../typeIntegrity';
import { translate } from '../../i18n';

/** Refuses property values that break the node's type definitions (kind, whole number, bounds). */
function checkTypedProps(design: Design, node: DesignNode): void {
  const type = resolveType(design, node.type);
  if (type === undefined) return;
  for (const def of type.props) {
    if (!Object.hasOwn(node.props, def.key)) continue;
    const problem = checkPropValue(def, node.props[def.key] as PropValue);
    if (problem !== null) throw new CommandError(`${def.key}: ${translate('en', problem.key, problem.values)}`);
  }
}

export function addNode(design: Design, node: DesignNode, box?: Box, index?: number) {
  const kinds = elementKinds(design);
  requireFreeId(kinds, node.id);
  const valid = validated(nodeSchema, node, 'component');
  requireGroup(kinds, valid.parent);
  checkTypedProps(design, valid);
  const elements = box === undefined ? design.layout.elements : { ...design.layout.elements, [node.id]: validated(boxSchema, box, 'position') };
  const next: Design = { ...design, nodes: insertAt(design.nodes, valid, index), layout: { ...design.layout, elements } };
  const inverse: Command = { op: 'remove-node', id: node.id };
  return { design: next, inverse };
}

/** Removes a component with its connections and every reference to it. */
export function removeNode(design: Design, id: string, apply: Apply) {
  const index = indexOfId(design.nodes, id, 'component');
  const node = design.nodes[index] as DesignNode;
  const box = boxOf(design.layout.elements, id);
  const touching = design.edges.filter((e) => e.source === id || e.target === id);
  // Detach the node's references and its edges' together: a decision may link both.
  const cascade: Command[] = [
    ...touching.map((e): Command => ({ op: 'remove-edge', id: e.id })),
    ...detachReferences(design, new Set([id, ...touching.map((e) => e.id)])),
  ];
  const detached = applySequence(design, cascade, apply);
  const next: Design = { ...detached.design, nodes: detached.design.nodes.filter((n) => n.id !== id) };
  const restore: Command = box === undefined ? { op: 'add-node', node, index } : { op: 'add-node', node, box, index };
  return { design: next, inverse: { op: 'batch', commands: [restore, detached.inverse] } as Command };
}

export function updateNode(design: Design, id: string, patch: Patch<DesignNode>) {
  const index = indexOfId(design.nodes, id, 'component');
  const { next, undo } = patchObject(design.nodes[index] as DesignNode, patch);
  const valid = validated(nodeSchema, next, 'component');
  if (patch.parent !== undefined) requireGroup(elementKinds(design), patch.parent);
  checkTypedProps(design, valid);
  const nodes = design.nodes.slice();
  nodes[index] = valid;
  return { design: { ...design, nodes }, inverse: { op: 'update-node', id, patch: undo } as Command };
}
