import type { Role } from '../../catalog/vocabulary';
import type { DesignEdge, DesignNode } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Where data moves in a design, as far as its edges say. Edges are drawn caller → callee, so an
 * edge from a job to a store may be a read, a write or both: `edge.props.access` tells. The
 * data rules share one reading of it:
 *
 * - an edge leaving a store delivers its data to the target (a consumer subscribed to a log, a
 *   connector copying a table);
 * - an edge from a component to a store reads it (`read`), writes it (`write`) or both
 *   (`read-write`); an edge whose access is not stated counts as both, the fact's default;
 * - between two components, data goes with the call, source to target.
 */

/** One movement of data along an edge. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly edge: DesignEdge;
}

/** The movements of data along one edge, as the reading above gives them. */
function flowsAlong(context: RuleContext, e: DesignEdge): readonly Flow[] {
  if (e.source === e.target) return NONE;
  if (context.isStore(context.source(e)) || !context.isStore(context.target(e))) return [{ from: e.source, to: e.target, edge: e }];
  const access = context.edgeProp(e, 'access');
  const flows: Flow[] = [];
  if (access !== 'read') flows.push({ from: e.source, to: e.target, edge: e });
  if (access !== 'write') flows.push({ from: e.target, to: e.source, edge: e });
  return flows;
}

const NONE: readonly Flow[] = [];

/** The flows along a node's edges that arrive at it (`into`) or leave it, in the edges' design order. */
function flowsAt(context: RuleContext, id: string, into: boolean): readonly Flow[] {
  return context.cachedNear(`data/flows:${into ? 'in' : 'out'}:${id}`, (context) => {
    const found: Flow[] = [];
    for (const e of context.inEdgeOrder([...context.incoming(id), ...context.outgoing(id)])) {
      for (const f of flowsAlong(context, e)) if ((into ? f.to : f.from) === id) found.push(f);
    }
    return found.length === 0 ? NONE : found;
  });
}

/** Data arriving at a node: from which node, on which edge. */
export function inflows(context: RuleContext, id: string): readonly Flow[] {
  return flowsAt(context, id, true);
}

/** Data leaving a node: to which node, on which edge. */
export function outflows(context: RuleContext, id: string): readonly Flow[] {
  return flowsAt(context, id, false);
}

/** Stores that carry messages rather than hold views someone queries. */
export const MESSAGING_ROLES: readonly Role[] = ['stream-log', 'queue', 'dlq'];

/** A store one can query: not a log or a queue. */
export function isViewStore(context: RuleContext, node: DesignNode): boolean {
  return context.isStore(node) && !context.is(node, ...MESSAGING_ROLES);
}

/** A batch job that computes data (a training job is a batch job too, but trains a model). */
export function isBatchProcessing(context: RuleContext, node: DesignNode): boolean {
  return context.is(node, 'batch-job') && !context.is(node, 'training');
}

/** Ids, de-duplicated, in first-seen order. */
export function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}
