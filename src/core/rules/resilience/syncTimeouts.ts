import { defineRule } from '../defineRule';
import type { RuleContext } from '../context';
import { setResilience } from '../fixCommands';
import { attempts, isSyncCall, msText, roundUpMs, syncWalk } from './syncGraph';

/**
 * The timeout a caller of each component should set, derived from the budget: twice the
 * component's own p99 service time (half the latency SLO when unknown) plus what its own calls
 * may take (their timeouts × attempts), rounded up to 10 ms and never above the SLO.
 */
export function budgetTimeouts(context: RuleContext): ReadonlyMap<string, number> {
  return context.cached('resilience/budgetTimeouts', (context) => {
    const slo = context.design.workload.latencySloMs;
    const { graph, order, forward } = syncWalk(context);
    const { to, outStart, outEdges } = graph;
    // Callees come first in the walk's order: each forward call's target already has its timeout.
    const timeouts = new Float64Array(graph.nodes.length);
    const result = new Map<string, number>();
    for (const u of order) {
      const node = graph.nodes[u]!;
      const p99 = context.num(node, 'latencyP99Ms');
      let need = p99 !== undefined && p99 > 0 ? 2 * p99 : slo / 2;
      for (let p = outStart[u]!; p < outStart[u + 1]!; p += 1) {
        const k = outEdges[p]!;
        if (forward[k] === 0) continue;
        const call = context.edges[k]!;
        need += (context.timeoutMs(call) ?? timeouts[to[k]!]!) * attempts(context, call);
      }
      timeouts[u] = Math.min(roundUpMs(need), slo);
      result.set(node.id, timeouts[u]!);
    }
    return result;
  });
}

/** Every synchronous call between components has a timeout. */
export const syncTimeouts = defineRule({
  id: 'resilience/sync-timeouts',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  scope: 'edge',
  title: { en: 'A timeout on every synchronous call', fr: 'Un délai d’expiration sur chaque appel synchrone' },
  why: {
    en: 'A call without a timeout waits as long as the dependency takes: one slow component holds its callers’ threads and connections, and the request exceeds its latency budget long before anyone gives up. Each hop’s timeout should fit in what remains of its caller’s budget. Calls made by clients are theirs to bound and are not checked here.',
    fr: 'Un appel sans délai d’expiration attend aussi longtemps que la dépendance met à répondre : un seul composant lent retient les fils d’exécution et les connexions de ses appelants, et la requête dépasse son budget de latence bien avant que quiconque abandonne. Le délai de chaque saut doit tenir dans ce qui reste du budget de son appelant. Les appels émis par les clients sont à leur charge et ne sont pas vérifiés ici.',
  },
  fix: {
    en: 'Set a timeout derived from the budget: about twice the callee’s p99 plus what its own calls may take, never more than the latency SLO.',
    fr: 'Fixez un délai d’expiration dérivé du budget : environ deux fois le p99 de l’appelé plus ce que ses propres appels peuvent prendre, jamais plus que le SLO de latence.',
  },
  source: 'DOMAIN.md §1 Resilience, timeouts and retries; §2.2 latency budget',
  messages: {
    default: {
      en: 'The synchronous call from {source} to {target} has no timeout.',
      fr: 'L’appel synchrone de {source} vers {target} n’a pas de délai d’expiration.',
    },
  },
  check(context) {
    const findings = [];
    for (const e of context.edges) {
      if (context.timeoutMs(e) !== undefined || !isSyncCall(context, e) || context.isExternal(context.source(e))) continue;
      const timeoutMs = budgetTimeouts(context).get(e.target)!;
      const text = msText(timeoutMs);
      findings.push({
        params: { source: context.label(e.source), target: context.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: {
          label: { en: `Set the timeout to ${text.en}`, fr: `Fixer le délai d’expiration à ${text.fr}` },
          command: () => setResilience(e, { timeoutMs }),
        },
      });
    }
    return findings;
  },
});
