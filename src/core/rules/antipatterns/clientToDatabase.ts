import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { copiedFields } from '../fixCommands';

/**
 * Stores a client may legitimately reach itself: queues and logs it produces to, object storage
 * through pre-signed URLs. Every other store is a database for this rule.
 */
const CLIENT_FACING_STORES = ['queue', 'stream-log', 'dlq', 'object-store'] as const;

function isDatabase(context: RuleContext, node: DesignNode): boolean {
  return context.isStore(node) && !context.is(node, ...CLIENT_FACING_STORES);
}

/** Clients go through a service that owns the data, never straight to a database. */
export const clientToDatabase = defineRule({
  id: 'anti-pattern/client-to-database',
  category: 'anti-pattern',
  severity: 'error',
  module: 5,
  scope: 'edge',
  title: { en: 'Client connected straight to a database', fr: 'Client relié directement à une base de données' },
  why: {
    en: 'A database reachable from clients is exposed to the internet with credentials that ship in every app, and its schema becomes the public API: no validation, no business rules, no rate limit, and no way to change a table without breaking clients. A service (behind an API gateway) owns the data and exposes a stable interface. Queues, event logs and object storage behind pre-signed URLs are made for clients and are not counted.',
    fr: 'Une base de données accessible aux clients est exposée sur Internet, avec des identifiants embarqués dans chaque application, et son schéma devient l’API publique : aucune validation, aucune règle métier, aucune limite de débit, et aucun moyen de changer une table sans casser les clients. Un service (derrière une passerelle API) possède les données et expose une interface stable. Les files, journaux d’événements et stockages objet derrière des URL présignées sont faits pour les clients et ne sont pas comptés.',
  },
  fix: {
    en: 'Put a service that owns the data between the client and the database, and route clients to it through an API gateway.',
    fr: 'Placez entre le client et la base un service qui possède les données, et faites-y passer les clients par une passerelle API.',
  },
  source: 'DOMAIN.md §1 Integration, API gateway (backends not public) [S10]',
  messages: {
    default: {
      en: '{client} connects straight to the database {db}.',
      fr: '{client} se connecte directement à la base de données {db}.',
    },
  },
  check(context) {
    return context.edges
      .filter((e) => context.isClient(context.source(e)) && isDatabase(context, context.target(e)))
      .map((e) => {
        const db = context.target(e);
        return {
          params: { client: context.label(e.source), db: db.label },
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: {
            label: { en: 'Put a data service in front', fr: 'Placer un service de données devant' },
            command: (language: Language): Command => {
              const serviceId = freshId(context, `${db.id}-service`);
              const [front, back] = freshIds(context, `${e.id}-via`, 2) as [string, string];
              const service = catalogNode(context, 'microservice', serviceId, language === 'fr' ? `Service ${db.label}` : `${db.label} service`, db.parent);
              const fields = copiedFields(e);
              const box = boxNear(context, db.id, -220, 0);
              return {
                op: 'batch',
                commands: [
                  { op: 'add-node', node: service, ...(box === undefined ? {} : { box }) },
                  { op: 'remove-edge', id: e.id },
                  // The client now speaks the service's API; the service keeps the database protocol.
                  { op: 'add-edge', edge: newEdge(front, e.source, serviceId, { ...fields, protocol: 'https', mode: 'sync', props: {} }) },
                  { op: 'add-edge', edge: newEdge(back, serviceId, db.id, fields) },
                ],
              };
            },
          },
        };
      });
  },
});
