import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';

/**
 * Runtime components that do not own what they send to a database: change data capture only
 * reads its log, and gateways, enforcement points and load balancers forward someone else's calls.
 */
const NOT_WRITERS = ['cdc', 'gateway', 'pep', 'load-balancer'] as const;

/** Whether an edge into a store writes: `write` or `read-write`, and unset counts as both. */
function writes(context: RuleContext, edge: DesignEdge): boolean {
  const access = context.edgeProp(edge, 'access');
  return access !== 'read';
}

/** Two services writing one database are coupled through its schema. */
export const sharedDatabase = defineRule({
  id: 'anti-pattern/shared-database',
  category: 'anti-pattern',
  severity: 'warning',
  module: 5,
  scope: 'node',
  title: { en: 'Database shared by several writers', fr: 'Base de données partagée en écriture' },
  why: {
    en: 'When two services write the same database, its schema becomes a contract nobody owns: one cannot change a table, a constraint or a migration without breaking the other, they cannot be deployed or scaled apart, and their locks and load interfere. Give each service its own database and integrate through its API or its events. A connection into a database whose data access is not stated counts as reading and writing; change data capture (CDC) only reads, so it is not counted.',
    fr: 'Quand deux services écrivent dans la même base, son schéma devient un contrat sans propriétaire : aucun ne peut changer une table, une contrainte ou une migration sans casser l’autre, ils ne peuvent être déployés ni dimensionnés séparément, et leurs verrous et leur charge interfèrent. Donnez à chaque service sa propre base et intégrez-les par leur API ou leurs événements. Une connexion vers une base dont l’accès aux données n’est pas précisé compte comme lecture et écriture ; la capture des données modifiées (CDC) ne fait que lire et n’est donc pas comptée.',
  },
  fix: {
    en: 'Give each service its own database; the others read its data through its API or from events it publishes. If only one writes, mark the others’ connections as read access.',
    fr: 'Donnez à chaque service sa propre base ; les autres lisent ses données par son API ou depuis les événements qu’il publie. Si un seul écrit, marquez les connexions des autres en lecture seule.',
  },
  source: 'DOMAIN.md §1 Anti-patterns, shared database',
  messages: {
    default: {
      en: '{count} components write to {db}, among them {first} and {second}.',
      fr: '{count} composants écrivent dans {db}, dont {first} et {second}.',
    },
    two: {
      en: '{first} and {second} both write to {db}.',
      fr: '{first} et {second} écrivent tous deux dans {db}.',
    },
  },
  check(context) {
    const findings = [];
    for (const db of context.scopeNodes('db')) {
      const edges = context.incoming(db.id).filter((e) => {
        const source = context.source(e);
        return context.isRuntime(source) && !context.is(source, ...NOT_WRITERS) && writes(context, e);
      });
      const writers = [...new Set(edges.map((e) => e.source))];
      if (writers.length < 2) continue;
      findings.push({
        message: writers.length === 2 ? 'two' as const : 'default' as const,
        params: { db: db.label, count: writers.length, first: context.label(writers[0]!), second: context.label(writers[1]!) },
        nodes: [db.id, ...writers],
        edges: edges.map((e) => e.id),
      });
    }
    return findings;
  },
});
