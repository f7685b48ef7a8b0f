import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setSecurity } from '../fixCommands';

/** Whether an edge is encrypted: TLS, or mutual TLS (which is TLS with a client certificate). */
export function encryptedInTransit(context: RuleContext, edge: DesignEdge): boolean {
  return context.tls(edge) || context.mtls(edge);
}

/** Every connection is encrypted with TLS, whatever it carries and wherever it runs. */
export const encryptionInTransit = defineRule({
  id: 'security/encryption-in-transit',
  category: 'security',
  severity: 'warning',
  module: 6,
  scope: 'edge',
  title: { en: 'TLS on every connection', fr: 'TLS sur chaque connexion' },
  why: {
    en: 'Data in transit can be read or altered by anyone on the path, and “inside the network” is no protection: zero trust secures every communication whatever its location (NIST SP 800-207, tenet 2). That includes the easily forgotten flows: logs and telemetry, feature-store reads, queues and streams. The rule reads the TLS setting of each connection, not its protocol name; a person’s use of an app is not a connection.',
    fr: 'Les données en transit peuvent être lues ou modifiées par quiconque se trouve sur le chemin, et « être dans le réseau » ne protège de rien : l’approche zéro confiance sécurise chaque communication, où qu’elle ait lieu (NIST SP 800-207, principe 2). Cela vaut aussi pour les flux souvent oubliés : journaux et télémétrie, lectures du magasin de caractéristiques, files et flux d’événements. La règle lit le réglage TLS de chaque connexion, pas le nom de son protocole ; l’usage d’une application par une personne n’est pas une connexion.',
  },
  fix: {
    en: 'Turn on TLS on the connection (HTTPS rather than HTTP, TLS listeners for Kafka, databases and caches).',
    fr: 'Activez TLS sur la connexion (HTTPS plutôt que HTTP, écouteurs TLS pour Kafka, les bases de données et les caches).',
  },
  source: 'DOMAIN.md §1 Security, encryption in transit; zero trust tenet 2 [S21]',
  messages: {
    default: {
      en: 'The connection from {source} to {target} is not encrypted with TLS.',
      fr: 'La connexion de {source} vers {target} n’est pas chiffrée par TLS.',
    },
  },
  check(context) {
    // A person using an app is not a network connection.
    const person = (id: string) => context.type(context.node(id)!)?.c4 === 'person';
    return context.edges
      .filter((e) => !encryptedInTransit(context, e) && !person(e.source) && !person(e.target))
      .map((e) => ({
        params: { source: context.label(e.source), target: context.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: {
          label: { en: 'Turn on TLS', fr: 'Activer TLS' },
          command: () => {
            const { patch } = setSecurity(e, { tls: true });
            return { op: 'update-edge' as const, id: e.id, patch: { ...patch, ...(context.protocol(e) === 'http' ? { protocol: 'https' as const } : {}) } };
          },
        },
      }));
  },
});
