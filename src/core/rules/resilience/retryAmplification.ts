import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { attempts, forwardCalls, syncWalk } from './syncGraph';

/** The best (most amplifying) chain below a node with 0, 1, or 2 and more retrying calls. */
interface Step {
  readonly factor: number;
  /** The first call of the chain and the class of the rest of it; none for the empty chain. */
  readonly edge?: string;
  readonly rest?: 0 | 1 | 2;
}
type Best = [Step | undefined, Step | undefined, Step | undefined];

const CLASSES = [0, 1, 2] as const;

/** For each node, its most amplifying sync chains by number of retrying layers (0, 1, 2+). */
function amplification(context: RuleContext): ReadonlyMap<string, Best> {
  return context.cached('resilience/retryAmplification', () => {
    const best = new Map<string, Best>();
    for (const id of syncWalk(context).order) {
      const own: Best = [{ factor: 1 }, undefined, undefined];
      for (const call of forwardCalls(context, id)) {
        const below = best.get(call.target)!;
        const retrying = call.resilience.retries > 0;
        for (const c of CLASSES) {
          const tail = below[c];
          if (tail === undefined) continue;
          const into = retrying ? (Math.min(c + 1, 2) as 0 | 1 | 2) : c;
          const factor = tail.factor * (retrying ? attempts(call) : 1);
          // Ties keep the shorter chain: an empty chain ends at the last retrying call.
          const current = own[into];
          if (current === undefined || factor > current.factor) own[into] = { factor, edge: call.id, rest: c };
        }
      }
      best.set(id, own);
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
    const best = amplification(context);
    const called = new Set<string>();
    for (const id of syncWalk(context).order) for (const call of forwardCalls(context, id)) called.add(call.target);
    const findings = [];
    const reported = new Set<string>();
    for (const root of context.nodes) {
      if (called.has(root.id)) continue;
      let step: Step | undefined = best.get(root.id)?.[2];
      if (step === undefined) continue;
      // Skip the calls before the first retrying one; chains met from another root are reported once.
      while (context.edge(step.edge!)!.resilience.retries === 0) step = best.get(context.edge(step.edge!)!.target)![step.rest!]!;
      if (reported.has(step.edge!)) continue;
      reported.add(step.edge!);
      const edges: string[] = [];
      while (step?.edge !== undefined) {
        const edge: DesignEdge = context.edge(step.edge)!;
        edges.push(edge.id);
        step = best.get(edge.target)![step.rest!];
      }
      const calls = edges.map((id) => context.edge(id)!);
      const retrying = calls.filter((e) => e.resilience.retries > 0);
      const first = calls[0]!;
      const last = calls[calls.length - 1]!;
      const factor = retrying.reduce((product, e) => product * attempts(e), 1);
      const quiet = (): Command[] => retrying.slice(0, -1).map((e) => ({ op: 'update-edge', id: e.id, patch: { resilience: { ...e.resilience, retries: 0 } } }));
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
