import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { rerouteTo } from './reroute';

/** Where events come from: the event store, or a log carrying them. */
const EVENT_SOURCES = ['event-store', 'stream-log'] as const;

/** Whether a projector (stream job or function) subscribes to an event source. */
function subscribes(context: RuleContext, id: string): boolean {
  return context.incoming(id).some((e) => context.is(context.source(e), ...EVENT_SOURCES))
    || context.outgoing(id).some((e) => context.is(context.target(e), ...EVENT_SOURCES) && context.edgeProp(e, 'access') === 'read');
}

/** Whether a read model is updated asynchronously from events: directly, or through a projector. */
function fedFromEvents(context: RuleContext, model: DesignNode): boolean {
  return context.incoming(model.id).some((e) => {
    const source = context.source(e);
    if (context.is(source, ...EVENT_SOURCES)) return context.mode(e) === 'async';
    return context.is(source, 'stream-job', 'function') && subscribes(context, source.id);
  });
}

/** The write side: event stores, and databases whose changes are captured into events. */
function writeStores(context: RuleContext): ReadonlySet<string> {
  return context.cached('integration/cqrsWriteStores', (context) => {
    const ids = new Set(context.withRole('event-store').map((n) => n.id));
    for (const cdc of context.withRole('cdc')) {
      for (const e of context.outgoing(cdc.id)) if (context.is(context.target(e), 'db')) ids.add(e.target);
      for (const e of context.incoming(cdc.id)) if (context.is(context.source(e), 'db')) ids.add(e.source);
    }
    return ids;
  });
}

/**
 * Adds a projector subscribed to `source` writing into `model` (a new read model when `model`
 * is a new node). Ids are chosen when the fix is applied: the rule does not depend on them.
 */
function projection(context: RuleContext, source: DesignNode, model: () => { id: string; node?: (language: Language) => DesignNode }) {
  return (language: Language): Command => projectionCommand(context, source, model(), language);
}

function projectionCommand(context: RuleContext, source: DesignNode, model: { id: string; node?: (language: Language) => DesignNode }, language: Language): Command {
  const projectorId = freshId(context, `${source.id}-projector`);
  const [inId, outId] = freshIds(context, `${source.id}-projection`, 2) as [string, string];
  const box = boxNear(context, source.id, 240, 0);
  const modelBox = boxNear(context, source.id, 480, 0);
  return {
    op: 'batch',
    commands: [
      {
        op: 'add-node',
        node: catalogNode(context, 'flink-job', projectorId, language === 'fr' ? 'Projecteur' : 'Projector', source.parent),
        ...(box === undefined ? {} : { box }),
      },
      ...(model.node === undefined ? [] : [{ op: 'add-node' as const, node: model.node(language), ...(modelBox === undefined ? {} : { box: modelBox }) }]),
      { op: 'add-edge', edge: newEdge(inId, source.id, projectorId, { mode: 'async', props: { access: 'read' } }) },
      { op: 'add-edge', edge: newEdge(outId, projectorId, model.id, { mode: 'async', props: { access: 'write' } }) },
    ],
  };
}

/** CQRS: queries are answered by read models projected asynchronously from the events. */
export const cqrsReadModel = defineRule<'missing' | 'notFed' | 'writeStoreRead'>({
  id: 'integration/cqrs-read-model',
  category: 'integration',
  severity: 'error',
  module: 1,
  patterns: ['event-sourcing-cqrs'],
  title: { en: 'Queries served by read models projected from the events', fr: 'Requêtes servies par des modèles de lecture projetés depuis les événements' },
  why: {
    en: 'CQRS separates the write model, which validates commands and appends events, from one or more read models shaped for the queries. The read models are updated asynchronously from the events by projectors, so they can be rebuilt by replaying the log, and the user interface must accept that they lag a little behind (eventual consistency). A query that hits the write store couples the two sides again and loads the store that must stay fast for commands.',
    fr: 'CQRS sépare le modèle d’écriture, qui valide les commandes et ajoute des événements, d’un ou plusieurs modèles de lecture conçus pour les requêtes. Les modèles de lecture sont mis à jour de façon asynchrone depuis les événements par des projecteurs, ce qui permet de les reconstruire en rejouant le journal ; l’interface doit accepter qu’ils aient un léger retard (cohérence à terme). Une requête qui interroge le stockage d’écriture recouple les deux côtés et charge ce stockage, qui doit rester rapide pour les commandes.',
  },
  fix: {
    en: 'Add a read model fed by a projector (a stream job subscribed to the event store or its log), and point the queries at it; show users that reads may lag.',
    fr: 'Ajoutez un modèle de lecture alimenté par un projecteur (un traitement de flux abonné au magasin d’événements ou à son journal), et dirigez-y les requêtes ; montrez aux utilisateurs que les lectures peuvent avoir du retard.',
  },
  source: 'DOMAIN.md §1 Application/integration patterns, CQRS [S8]',
  messages: {
    default: {
      en: 'The design declares CQRS but its queries are not served by a read model.',
      fr: 'La conception déclare CQRS mais ses requêtes ne sont pas servies par un modèle de lecture.',
    },
    missing: {
      en: 'The design declares CQRS but has no read model.',
      fr: 'La conception déclare CQRS mais n’a aucun modèle de lecture.',
    },
    notFed: {
      en: 'The read model {model} is not updated asynchronously from the events (no projector subscribed to an event store or log feeds it).',
      fr: 'Le modèle de lecture {model} n’est pas mis à jour de façon asynchrone depuis les événements (aucun projecteur abonné à un magasin d’événements ou à un journal ne l’alimente).',
    },
    writeStoreRead: {
      en: '{source} queries the write store {store} while serving requests, instead of a read model.',
      fr: '{source} interroge le stockage d’écriture {store} pendant le traitement des requêtes, au lieu d’un modèle de lecture.',
    },
  },
  check(context) {
    const findings = [];
    const models = context.withRole('read-model');
    const sources = [...context.withRole('event-store'), ...context.withRole('stream-log').filter((n) => !context.is(n, 'event-store'))];
    const origin = sources[0];
    if (models.length === 0) {
      findings.push({
        message: 'missing' as const,
        nodes: sources.filter((n) => context.is(n, 'event-store')).map((n) => n.id),
        ...(origin === undefined
          ? {}
          : {
            fix: {
              label: { en: 'Add a projected read model', fr: 'Ajouter un modèle de lecture projeté' },
              command: projection(context, origin, () => {
                const modelId = freshId(context, 'read-model');
                return {
                  id: modelId,
                  node: (language) => catalogNode(context, 'read-model', modelId, language === 'fr' ? 'Modèle de lecture' : 'Read model', origin.parent),
                };
              }),
            },
          }),
      });
    }
    for (const model of models) {
      if (fedFromEvents(context, model)) continue;
      findings.push({
        message: 'notFed' as const,
        params: { model: model.label },
        nodes: [model.id],
        ...(origin === undefined
          ? {}
          : { fix: { label: { en: `Project ${origin.label} into it`, fr: `Y projeter ${origin.label}` }, command: projection(context, origin, () => ({ id: model.id })) } }),
      });
    }
    const stores = writeStores(context);
    const served = models.find((m) => fedFromEvents(context, m)) ?? models[0];
    for (const e of context.edges) {
      if (!context.isSync(e) || context.edgeProp(e, 'access') !== 'read' || !stores.has(e.target)) continue;
      const source = context.source(e);
      if (!context.isClient(source) && !context.isOnCriticalPath(source)) continue;
      findings.push({
        message: 'writeStoreRead' as const,
        params: { source: source.label, store: context.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        ...(served === undefined
          ? {}
          : {
            fix: {
              label: { en: `Query ${served.label} instead`, fr: `Interroger ${served.label} à la place` },
              command: () => rerouteTo(context, e, served.id),
            },
          }),
      });
    }
    return findings;
  },
});
