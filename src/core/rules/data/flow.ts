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

interface Flows {
  readonly into: ReadonlyMap<string, readonly Flow[]>;
  readonly out: ReadonlyMap<string, readonly Flow[]>;
}

const NONE: readonly Flow[] = [];

function allFlows(context: RuleContext): Flows {
  return context.cached('data/flows', (context) => {
    const into = new Map<string, Flow[]>();
    const out = new Map<string, Flow[]>();
    const add = (from: string, to: string, edge: DesignEdge) => {
      const flow = { from, to, edge };
      const i = into.get(to);
      if (i === undefined) into.set(to, [flow]);
      else i.push(flow);
      const o = out.get(from);
      if (o === undefined) out.set(from, [flow]);
      else o.push(flow);
    };
    const stores = new Set<string>();
    for (const n of context.nodes) if (context.isStore(n)) stores.add(n.id);
    for (const e of context.edges) {
      if (e.source === e.target) continue;
      if (stores.has(e.source) || !stores.has(e.target)) {
        add(e.source, e.target, e);
        continue;
      }
      const access = context.edgeProp(e, 'access');
      if (access !== 'read') add(e.source, e.target, e);
      if (access !== 'write') add(e.target, e.source, e);
    }
    return { into, out };
  });
}

/** Data arriving at a node: from which node, on which edge. */
export function inflows(context: RuleContext, id: string): readonly Flow[] {
  return allFlows(context).into.get(id) ?? NONE;
}

/** Data leaving a node: to which node, on which edge. */
export function outflows(context: RuleContext, id: string): readonly Flow[] {
  return allFlows(context).out.get(id) ?? NONE;
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
