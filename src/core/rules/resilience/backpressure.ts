import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';
import { isSyncCall } from './syncGraph';

/** Fewest synchronous callers for a fan-in to count as one. */
export const FAN_IN = 3;

/** A fixed-capacity server called synchronously by many callers needs a way to say “not now”. */
export const backpressure = defineRule({
  id: 'resilience/backpressure',
  category: 'resilience',
  severity: 'warning',
  module: 7,
  scope: 'node',
  title: { en: 'Backpressure on synchronous fan-in', fr: 'Contre-pression sur les appels synchrones convergents' },
  why: {
    en: 'A model server or service has a fixed capacity (replicas × throughput per replica). When several callers push requests synchronously with nothing to slow them down, a burst beyond that capacity builds unbounded queues: latency climbs for everyone until requests time out, callers retry, and the overload feeds itself. Bounded queues, rate limits that answer 429 or 503 early, or an asynchronous queue in front keep the server within what it can serve.',
    fr: 'Un serveur de modèles ou un service a une capacité fixe (réplicas × débit par réplica). Quand plusieurs appelants poussent des requêtes de façon synchrone sans rien pour les freiner, une rafale au-delà de cette capacité fait grossir des files sans limite : la latence monte pour tous jusqu’à l’expiration des requêtes, les appelants relancent, et la surcharge s’entretient. Des files bornées, des limites de débit qui rejettent tôt avec 429 ou 503, ou une file asynchrone en amont maintiennent la charge du serveur dans les limites de sa capacité.',
  },
  fix: {
    en: 'Rate-limit the incoming calls (shedding with 429 or 503 beyond the capacity), bound the server’s queue (Triton queue policy: max_queue_size and queue timeouts), or put a queue in front and scale on its depth.',
    fr: 'Limitez le débit des appels entrants (en rejetant avec 429 ou 503 au-delà de la capacité), bornez la file du serveur (politique de file de Triton : max_queue_size et délais de file), ou placez une file en amont et ajustez le nombre de réplicas à sa profondeur.',
  },
  source: 'DOMAIN.md §1 Resilience, backpressure [S14]; anti-patterns, missing backpressure',
  messages: {
    default: {
      en: '{node} takes synchronous calls from {count} callers with no rate limit and no queue in front.',
      fr: '{node} reçoit des appels synchrones de {count} appelants sans limite de débit ni file en amont.',
    },
  },
  check(context) {
    const findings = [];
    for (const server of context.scopeNodes('model-server', 'service')) {
      const incoming = context.incoming(server.id);
      const calls = incoming.filter((e) => isSyncCall(context, e));
      const callers = [...new Set(calls.map((e) => e.source))];
      if (callers.length < FAN_IN) continue;
      if (incoming.some((e) => context.rateLimitRps(e) !== undefined || context.is(context.source(e), 'queue', 'stream-log'))) continue;
      const replicas = context.num(server, 'replicas') ?? 1;
      const perReplica = context.num(server, 'throughputPerReplicaRps');
      const capacity = perReplica === undefined || perReplica <= 0 ? undefined : Math.max(1, replicas) * perReplica;
      findings.push({
        params: { node: server.label, count: callers.length },
        nodes: [server.id, ...callers],
        edges: calls.map((e) => e.id),
        ...(capacity === undefined
          ? {}
          : {
            fix: {
              label: { en: 'Share its capacity out as rate limits', fr: 'Répartir sa capacité en limites de débit' },
              command: () => {
                // Each caller gets an equal share of the capacity; beyond it the server answers 429.
                const share = Math.max(1, Math.floor(capacity / calls.length));
                const commands: Command[] = calls.map((e) => setResilience(e, { rateLimitRps: share }));
                return { op: 'batch' as const, commands };
              },
            },
          }),
      });
    }
    return findings;
  },
});
