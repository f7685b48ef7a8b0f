import type { DesignEdge } from '../../model/types';
import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';
import type { RawFinding } from '../types';
import { attempts, isSyncCall, msText } from './syncGraph';

/** Timeouts nest: what a component may wait on downstream fits in the time its caller gives it. */
export const timeoutBudget = defineRule<'slo'>({
  id: 'resilience/timeout-budget',
  category: 'resilience',
  severity: 'warning',
  module: 7,
  scope: 'node',
  title: { en: 'Timeouts that fit in the caller’s budget', fr: 'Des délais d’expiration qui tiennent dans le budget de l’appelant' },
  why: {
    en: 'If a component may wait longer on its own calls (their timeouts × attempts, added up) than its caller waits for it, the caller gives up first: the component keeps working, and retrying, for an answer nobody will read, while the caller may retry and double the load. Each hop’s timeout must stay under the remaining budget of its caller, and the outermost one under the latency SLO, or requests that already missed it keep consuming capacity.',
    fr: 'Si un composant peut attendre plus longtemps ses propres appels (leurs délais × tentatives, additionnés) que son appelant ne l’attend, l’appelant abandonne le premier\u00a0: le composant continue de travailler, et de relancer, pour une réponse que personne ne lira, tandis que l’appelant relance peut-être et double la charge. Le délai de chaque saut doit rester sous le budget restant de son appelant, et le plus externe sous le SLO de latence, sinon les requêtes qui l’ont déjà manqué continuent de consommer de la capacité.',
  },
  fix: {
    en: 'Shrink the downstream timeouts (or their retries) until their sum × attempts fits in the caller’s timeout, or raise the caller’s timeout if the budget allows; keep client-facing timeouts within the latency SLO.',
    fr: 'Réduisez les délais en aval (ou leurs relances) jusqu’à ce que leur somme × tentatives tienne dans le délai de l’appelant, ou augmentez le délai de l’appelant si le budget le permet\u00a0; gardez les délais côté client sous le SLO de latence.',
  },
  source: 'DOMAIN.md §1 Resilience, timeouts and retries; §2.2 timeout rule',
  messages: {
    default: {
      en: '{node} may wait {wait} ms on its calls (timeouts × attempts), but {caller} gives up on it after {timeout} ms.',
      fr: '{node} peut attendre {wait}\u00a0ms ses appels (délais × tentatives), mais {caller} l’abandonne au bout de {timeout}\u00a0ms.',
    },
    slo: {
      en: '{client} waits up to {timeout} ms for {target}, beyond the {slo} ms latency SLO.',
      fr: '{client} attend {target} jusqu’à {timeout}\u00a0ms, au-delà du SLO de latence de {slo}\u00a0ms.',
    },
  },
  check(context) {
    const slo = context.design.workload.latencySloMs;
    const findings = [];
    /** The timed synchronous calls a component makes, in design order. */
    const timedCalls = (id: string): DesignEdge[] => context.outgoing(id).filter((e) => isSyncCall(context, e) && context.timeoutMs(e) !== undefined);
    for (const node of context.nodes) {
      if (context.isClient(node)) {
        for (const e of timedCalls(node.id)) {
          const timeout = context.timeoutMs(e)!;
          if (timeout <= slo) continue;
          findings.push({
            message: 'slo' as const,
            params: { client: node.label, target: context.label(e.target), timeout, slo },
            nodes: [node.id, e.target],
            edges: [e.id],
            fix: {
              label: { en: 'Bring the timeout down to the SLO', fr: 'Ramener le délai au SLO de latence' },
              command: () => setResilience(e, { timeoutMs: slo }),
            },
          });
        }
        continue;
      }
      // Its tightest timed caller: the first of the smallest timeouts.
      let tightestCall: DesignEdge | undefined;
      for (const e of context.incoming(node.id)) {
        const timeoutMs = isSyncCall(context, e) ? context.timeoutMs(e) : undefined;
        if (timeoutMs !== undefined && (tightestCall === undefined || timeoutMs < context.timeoutMs(tightestCall)!)) tightestCall = e;
      }
      if (tightestCall === undefined) continue;
      const budget = context.timeoutMs(tightestCall)!;
      const calls = timedCalls(node.id);
      let wait = 0;
      for (const e of calls) wait += context.timeoutMs(e)! * attempts(context, e);
      if (wait <= budget) continue;
      const nodes = tightestCall.source === node.id ? [node.id] : [tightestCall.source, node.id];
      const edgeIds = [tightestCall.id];
      let shortest = Infinity;
      for (const e of calls) {
        if (!nodes.includes(e.target)) nodes.push(e.target);
        edgeIds.push(e.id);
        shortest = Math.min(shortest, context.timeoutMs(e)!);
      }
      const finding: { -readonly [K in keyof RawFinding<'slo'>]: RawFinding<'slo'>[K] } = { params: { node: node.label, wait, caller: context.label(tightestCall.source), timeout: budget }, nodes, edges: edgeIds };
      // Scaling every downstream timeout by the same ratio, rounded down, makes the sum fit,
      // unless the shortest one would drop below 1 ms.
      if (Math.floor((shortest * budget) / wait) >= 1) {
        finding.fix = {
          label: { en: `Scale the downstream timeouts to fit in ${msText(budget).en}`, fr: `Réduire les délais en aval pour tenir en ${msText(budget).fr}` },
          command: () => ({
            op: 'batch' as const,
            commands: calls.map((e) => setResilience(e, { timeoutMs: Math.floor((context.timeoutMs(e)! * budget) / wait) })),
          }),
        };
      }
      findings.push(finding);
    }
    return findings;
  },
});
