import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';
import type { RawFinding } from '../types';

/** The share of the latency SLO a cold start may take on a request path (our threshold, EST). */
export const COLD_START_SLO_SHARE = 0.1;

/** Functions on a synchronous request path have cold starts that fit the SLO, or keep environments warm. */
export const coldStart = defineRule({
  id: 'serving/cold-start',
  category: 'serving',
  severity: 'warning',
  module: 1,
  scope: 'node',
  patterns: ['serverless'],
  title: { en: 'Cold starts mitigated on synchronous paths', fr: 'Démarrages à froid maîtrisés sur les chemins synchrones' },
  why: {
    en: 'When no warm environment is free, the platform creates one: environment creation, code download and initialisation, from hundreds of milliseconds to seconds. On an asynchronous path nobody waits; on a synchronous request path that wait lands in the response time of the unlucky requests, exactly the tail the SLO measures. We flag a cold start above a tenth of the latency SLO (our threshold). Provisioned concurrency or snapshots (such as AWS Lambda SnapStart) keep environments ready: mark a function that has them with the property provisionedConcurrency set to true. [S15]',
    fr: 'Quand aucun environnement chaud n’est libre, la plateforme en crée un : création de l’environnement, téléchargement du code et initialisation, de quelques centaines de millisecondes à plusieurs secondes. Sur un chemin asynchrone, personne n’attend ; sur un chemin de requêtes synchrone, cette attente s’ajoute au temps de réponse des requêtes malchanceuses, précisément les latences de queue que mesure le SLO. Nous signalons un démarrage à froid supérieur au dixième du SLO de latence (notre seuil). La concurrence provisionnée ou les instantanés (comme AWS Lambda SnapStart) gardent des environnements prêts : marquez une fonction qui en dispose avec la propriété provisionedConcurrency à true. [S15]',
  },
  fix: {
    en: 'Turn on provisioned concurrency or snapshots, shrink the initialisation, or take the function off the synchronous path.',
    fr: 'Activez la concurrence provisionnée ou les instantanés, allégez l’initialisation, ou sortez la fonction du chemin synchrone.',
  },
  source: 'DOMAIN.md §1 Compute/serving placement, Serverless/FaaS [S15]; threshold EST',
  messages: {
    default: {
      en: '{function} is on a synchronous request path with a cold start of {cold} ms, more than {limit} ms (a tenth of the {slo} ms latency SLO), and no provisioned concurrency.',
      fr: '{function} est sur un chemin de requêtes synchrone avec un démarrage à froid de {cold} ms, plus de {limit} ms (le dixième du SLO de latence de {slo} ms), et sans concurrence provisionnée.',
    },
  },
  check(context) {
    const slo = context.design.workload.latencySloMs;
    const limit = slo * COLD_START_SLO_SHARE;
    const findings: RawFinding[] = [];
    for (const fn of context.scopeNodes('function')) {
      if (!context.isOnCriticalPath(fn) || context.own(fn, 'provisionedConcurrency') === true) continue;
      const cold = context.num(fn, 'coldStartMs');
      if (cold === undefined || cold <= limit) continue;
      findings.push({
        params: { function: fn.label, cold, limit, slo },
        nodes: [fn.id],
        fix: {
          label: { en: 'Turn on provisioned concurrency', fr: 'Activer la concurrence provisionnée' },
          command: () => setNodeProps(fn, { provisionedConcurrency: true }),
        },
      });
    }
    return findings;
  },
});
