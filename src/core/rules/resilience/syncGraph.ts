import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';

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
export function attempts(edge: DesignEdge): number {
  return edge.resilience.retries + 1;
}

export interface SyncWalk {
  /** Every node, callees before their callers (depth-first post-order over sync calls). */
  readonly order: readonly string[];
  /** Sync calls that close a cycle: ignored, so the walk is a DAG. */
  readonly back: ReadonlySet<string>;
}

/** The synchronous call graph in post-order, cycles cut where they close; cached per evaluation. */
export function syncWalk(context: RuleContext): SyncWalk {
  return context.cached('resilience/syncWalk', () => {
    const order: string[] = [];
    const back = new Set<string>();
    const state = new Map<string, 1 | 2>();
    for (const root of context.nodes) {
      if (state.has(root.id)) continue;
      const frames: { id: string; edges: readonly DesignEdge[]; index: number }[] = [];
      const enter = (id: string) => {
        state.set(id, 1);
        frames.push({ id, edges: syncCalls(context, id), index: 0 });
      };
      enter(root.id);
      while (frames.length > 0) {
        const frame = frames[frames.length - 1]!;
        if (frame.index < frame.edges.length) {
          const e = frame.edges[frame.index]!;
          frame.index += 1;
          const seen = state.get(e.target);
          if (seen === 1) back.add(e.id);
          else if (seen === undefined) enter(e.target);
          continue;
        }
        state.set(frame.id, 2);
        order.push(frame.id);
        frames.pop();
      }
    }
    return { order, back };
  });
}

const NO_CALLS: readonly DesignEdge[] = [];

/** The sync calls of every node, worked out in one pass per evaluation. */
function allSyncCalls(context: RuleContext): ReadonlyMap<string, readonly DesignEdge[]> {
  return context.cached('resilience/syncCalls', () => {
    const calls = new Map<string, DesignEdge[]>();
    for (const e of context.edges) {
      if (!isSyncCall(context, e)) continue;
      const list = calls.get(e.source);
      if (list === undefined) calls.set(e.source, [e]);
      else list.push(e);
    }
    return calls;
  });
}

/** The sync calls a node makes, in design order. */
export function syncCalls(context: RuleContext, id: string): readonly DesignEdge[] {
  return allSyncCalls(context).get(id) ?? NO_CALLS;
}

/** The sync calls of every node that the walk keeps (cycles cut), in one pass per evaluation. */
function allForwardCalls(context: RuleContext): ReadonlyMap<string, readonly DesignEdge[]> {
  return context.cached('resilience/forwardCalls', () => {
    const { back } = syncWalk(context);
    const all = allSyncCalls(context);
    if (back.size === 0) return all;
    const kept = new Map<string, readonly DesignEdge[]>();
    for (const [id, calls] of all) kept.set(id, calls.filter((e) => !back.has(e.id)));
    return kept;
  });
}

/** The sync calls a node makes that the walk keeps (cycles cut). */
export function forwardCalls(context: RuleContext, id: string): readonly DesignEdge[] {
  return allForwardCalls(context).get(id) ?? NO_CALLS;
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
