import { edgeSchema } from '../schema';
import type { Design, DesignEdge } from '../types';
import { applySequence, detachReferences, type Apply } from './cascade';
import { elementKinds, indexOfId, insertAt, patchObject, requireFreeId, requireNode, validated } from './helpers';
import { CommandError, type Command, type Patch } from './types';

function checkEnds(design: Design, edge: DesignEdge): void {
  const kinds = elementKinds(design);
  requireNode(kinds, edge.source);
  requireNode(kinds, edge.target);
  if (edge.source === edge.target) throw new CommandError('a connection cannot start and end at the same component');
  if (edge.security.mtls && !edge.security.tls) throw new CommandError('mutual TLS needs TLS');
}

export function addEdge(design: Design, edge: DesignEdge, index?: number) {
  requireFreeId(elementKinds(design), edge.id);
  const valid = validated(edgeSchema, edge, 'connection');
  checkEnds(design, valid);
  return { design: { ...design, edges: insertAt(design.edges, valid, index) }, inverse: { op: 'remove-edge', id: edge.id } as Command };
}

export function removeEdge(design: Design, id: string, apply: Apply) {
  const index = indexOfId(design.edges, id, 'connection');
  const edge = design.edges[index] as DesignEdge;
  const detached = applySequence(design, detachReferences(design, new Set([id])), apply);
  const next: Design = { ...detached.design, edges: detached.design.edges.filter((e) => e.id !== id) };
  const inverse: Command = { op: 'batch', commands: [{ op: 'add-edge', edge, index }, detached.inverse] };
  return { design: next, inverse };
}

export function updateEdge(design: Design, id: string, patch: Patch<DesignEdge>) {
  const index = indexOfId(design.edges, id, 'connection');
  const { next, undo } = patchObject(design.edges[index] as DesignEdge, patch);
  const valid = validated(edgeSchema, next, 'connection');
  checkEnds(design, valid);
  const edges = design.edges.slice();
  edges[index] = valid;
  return { design: { ...design, edges }, inverse: { op: 'update-edge', id, patch: undo } as Command };
}
