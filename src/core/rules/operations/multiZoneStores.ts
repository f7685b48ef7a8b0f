import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';
import { criticalStores } from './criticalStores';

/** High availability: the data the critical path needs survives the loss of a zone. */
export const multiZoneStores = defineRule({
  id: 'operations/multi-zone-stores',
  category: 'operations',
  severity: 'error',
  module: 3,
  patterns: ['high-availability'],
  title: { en: 'Critical-path stores replicated over two or more zones', fr: 'Stockages du chemin critique répliqués sur deux zones ou plus' },
  why: {
    en: 'Replicated services are of no help if the data they need lives in one zone: when that zone fails, every replica fails with it. Stores the critical path reads or writes (reached synchronously, or connected to a critical-path component) need copies in at least two availability zones, with automatic failover. AWS availability zones are up to about 100 km apart with single-digit millisecond latency, so synchronous replication between them is affordable.',
    fr: 'Des services répliqués ne servent à rien si les données dont ils ont besoin vivent dans une seule zone : quand elle tombe, tous les réplicas tombent avec elle. Les stockages que le chemin critique lit ou écrit (atteints de façon synchrone, ou reliés à un composant du chemin critique) ont besoin de copies dans au moins deux zones de disponibilité, avec bascule automatique. Chez AWS, les zones de disponibilité sont distantes de 100 km au plus, avec une latence de quelques millisecondes : une réplication synchrone entre elles reste abordable.',
  },
  fix: {
    en: 'Replicate the store over at least two availability zones (a multi-AZ deployment, or a standby replica in another zone) with automatic failover.',
    fr: 'Répliquez le stockage sur au moins deux zones de disponibilité (déploiement multi-AZ, ou réplica de secours dans une autre zone) avec bascule automatique.',
  },
  source: 'DOMAIN.md §1 Operations, high availability [S25][S26]',
  messages: {
    default: {
      en: '{node} serves the critical path without enough redundancy (replicas: {replicas}, availability zones: {zones}); it needs at least two of each.',
      fr: '{node} sert le chemin critique sans redondance suffisante (nombre de réplicas : {replicas}, nombre de zones de disponibilité : {zones}) ; il en faut au moins deux de chaque.',
    },
    zones: {
      en: '{node} serves the critical path from too few availability zones (zones: {zones}); it needs at least two.',
      fr: '{node} sert le chemin critique depuis trop peu de zones de disponibilité (nombre de zones : {zones}) ; il en faut au moins deux.',
    },
  },
  check(context) {
    const findings = [];
    for (const store of criticalStores(context)) {
      if (!context.hasProp(store, 'zones')) continue;
      const hasReplicas = context.hasProp(store, 'replicas');
      const zones = context.num(store, 'zones') ?? 1;
      const replicas = context.num(store, 'replicas') ?? 1;
      if (zones >= 2 && (!hasReplicas || replicas >= 2)) continue;
      findings.push({
        message: hasReplicas ? 'default' as const : 'zones' as const,
        params: { node: store.label, replicas, zones },
        nodes: [store.id],
        fix: {
          label: { en: 'Replicate over two zones', fr: 'Répliquer sur deux zones' },
          command: () => setNodeProps(store, { zones: Math.max(2, zones), ...(hasReplicas ? { replicas: Math.max(2, replicas) } : {}) }),
        },
      });
    }
    return findings;
  },
});
