import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';

/** A critical-path component with one replica, or all its replicas in one zone, takes the service down with it. */
export const singlePointOfFailure = defineRule({
  id: 'operations/single-point-of-failure',
  category: 'operations',
  severity: 'error',
  module: 3,
  title: { en: 'No single point of failure on a critical path', fr: 'Pas de point de défaillance unique sur un chemin critique' },
  why: {
    en: 'Requests pass through every component of their path: if one of them runs a single replica, or all its replicas in one availability zone, its failure (or the zone’s) stops the service. Replicas over two or more zones behind a load balancer survive both. The rule checks the components the clients reach synchronously, when their type states replicas or zones.',
    fr: 'Les requêtes traversent chaque composant de leur chemin : si l’un d’eux n’a qu’un réplica, ou a tous ses réplicas dans une seule zone de disponibilité, sa panne (ou celle de la zone) arrête le service. Des réplicas répartis sur deux zones ou plus derrière un répartiteur de charge survivent aux deux. La règle examine les composants que les clients atteignent de façon synchrone, quand leur type précise des réplicas ou des zones.',
  },
  fix: {
    en: 'Run at least two replicas over at least two availability zones.',
    fr: 'Faites tourner au moins deux réplicas sur au moins deux zones de disponibilité.',
  },
  source: 'DOMAIN.md §1 Operations, high availability; anti-patterns, single point of failure [S25]',
  messages: {
    default: {
      en: '{node} is on a critical path without enough redundancy (replicas: {replicas}, availability zones: {zones}); it needs at least two of each.',
      fr: '{node} est sur un chemin critique sans redondance suffisante (nombre de réplicas : {replicas}, nombre de zones de disponibilité : {zones}) ; il en faut au moins deux de chaque.',
    },
    replicas: {
      en: '{node} is on a critical path with too few replicas (replicas: {replicas}); it needs at least two.',
      fr: '{node} est sur un chemin critique avec trop peu de réplicas (nombre de réplicas : {replicas}) ; il en faut au moins deux.',
    },
    zones: {
      en: '{node} is on a critical path in too few availability zones (zones: {zones}); it needs at least two.',
      fr: '{node} est sur un chemin critique dans trop peu de zones de disponibilité (nombre de zones : {zones}) ; il en faut au moins deux.',
    },
  },
  check(context) {
    const findings = [];
    for (const id of context.critical) {
      const node = context.node(id)!;
      const hasReplicas = context.hasProp(node, 'replicas');
      const hasZones = context.hasProp(node, 'zones');
      if (!hasReplicas && !hasZones) continue;
      const replicas = context.num(node, 'replicas') ?? 1;
      const zones = context.num(node, 'zones') ?? 1;
      const fewReplicas = hasReplicas && replicas < 2;
      const fewZones = hasZones && zones < 2;
      if (!fewReplicas && !fewZones) continue;
      // Name only what the type states: a type without zones has no zone count to report.
      const message = hasReplicas && hasZones ? 'default' as const : hasReplicas ? 'replicas' as const : 'zones' as const;
      findings.push({
        message,
        params: { node: node.label, replicas, zones },
        nodes: [id],
        fix: {
          label: { en: 'Add a replica in a second zone', fr: 'Ajouter un réplica dans une seconde zone' },
          command: () => setNodeProps(node, {
            ...(hasReplicas ? { replicas: Math.max(2, replicas) } : {}),
            ...(hasZones ? { zones: Math.max(2, zones) } : {}),
          }),
        },
      });
    }
    return findings;
  },
});
