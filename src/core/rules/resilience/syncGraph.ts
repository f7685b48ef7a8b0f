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

/** The sync calls each node makes, computed once per evaluation. */
export function syncCalls(context: RuleContext, id: string): readonly DesignEdge[] {
  const all = context.cached('resilience/syncCalls', () => new Map<string, readonly DesignEdge[]>());
  let calls = all.get(id);
  if (calls === undefined) {
    calls = context.outgoing(id).filter((e) => isSyncCall(context, e));
    all.set(id, calls);
  }
  return calls;
}

/** The sync calls a node makes that the walk keeps (cycles cut), computed once per evaluation. */
export function forwardCalls(context: RuleContext, id: string): readonly DesignEdge[] {
  const all = context.cached('resilience/forwardCalls', () => new Map<string, readonly DesignEdge[]>());
  let calls = all.get(id);
  if (calls === undefined) {
    const { back } = syncWalk(context);
    const sync = syncCalls(context, id);
    calls = back.size === 0 ? sync : sync.filter((e) => !back.has(e.id));
    all.set(id, calls);
  }
  return calls;
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
