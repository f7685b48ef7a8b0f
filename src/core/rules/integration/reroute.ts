import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Points an edge at another component already in the design (`a → b` becomes `a → via`), keeping
 * its id, settings and the decisions that link it. When `a → via` already exists, the edge is
 * simply removed, so the fix never draws the same connection twice.
 */
export function rerouteTo(context: RuleContext, edge: DesignEdge, via: string): Command {
  const exists = context.outgoing(edge.source).some((e) => e.id !== edge.id && e.target === via);
  return exists ? { op: 'remove-edge', id: edge.id } : { op: 'update-edge', id: edge.id, patch: { target: via } };
}
