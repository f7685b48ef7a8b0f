import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';
import { attempts, syncWalk } from './syncGraph';

/**
 * For each node and each number of retrying layers (0, 1, 2 and more), the most amplifying sync
 * chain below it: slot `3 × node + layers`. A slot holds the chain's factor, its first call
 * (an edge index; -1 for the empty chain) and the slot of the rest of it at the call's target.
 */
interface Amplification {
  readonly known: Uint8Array;
  readonly factor: Float64Array;
  readonly edge: Int32Array;
  readonly rest: Int8Array;
}

function amplification(context: RuleContext): Amplification {
  return context.cached('resilience/retryAmplification', (context) => {
    const { graph, order, forward } = syncWalk(context);
    const { to, outStart, outEdges } = graph;
    const slots = 3 * graph.nodes.length;
    const best: Amplification = { known: new Uint8Array(slots), factor: new Float64Array(slots), edge: new Int32Array(slots).fill(-1), rest: new Int8Array(slots) };
    const { known, factor, edge, rest } = best;
    for (const u of order) {
      known[3 * u] = 1;
      factor[3 * u] = 1;
      for (let p = outStart[u]!; p < outStart[u + 1]!; p += 1) {
        const k = outEdges[p]!;
        if (forward[k] === 0) continue;
        const call = context.edges[k]!;
        const retrying = context.retries(call) > 0;
        const below = 3 * to[k]!;
        for (let c = 0; c < 3; c += 1) {
          if (known[below + c] === 0) continue;
          const into = 3 * u + (retrying ? Math.min(c + 1, 2) : c);
          const product = factor[below + c]! * (retrying ? attempts(context, call) : 1);
          // Ties keep the first chain found; an empty chain ends at the last retrying call.
          if (known[into] === 1 && product <= factor[into]!) continue;
          known[into] = 1;
          factor[into] = product;
          edge[into] = k;
          rest[into] = c;
        }
      }
    }
    return best;
  });
}

/** Retries at several layers of one synchronous chain multiply the load on the deepest one. */
export const retryAmplification = defineRule({
  id: 'resilience/retry-amplification',
  category: 'resilience',
  severity: 'warning',
  module: 7,
  title: { en: 'One retrying layer per synchronous chain', fr: 'Une seule couche qui relance par chaîne synchrone' },
  why: {
    en: 'When several layers of a chain retry, the attempts multiply: three layers making 3 attempts each send up to 27 calls to the last dependency for one request, exactly when it is failing. The retry storm keeps it down. Retry at one layer, usually the one right above the failing dependency, and let the others fail fast.',
    fr: 'Quand plusieurs couches d’une chaîne relancent, les tentatives se multiplient : trois couches qui font chacune 3 tentatives envoient jusqu’à 27 appels à la dernière dépendance pour une seule requête, précisément quand elle est en panne. Cette tempête de relances la maintient à terre. Relancez à une seule couche, en général celle juste au-dessus de la dépendance défaillante, et laissez les autres échouer vite.',
  },
  fix: {
    en: 'Keep the retries of one layer (the quick fix keeps the innermost one) and set the others to 0; a circuit breaker or a retry budget bounds what remains.',
    fr: 'Gardez les relances d’une seule couche (la correction rapide garde la plus profonde) et mettez les autres à 0 ; un disjoncteur ou un budget de relances borne le reste.',
  },
  source: 'DOMAIN.md §1 Resilience, timeouts and retries (load × product of attempts)',
  messages: {
    default: {
      en: '{layers} layers retry along the synchronous chain from {from} to {to}: one call can become {factor} calls to {to}.',
      fr: '{layers} couches relancent le long de la chaîne synchrone de {from} à {to} : un appel peut devenir {factor} appels vers {to}.',
    },
  },
  check(context) {
    const { known, edge, rest } = amplification(context);
    const { graph, forward } = syncWalk(context);
    const { to } = graph;
    const called = new Uint8Array(graph.nodes.length);
    for (let k = 0; k < forward.length; k += 1) if (forward[k] === 1) called[to[k]!] = 1;
    const findings = [];
    const reported = new Uint8Array(context.edges.length);
    for (let root = 0; root < graph.nodes.length; root += 1) {
      if (called[root] === 1 || known[3 * root + 2] === 0) continue;
      let slot = 3 * root + 2;
      // Skip the calls before the first retrying one; chains met from another root are reported once.
      while (context.retries(context.edges[edge[slot]!]!) === 0) slot = 3 * to[edge[slot]!]! + rest[slot]!;
      if (reported[edge[slot]!] === 1) continue;
      reported[edge[slot]!] = 1;
      const calls: DesignEdge[] = [];
      for (; edge[slot]! >= 0; slot = 3 * to[edge[slot]!]! + rest[slot]!) calls.push(context.edges[edge[slot]!]!);
      const edges = calls.map((e) => e.id);
      const retrying = calls.filter((e) => context.retries(e) > 0);
      const first = calls[0]!;
      const last = calls[calls.length - 1]!;
      const factor = retrying.reduce((product, e) => product * attempts(context, e), 1);
      const quiet = (): Command[] => retrying.slice(0, -1).map((e) => setResilience(e, { retries: 0 }));
      findings.push({
        params: { layers: retrying.length, from: context.label(first.source), to: context.label(last.target), factor },
        nodes: [first.source, ...calls.map((e) => e.target)],
        edges,
        fix: {
          label: { en: `Retry only on the call to ${context.label(last.target)}`, fr: `Ne relancer que l’appel vers ${context.label(last.target)}` },
          command: () => ({ op: 'batch' as const, commands: quiet() }),
        },
      });
    }
    return findings;
  },
});
