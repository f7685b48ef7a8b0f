import type { Language } from '../../i18n';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, newEdge } from '../fixes';

/** Consumers of a queue or log park poison messages in a dead-letter queue instead of retrying forever. */
export const deadLetterQueue = defineRule({
  id: 'resilience/dead-letter-queue',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  scope: 'node',
  title: { en: 'Dead-letter queue for asynchronous consumers', fr: 'File de lettres mortes pour les consommateurs asynchrones' },
  why: {
    en: 'A message that always fails is retried forever or blocks its partition. After N attempts (SQS maxReceiveCount, 5 or more with Lambda) it should move to a dead-letter queue with an alarm and a redrive. A DLQ breaks strict FIFO order.',
    fr: 'Un message qui échoue toujours est relancé sans fin ou bloque sa partition. Après N tentatives (maxReceiveCount de SQS, 5 ou plus avec Lambda), il doit être déplacé dans une file de lettres mortes, avec une alarme et une procédure de réinjection (redrive). Une telle file rompt l’ordre FIFO strict.',
  },
  fix: {
    en: 'Connect the consumer to a dead-letter queue, alarm on its depth and plan a redrive.',
    fr: 'Reliez le consommateur à une file de lettres mortes, placez une alarme sur sa profondeur et prévoyez la réinjection des messages.',
  },
  source: 'DOMAIN.md §1 Resilience, dead-letter queue [S13]',
  messages: {
    default: {
      en: '{consumer} consumes from {queue} but has no dead-letter queue.',
      fr: '{consumer} consomme depuis {queue} mais n’a pas de file de lettres mortes.',
    },
  },
  check(context) {
    const findings = [];
    for (const consumer of context.nodes) {
      if (!context.isRuntime(consumer) || context.is(consumer, 'dlq')) continue;
      const feeds = context.incoming(consumer.id).filter((e) => context.is(context.source(e), 'queue', 'stream-log') && !context.is(context.source(e), 'dlq'));
      const pulls = context.outgoing(consumer.id).filter((e) => context.is(context.target(e), 'queue', 'stream-log') && context.isSync(e) && context.edgeProp(e, 'access') === 'read');
      if (feeds.length + pulls.length === 0) continue;
      // A DLQ of the consumer covers all it reads; a queue's own DLQ (redrive policy) covers that queue only.
      const parksPoison = (id: string) => context.outgoing(id).some((e) => context.is(context.target(e), 'dlq'));
      if (parksPoison(consumer.id)) continue;
      const queueOf = (e: (typeof feeds)[number]) => (e.source === consumer.id ? e.target : e.source);
      const queueEdge = [...feeds, ...pulls].find((e) => !parksPoison(queueOf(e)));
      if (queueEdge === undefined) continue;
      const queueId = queueOf(queueEdge);
      findings.push({
        params: { consumer: consumer.label, queue: context.label(queueId) },
        nodes: [consumer.id, queueId],
        edges: [queueEdge.id],
        fix: {
          label: { en: 'Insert a dead-letter queue', fr: 'Insérer une file de lettres mortes' },
          command: (language: Language) => {
            const dlqId = freshId(context, `${consumer.id}-dlq`);
            const edgeId = freshId(context, `${consumer.id}-to-dlq`);
            const box = boxNear(context, consumer.id, 0, 140);
            return {
            op: 'batch' as const,
            commands: [
              { op: 'add-node' as const, node: catalogNode(context, 'dead-letter-queue', dlqId, language === 'fr' ? `Lettres mortes de ${consumer.label}` : `${consumer.label} dead letters`, consumer.parent), ...(box === undefined ? {} : { box }) },
              { op: 'add-edge' as const, edge: newEdge(edgeId, consumer.id, dlqId, { mode: 'async', protocol: context.protocol(queueEdge) }) },
            ],
            };
          },
        },
      });
    }
    return findings;
  },
});
