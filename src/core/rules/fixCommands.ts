import type { Command } from '../model/commands/types';
import type { Box, DesignEdge, DesignNode } from '../model/types';
import type { RuleContext } from './context';
import { freshIds, newEdge } from './fixes';

/*
 * Commands of quick fixes, built when a fix is applied from the elements as they are then. They
 * read whole objects (`props`, `security`, every field of a connection), which a rule's check
 * must not do: it reads through RuleContext, which records what it reads. So these run only
 * inside a fix's `command`, never while a rule checks (the lint rule that guards rule files
 * leaves this file alone for that reason).
 */

type UpdateNode = Extract<Command, { op: 'update-node' }>;
type UpdateEdge = Extract<Command, { op: 'update-edge' }>;

/** Sets some properties of a component and keeps the others. */
export function setNodeProps(node: DesignNode, values: DesignNode['props']): UpdateNode {
  return { op: 'update-node', id: node.id, patch: { props: { ...node.props, ...values } } };
}

/** Sets some free properties of a connection and keeps the others. */
export function setEdgeProps(edge: DesignEdge, values: DesignEdge['props']): UpdateEdge {
  return { op: 'update-edge', id: edge.id, patch: { props: { ...edge.props, ...values } } };
}

export function setResilience(edge: DesignEdge, values: Partial<DesignEdge['resilience']>): UpdateEdge {
  return { op: 'update-edge', id: edge.id, patch: { resilience: { ...edge.resilience, ...values } } };
}

export function setSecurity(edge: DesignEdge, values: Partial<DesignEdge['security']>): UpdateEdge {
  return { op: 'update-edge', id: edge.id, patch: { security: { ...edge.security, ...values } } };
}

/** The protocol, security and resilience settings of a connection, for one that takes its place. */
export function settingsOf(edge: DesignEdge): Pick<DesignEdge, 'protocol' | 'security' | 'resilience'> {
  return { protocol: edge.protocol, security: edge.security, resilience: edge.resilience };
}

/** The security settings of a connection, for one that carries the same data. */
export function securityOf(edge: DesignEdge): DesignEdge['security'] {
  return edge.security;
}

/** Every field of a connection but its id and ends (and its label, unless kept), for a copy of it elsewhere. */
export function copiedFields(edge: DesignEdge, keepLabel = true): Partial<DesignEdge> {
  const { id: _id, source: _source, target: _target, ...fields } = edge;
  if (keepLabel) return fields;
  const { label: _label, ...unlabelled } = fields;
  return unlabelled;
}

/**
 * Puts a new component in the middle of an edge: `a → b` becomes `a → new → b`, both halves
 * keeping the edge's protocol, mode, security and resilience settings.
 */
export function insertOnEdge(context: RuleContext, edge: DesignEdge, node: DesignNode, box?: Box): Command {
  const [first, second] = freshIds(context, `${edge.id}-via`, 2) as [string, string];
  const rest = copiedFields(edge);
  return {
    op: 'batch',
    commands: [
      { op: 'add-node', node, ...(box === undefined ? {} : { box }) },
      { op: 'remove-edge', id: edge.id },
      { op: 'add-edge', edge: newEdge(first, edge.source, node.id, rest) },
      { op: 'add-edge', edge: newEdge(second, node.id, edge.target, rest) },
    ],
  };
}

