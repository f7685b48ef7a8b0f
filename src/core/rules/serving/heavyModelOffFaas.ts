import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import type { RawFinding } from '../types';

/** A median this long means a model too heavy for a function (our threshold, EST). */
export const HEAVY_INFERENCE_P50_MS = 1_000;

/** Whether a function runs a model: it loads one (from a registry, or an edge carrying models), or a model router calls it. */
function servesInference(context: RuleContext, fn: DesignNode): boolean {
  for (const e of context.incoming(fn.id)) {
    const from = context.source(e);
    if (context.edgeProp(e, 'carries') === 'models' || context.is(from, 'registry', 'router')) return true;
  }
  return context.outgoing(fn.id).some((e) => context.is(context.target(e), 'registry'));
}

/** Heavy models run on model servers, not in FaaS functions. */
export const heavyModelOffFaas = defineRule({
  id: 'serving/heavy-model-off-faas',
  category: 'serving',
  severity: 'warning',
  module: 1,
  scope: 'node',
  title: { en: 'Heavy models on model servers, not in functions', fr: 'Les modèles lourds sur des serveurs de modèles, pas dans des fonctions' },
  why: {
    en: 'A function platform creates new environments as traffic grows: every cold start creates one, loads the code and runs its initialisation, and for a model that means downloading and loading weights, often seconds. Most function platforms offer no GPU, limited memory and no dynamic batching, so heavy models run slow and cost more per request. A model server keeps the model loaded, batches requests and scales on GPUs. A function serves inference here when it loads a model from a registry, receives models, or is called by a model router; it is heavy when its median latency is a second or more (our threshold). [S15]',
    fr: 'La plateforme crée de nouveaux environnements quand le trafic augmente : chaque démarrage à froid en crée un, charge le code et exécute l’initialisation, et pour un modèle cela veut dire télécharger et charger les poids, souvent plusieurs secondes. La plupart des plateformes de fonctions n’offrent ni GPU ni mise en lots dynamique, et leur mémoire est limitée : les modèles lourds y sont lents et coûtent plus cher par requête. Un serveur de modèles garde le modèle chargé, regroupe les requêtes en lots et passe à l’échelle sur GPU. Une fonction sert ici de l’inférence si elle charge un modèle depuis un registre, reçoit des modèles ou est appelée par un routeur de modèles ; elle est lourde quand sa latence médiane atteint une seconde (notre seuil). [S15]',
  },
  fix: {
    en: 'Move the model to a model server (Triton, KServe, a managed endpoint) and let the function call it, or go asynchronous.',
    fr: 'Déplacez le modèle vers un serveur de modèles (Triton, KServe, un point de terminaison managé) et faites-le appeler par la fonction, ou passez en asynchrone.',
  },
  source: 'DOMAIN.md §1 Compute/serving placement, Serverless/FaaS [S15]',
  messages: {
    default: {
      en: '{function} runs inference in a function with a median latency of {p50} ms.',
      fr: '{function} exécute de l’inférence dans une fonction, avec une latence médiane de {p50} ms.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const fn of context.scopeNodes('function')) {
      const p50 = context.num(fn, 'latencyP50Ms');
      if (p50 === undefined || p50 < HEAVY_INFERENCE_P50_MS || !servesInference(context, fn)) continue;
      findings.push({ params: { function: fn.label, p50 }, nodes: [fn.id] });
    }
    return findings;
  },
});
