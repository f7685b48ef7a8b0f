import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { walkDepthFirst, type IndexedGraph } from '../indexedGraph';

/**
 * Helpers shared by the timeout and retry rules: the synchronous call graph, walked once per
 * evaluation. Iterative, so a chain of 10,000 components never overflows the stack.
 */

/**
 * A synchronous call that carries requests: not a telemetry export, and not a push to a user or
 * device (a call to an external system, which the catalog also counts as a client, is one).
 */
export function isSyncCall(context: RuleContext, edge: DesignEdge): boolean {
  if (!context.isRequestEdge(edge)) return false;
  const target = context.target(edge);
  return !context.isClient(target) || context.is(target, 'external');
}

/** Attempts a caller makes on an edge: the first call plus its retries. */
export function attempts(context: RuleContext, edge: DesignEdge): number {
  return context.retries(edge) + 1;
}

export interface SyncWalk {
  /** The graph as indices (nodes and edges in design order). */
  readonly graph: IndexedGraph;
  /** Every node's index, callees before their callers (depth-first post-order over sync calls). */
  readonly order: Int32Array;
  /** 1 where an edge is a sync call (isSyncCall), by edge index. */
  readonly sync: Uint8Array;
  /**
   * 1 where an edge is a sync call the walk keeps, by edge index: calls that close a cycle are
   * left out, so what remains is a DAG.
   */
  readonly forward: Uint8Array;
}

/** The synchronous call graph in post-order, cycles cut where they close; cached per evaluation. */
export function syncWalk(context: RuleContext): SyncWalk {
  return context.cached('resilience/syncWalk', (context) => {
    const graph = context.indexed;
    const { from, to } = graph;
    const n = graph.nodes.length;
    const forward = new Uint8Array(context.edges.length);
    for (let k = 0; k < forward.length; k += 1) {
      if (from[k]! >= 0 && to[k]! >= 0 && isSyncCall(context, context.edges[k]!)) forward[k] = 1;
    }
    const sync = forward.slice();
    const order = new Int32Array(n);
    let done = 0;
    walkDepthFirst(graph, forward, {
      closes: (k) => {
        forward[k] = 0;
      },
      done: (u) => {
        order[done] = u;
        done += 1;
      },
    });
    return { graph, order, sync, forward };
  });
}

/** Rounds a duration up to the next 10 ms. */
export function roundUpMs(ms: number): number {
  return Math.max(10, Math.ceil(ms / 10) * 10);
}

const formats = { en: new Intl.NumberFormat('en-US'), fr: new Intl.NumberFormat('fr-FR') };

/** A duration for a fix label, in both languages: `1,500 ms`, `1 500 ms`. */
export function msText(ms: number): { en: string; fr: string } {
  let text = msTexts.get(ms);
  if (text === undefined) {
    text = { en: `${formats.en.format(ms)} ms`, fr: `${formats.fr.format(ms)}\u00a0ms` };
    msTexts.set(ms, text);
  }
  return text;
}

/** Fix labels repeat a handful of durations: format each once. */
const msTexts = new Map<number, { en: string; fr: string }>();
