import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { securityOf } from '../fixCommands';
import type { RawFinding } from '../types';

/** Inference this long is too slow for a caller to hold a connection open (our threshold, EST). */
export const LONG_INFERENCE_MS = 1_000;

/** Long inference is called through a queue, not synchronously on a request path. */
export const asyncLongInference = defineRule<'slo'>({
  id: 'serving/async-long-inference',
  category: 'serving',
  severity: 'warning',
  module: 4,
  scope: 'node',
  title: { en: 'Long inference called asynchronously', fr: 'Inférence longue appelée de façon asynchrone' },
  why: {
    en: `A synchronous call holds the caller’s thread, connection and timeout for the whole inference. When the model’s p99 alone reaches the latency SLO, or a second or more (our threshold), the request path cannot meet its budget and every slow answer ties up the callers upstream. Put the request in a queue, let worker processes run the model, and have the client poll or receive a callback. Model servers on a request path are those reached synchronously from an entry point.`,
    fr: `Un appel synchrone retient le fil d’exécution, la connexion et le délai d’expiration de l’appelant pendant toute l’inférence. Quand le p99 du modèle atteint à lui seul le SLO de latence, ou une seconde ou plus (notre seuil), le chemin des requêtes ne peut pas tenir son budget et chaque réponse lente bloque les appelants en amont. Mettez la requête dans une file, laissez des processus de traitement (workers) exécuter le modèle, et faites en sorte que le client interroge le résultat ou reçoive un rappel (callback). Les serveurs de modèles sur un chemin de requêtes sont ceux atteints de façon synchrone depuis un point d’entrée.`,
  },
  fix: {
    en: 'Send requests to the model through a queue; return a job id, and deliver the result by polling or callback.',
    fr: 'Envoyez les requêtes au modèle par une file ; renvoyez un identifiant de tâche, et livrez le résultat par interrogation périodique ou par rappel.',
  },
  source: 'DOMAIN.md §1 Model serving, sync real-time and async; §2.2 latency budget',
  messages: {
    default: {
      en: '{server} takes {p99} ms at p99, a second or more, on a synchronous request path.',
      fr: '{server} prend {p99} ms au p99, une seconde ou plus, sur un chemin de requêtes synchrone.',
    },
    slo: {
      en: '{server} takes {p99} ms at p99 on a synchronous request path, at or above the {slo} ms latency SLO.',
      fr: '{server} prend {p99} ms au p99 sur un chemin de requêtes synchrone, soit au moins le SLO de latence de {slo} ms.',
    },
  },
  check(context) {
    const slo = context.design.workload.latencySloMs;
    const findings: RawFinding<'slo' | 'default'>[] = [];
    for (const server of context.scopeNodes('model-server')) {
      if (!context.isOnCriticalPath(server)) continue;
      const p99 = context.num(server, 'latencyP99Ms');
      if (p99 === undefined || (p99 < slo && p99 < LONG_INFERENCE_MS)) continue;
      const calls = context.incoming(server.id).filter((e) => context.isSync(e) && (context.isOnCriticalPath(context.source(e)) || context.isClient(context.source(e))));
      findings.push({
        message: p99 >= slo ? 'slo' : 'default',
        params: { server: server.label, p99, slo },
        nodes: [server.id],
        edges: calls.map((e) => e.id),
        fix: {
          label: { en: 'Call it through a queue', fr: 'L’appeler par une file' },
          command: (language: Language): Command => {
            const queueId = freshId(context, `${server.id}-requests`);
            const [pull, ...pushes] = freshIds(context, `${server.id}-queued`, calls.length + 1) as [string, ...string[]];
            const label = language === 'fr' ? `Requêtes de ${server.label}` : `${server.label} requests`;
            const box = boxNear(context, server.id, -220, 0);
            return {
              op: 'batch',
              commands: [
                { op: 'add-node', node: catalogNode(context, 'message-queue', queueId, label, server.parent), ...(box === undefined ? {} : { box }) },
                ...calls.flatMap((e, i): Command[] => [
                  { op: 'remove-edge', id: e.id },
                  { op: 'add-edge', edge: newEdge(pushes[i]!, e.source, queueId, { mode: 'async', protocol: 'amqp', security: securityOf(e) }) },
                ]),
                { op: 'add-edge', edge: newEdge(pull, queueId, server.id, { mode: 'async', protocol: 'amqp' }) },
              ],
            };
          },
        },
      });
    }
    return findings;
  },
});
