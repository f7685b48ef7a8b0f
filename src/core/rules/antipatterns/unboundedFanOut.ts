import { defineRule } from '../defineRule';

/** Calls per request on one synchronous edge from which the fan-out counts as wide. */
export const FAN_OUT_LIMIT = 20;

/** Share of calls assumed slow in the message's figure (Dean and Barroso’s example: 1 %). */
const SLOW_CALL_SHARE = 0.01;

/** Chance, in percent, that a request making `calls` calls meets at least one slow one. */
export function slowRequestPct(calls: number, p = SLOW_CALL_SHARE): number {
  return 100 * (1 - (1 - p) ** calls);
}

/** A request that waits for many calls waits for the slowest of them. */
export const unboundedFanOut = defineRule({
  id: 'anti-pattern/unbounded-fan-out',
  category: 'anti-pattern',
  severity: 'warning',
  module: 7,
  scope: 'edge',
  title: { en: 'Wide synchronous fan-out', fr: 'Éventail d’appels synchrones trop large' },
  why: {
    en: 'A request that makes N calls and waits for all of them is as slow as the slowest call. If each call is slow with probability p, the request is slow with probability 1 − (1 − p)^N: with p = 1%, 100 calls make 63% of requests slow (Dean and Barroso, “The Tail at Scale”). Rare tail latency becomes the common case.',
    fr: 'Une requête qui fait N appels et les attend tous est aussi lente que le plus lent d’entre eux. Si chaque appel est lent avec une probabilité p, la requête l’est avec une probabilité 1 − (1 − p)^N : avec p = 1 %, 100 appels rendent lentes 63 % des requêtes (Dean et Barroso, « The Tail at Scale »). La latence de queue, rare, devient le cas courant.',
  },
  fix: {
    en: 'Batch the calls into a few requests, bound the fan-out, set a timeout per branch and answer with partial results, or hedge slow calls with a second request.',
    fr: 'Regroupez les appels en quelques requêtes, bornez l’éventail, fixez un délai d’expiration par branche et répondez avec des résultats partiels, ou doublez les appels lents par une seconde requête (requêtes de couverture).',
  },
  source: 'DOMAIN.md §2.2 Latency budget, fan-out [S29]',
  messages: {
    default: {
      en: '{source} calls {target} {calls} times per request: if 1% of calls are slow, {pct}% of requests wait for at least one slow call.',
      fr: '{source} appelle {target} {calls} fois par requête : si 1 % des appels sont lents, {pct} % des requêtes attendent au moins un appel lent.',
    },
  },
  check(context) {
    return context.edges
      .filter((e) => context.isSync(e) && context.calls(e) >= FAN_OUT_LIMIT)
      .map((e) => ({
        params: {
          source: context.label(e.source),
          target: context.label(e.target),
          calls: context.calls(e),
          pct: Math.round(slowRequestPct(context.calls(e))),
        },
        nodes: [e.source, e.target],
        edges: [e.id],
      }));
  },
});
