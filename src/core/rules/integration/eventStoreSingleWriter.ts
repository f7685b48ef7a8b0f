import { defineRule } from '../defineRule';

/** Event sourcing: each event store (each aggregate) has one writer, which only appends. */
export const eventStoreSingleWriter = defineRule({
  id: 'integration/event-store-single-writer',
  category: 'integration',
  severity: 'warning',
  module: 1,
  scope: 'node',
  patterns: ['event-sourcing-cqrs'],
  title: { en: 'One writer per event store, appending only', fr: 'Un seul écrivain par magasin d’événements, en ajout seul' },
  why: {
    en: 'The state of an aggregate is obtained by replaying its events in order, so the events must come from the one place that enforces its invariants. Two services appending to the same stream race each other: each validates a command against a state the other has already changed, and the log records contradictory facts that no projection can reconcile. Events are also immutable: a correction is a new event, never an update or a delete. Any connection from a component into an event store counts as a write unless its access is marked as read.',
    fr: 'L’état d’un agrégat s’obtient en rejouant ses événements dans l’ordre : ceux-ci doivent donc venir du seul endroit qui garantit ses invariants. Deux services qui écrivent dans le même flux entrent en concurrence : chacun valide une commande contre un état que l’autre a déjà modifié, et le journal enregistre des faits contradictoires qu’aucune projection ne peut concilier. Les événements sont aussi immuables : une correction est un nouvel événement, jamais une mise à jour ni une suppression. Toute connexion d’un composant vers un magasin d’événements est considérée comme une écriture, sauf si son accès est marqué en lecture.',
  },
  fix: {
    en: 'Give each aggregate’s events a single owning service; other services send it commands or react to its events. Keep the store append-only.',
    fr: 'Donnez les événements de chaque agrégat à un seul service propriétaire ; les autres services lui envoient des commandes ou réagissent à ses événements. Gardez le magasin en ajout seul.',
  },
  source: 'DOMAIN.md §1 Application/integration patterns, event sourcing [S8]',
  messages: {
    default: {
      en: '{count} components write to the event store {store}: {writers}.',
      fr: '{count} composants écrivent dans le magasin d’événements {store} : {writers}.',
    },
  },
  check(context) {
    const findings = [];
    for (const store of context.scopeNodes('event-store')) {
      const writes = context.incoming(store.id).filter((e) => context.isRuntime(context.source(e)) && context.edgeProp(e, 'access') !== 'read');
      const writers = [...new Set(writes.map((e) => e.source))];
      if (writers.length < 2) continue;
      findings.push({
        params: { count: writers.length, store: store.label, writers: writers.map((id) => context.label(id)).join(', ') },
        nodes: [store.id, ...writers],
        edges: writes.map((e) => e.id),
      });
    }
    return findings;
  },
});
