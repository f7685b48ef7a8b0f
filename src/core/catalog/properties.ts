import type { PropertyDef } from './schema';

/**
 * The standard properties. Types pick them with `prop(key, overrides)`, so a property the
 * metrics or the rules read has the same key, unit and meaning on every type.
 */
const STANDARD = {
  replicas: {
    kind: 'number', key: 'replicas', unit: 'count', integer: true, default: 2, min: 1, max: 10_000,
    label: { en: 'Replicas', fr: 'Réplicas' },
    help: { en: 'Running copies that share the load', fr: 'Copies en service qui se partagent la charge' },
  },
  zones: {
    kind: 'number', key: 'zones', unit: 'count', integer: true, default: 2, min: 1, max: 6,
    label: { en: 'Availability zones', fr: 'Zones de disponibilité' },
    help: { en: 'Zones the replicas are spread over', fr: 'Zones sur lesquelles les réplicas sont répartis' },
  },
  instanceType: {
    kind: 'instance-type', key: 'instanceType',
    defaults: { aws: 'aws:m5.xlarge', gcp: 'gcp:n2-standard-4', azure: 'azure:Standard_D4s_v5' },
    default: 'aws:m5.xlarge',
    label: { en: 'Instance type', fr: 'Type d’instance' },
  },
  gpusPerReplica: {
    kind: 'number', key: 'gpusPerReplica', unit: 'count', integer: true, default: 1, min: 0, max: 16,
    label: { en: 'GPUs per replica', fr: 'GPU par réplica' },
  },
  throughputPerReplicaRps: {
    kind: 'number', key: 'throughputPerReplicaRps', unit: 'req/s', default: 500, min: 0.001, max: 10_000_000,
    label: { en: 'Throughput per replica', fr: 'Débit par réplica' },
    help: { en: 'Measured sustainable rate of one replica (e.g. with perf_analyzer)', fr: 'Débit soutenable mesuré d’un réplica (par exemple avec perf_analyzer)' },
  },
  concurrencyPerReplica: {
    kind: 'number', key: 'concurrencyPerReplica', unit: 'count', integer: true, default: 64, min: 1, max: 100_000,
    label: { en: 'Concurrent requests per replica', fr: 'Requêtes simultanées par réplica' },
  },
  latencyP50Ms: {
    kind: 'number', key: 'latencyP50Ms', unit: 'ms', default: 10, min: 0, max: 3_600_000,
    label: { en: 'Service time p50', fr: 'Temps de service p50' },
  },
  latencyP99Ms: {
    kind: 'number', key: 'latencyP99Ms', unit: 'ms', default: 50, min: 0, max: 3_600_000,
    label: { en: 'Service time p99', fr: 'Temps de service p99' },
  },
  availabilitySlaPct: {
    kind: 'number', key: 'availabilitySlaPct', unit: '%', default: 99.9, min: 90, max: 99.99999,
    label: { en: 'Availability (SLA)', fr: 'Disponibilité (SLA)' },
    help: { en: 'Availability of one replica or of the managed service', fr: 'Disponibilité d’un réplica ou du service managé' },
  },
  storageGb: {
    kind: 'number', key: 'storageGb', unit: 'GB', default: 100, min: 0, max: 1_000_000_000,
    label: { en: 'Storage', fr: 'Stockage' },
  },
  retentionDays: {
    kind: 'number', key: 'retentionDays', unit: 'days', default: 7, min: 0, max: 36_500,
    label: { en: 'Retention', fr: 'Rétention' },
  },
  partitions: {
    kind: 'number', key: 'partitions', unit: 'count', integer: true, default: 12, min: 1, max: 100_000,
    label: { en: 'Partitions', fr: 'Partitions' },
  },
  replicationFactor: {
    kind: 'number', key: 'replicationFactor', unit: 'count', integer: true, default: 3, min: 1, max: 7,
    label: { en: 'Replication factor', fr: 'Facteur de réplication' },
  },
  producerMBpsPerPartition: {
    kind: 'number', key: 'producerMBpsPerPartition', unit: 'MB/s', default: 20, min: 0.01, max: 10_000,
    label: { en: 'Produce throughput per partition', fr: 'Débit de production par partition' },
  },
  consumerMBpsPerPartition: {
    kind: 'number', key: 'consumerMBpsPerPartition', unit: 'MB/s', default: 10, min: 0.01, max: 10_000,
    label: { en: 'Consume throughput per partition', fr: 'Débit de consommation par partition' },
  },
  eventsPerSecond: {
    kind: 'number', key: 'eventsPerSecond', unit: 'events/s', default: 100, min: 0, max: 1_000_000_000,
    label: { en: 'Events emitted', fr: 'Événements émis' },
  },
  encryptedAtRest: {
    kind: 'boolean', key: 'encryptedAtRest', default: true,
    label: { en: 'Encrypted at rest', fr: 'Chiffré au repos' },
  },
  confidentialCompute: {
    kind: 'boolean', key: 'confidentialCompute', default: false,
    label: { en: 'Confidential computing (TEE)', fr: 'Calcul confidentiel (TEE)' },
    help: { en: 'Runs in a trusted execution environment with attestation', fr: 'S’exécute dans un environnement d’exécution de confiance avec attestation' },
  },
  maxBatchSize: {
    kind: 'number', key: 'maxBatchSize', unit: 'count', integer: true, default: 8, min: 1, max: 4_096,
    label: { en: 'Max batch size', fr: 'Taille de lot maximale' },
  },
  maxQueueDelayMs: {
    kind: 'number', key: 'maxQueueDelayMs', unit: 'ms', default: 5, min: 0, max: 60_000,
    label: { en: 'Max queue delay (batching)', fr: 'Délai d’attente maximal (mise en lots)' },
  },
  coldStartMs: {
    kind: 'number', key: 'coldStartMs', unit: 'ms', default: 800, min: 0, max: 600_000,
    label: { en: 'Cold start', fr: 'Démarrage à froid' },
  },
  provisionedConcurrency: {
    kind: 'boolean', key: 'provisionedConcurrency', default: false,
    label: { en: 'Provisioned concurrency', fr: 'Concurrence provisionnée' },
    help: {
      en: 'Keeps execution environments initialised in advance, so requests skip the cold start',
      fr: 'Garde des environnements d’exécution initialisés à l’avance, pour que les requêtes évitent le démarrage à froid',
    },
  },
  runHoursPerDay: {
    kind: 'number', key: 'runHoursPerDay', unit: 'hours', default: 2, min: 0, max: 24,
    label: { en: 'Running hours per day', fr: 'Heures d’exécution par jour' },
  },
  tenancy: {
    kind: 'enum', key: 'tenancy', default: 'pool',
    label: { en: 'Tenant isolation', fr: 'Isolation des locataires' },
    options: [
      { value: 'silo', label: { en: 'Silo (dedicated)', fr: 'Silo (dédié)' } },
      { value: 'pool', label: { en: 'Pool (shared)', fr: 'Mutualisé (pool)' } },
      { value: 'bridge', label: { en: 'Bridge (shared infrastructure, per-tenant schema)', fr: 'Pont (infrastructure partagée, schéma par locataire)' } },
    ],
  },
  tableFormat: {
    kind: 'enum', key: 'tableFormat', default: 'delta',
    label: { en: 'Table format', fr: 'Format de table' },
    options: [
      { value: 'delta', label: { en: 'Delta Lake', fr: 'Delta Lake' } },
      { value: 'iceberg', label: { en: 'Apache Iceberg', fr: 'Apache Iceberg' } },
      { value: 'hudi', label: { en: 'Apache Hudi', fr: 'Apache Hudi' } },
      { value: 'none', label: { en: 'Plain files', fr: 'Fichiers bruts' } },
    ],
  },
  medallionLayer: {
    kind: 'enum', key: 'medallionLayer', default: 'bronze',
    label: { en: 'Layer', fr: 'Couche' },
    options: [
      { value: 'bronze', label: { en: 'Bronze (raw)', fr: 'Bronze (brut)' } },
      { value: 'silver', label: { en: 'Silver (cleaned)', fr: 'Argent (nettoyé)' } },
      { value: 'gold', label: { en: 'Gold (aggregates)', fr: 'Or (agrégats)' } },
    ],
  },
} as const satisfies Record<string, PropertyDef>;

export type StandardPropertyKey = keyof typeof STANDARD;
export const STANDARD_PROPERTIES: Readonly<Record<StandardPropertyKey, PropertyDef>> = STANDARD;

type Overrides = { default?: number | string | boolean; min?: number; max?: number; defaults?: { aws: string; gcp: string; azure: string } };

/** A standard property, with a type-specific default or bounds. */
export function prop(key: StandardPropertyKey, overrides: Overrides = {}): PropertyDef {
  const base = STANDARD[key] as PropertyDef;
  const merged = { ...base, ...overrides } as PropertyDef;
  if (merged.kind === 'instance-type' && overrides.defaults !== undefined) merged.default = overrides.defaults.aws;
  return merged;
}
