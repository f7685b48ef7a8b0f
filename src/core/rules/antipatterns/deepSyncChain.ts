import { defineRule } from '../defineRule';

/**
 * Hops a synchronous chain may take from a client before it counts as deep. DOMAIN.md gives
 * 3 to 4 hops as a heuristic (EST); the rule fires beyond the upper end.
 */
export const MAX_SYNC_HOPS = 4;

/** Long synchronous chains multiply failure and add latency at every hop. */
export const deepSyncChain = defineRule({
  id: 'anti-pattern/deep-sync-chain',
  category: 'anti-pattern',
  severity: 'warning',
  module: 7,
  title: { en: 'Deep synchronous call chain', fr: 'Chaîne d’appels synchrones profonde' },
  why: {
    en: 'A request waits for every hop of a synchronous chain: latencies add up, tail latencies compound, and availabilities multiply (five hops at 99.9% each give 99.5%, about 44 hours of downtime a year instead of 8.8). Past 3 or 4 hops (a rule of thumb, not a law) the chain is usually better merged, made asynchronous, cached or parallelised. Hops between two clients (a person using an app) are not counted.',
    fr: 'Une requête attend chaque saut d’une chaîne synchrone : les latences s’additionnent, les latences de queue s’aggravent et les disponibilités se multiplient (cinq sauts à 99,9 % chacun donnent 99,5 %, environ 44 heures d’indisponibilité par an au lieu de 8,8). Au-delà de 3 ou 4 sauts (une règle empirique, pas une loi), mieux vaut en général fusionner des services, passer en asynchrone, mettre en cache ou paralléliser. Les sauts entre deux clients (une personne qui utilise une application) ne comptent pas.',
  },
  fix: {
    en: 'Shorten the chain: merge services that always call each other, answer from a cache, call independent dependencies in parallel, or move work that the response does not need to an asynchronous queue.',
    fr: 'Raccourcissez la chaîne : fusionnez les services qui s’appellent toujours l’un l’autre, répondez depuis un cache, appelez en parallèle les dépendances indépendantes, ou déplacez vers une file asynchrone le travail dont la réponse n’a pas besoin.',
  },
  source: 'DOMAIN.md §1 Anti-patterns, deep sync chains (heuristic 3–4 hops, EST); §2.1 composite availability [S27]',
  messages: {
    default: {
      en: 'The synchronous chain from {client} to {end} is {hops} hops long, more than {max}.',
      fr: 'La chaîne synchrone de {client} à {end} compte {hops} sauts, plus de {max}.',
    },
  },
  check(context) {
    const findings = [];
    for (const chain of context.syncChains) {
      const second = chain.nodes[1];
      // A person’s chain through an app is the app’s own chain, reported from the app.
      if (second === undefined || context.isClient(context.node(second)!)) continue;
      const hops = chain.edges.filter((id) => !context.isClient(context.target(context.edge(id)!))).length;
      if (hops <= MAX_SYNC_HOPS) continue;
      findings.push({
        params: { client: context.label(chain.client), end: context.label(chain.nodes[chain.nodes.length - 1]!), hops, max: MAX_SYNC_HOPS },
        nodes: [...chain.nodes],
        edges: [...chain.edges],
      });
    }
    return findings;
  },
});
