import type { UnitPrice } from '../schema';

/**
 * Unit prices of managed services, per provider, in one reference region each (us-east-1,
 * us-central1, eastus), in USD. Component types name these keys in their cost model
 * (`{ model: 'storage', price: 'object-storage-gb-month' }`).
 *
 * A provider is left out of a key when it has no service priced that way. Where the provider's
 * counterpart is priced differently (BigQuery slots, Pub/Sub volume), the `service` text says how
 * the figure was converted, and it is an estimate.
 *
 * How to update a price: read it on the provider's pricing page for the same region, change
 * `usd`, set `date` to when you read it, `source` to its id in ../sources.ts (add a new source
 * there first) and `estimate` to false only for a figure read on the provider's own page. Then
 * run `npx vitest run src/core/catalog`. Figures tagged S90 are our own estimates from the
 * public list prices; prefer replacing them with sourced figures.
 */

/** DOMAIN.md dates these figures by year only ("2026") or not at all. It was compiled after its
 * latest dated source (S34, 17 Jun 2026), so they carry that month. */
const DOMAIN_2026 = '2026-06';
const S90 = { source: 'S90', date: '2026-11', estimate: true } as const;

export const UNIT_PRICES: UnitPrice[] = [
  {
    key: 'object-storage-gb-month',
    label: { en: 'Object storage, hot tier, per GB-month', fr: 'Stockage objet, niveau chaud, par Go-mois' },
    unit: 'GB-month',
    // DOMAIN.md §2.7 [S38] 2026, EST.
    prices: {
      aws: { usd: 0.023, service: 'Amazon S3 Standard (first 50 TB)', region: 'us-east-1', source: 'S38', date: DOMAIN_2026, estimate: true },
      gcp: { usd: 0.02, service: 'Cloud Storage Standard, regional', region: 'us-central1', source: 'S38', date: DOMAIN_2026, estimate: true },
      azure: { usd: 0.018, service: 'Azure Blob Storage Hot, LRS', region: 'eastus', source: 'S38', date: DOMAIN_2026, estimate: true },
    },
  },
  {
    key: 'block-storage-gb-month',
    label: { en: 'Block storage (SSD volumes), per GB-month', fr: 'Stockage bloc (volumes SSD), par Go-mois' },
    unit: 'GB-month',
    prices: {
      aws: { usd: 0.08, service: 'Amazon EBS gp3', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.1, service: 'Persistent Disk, balanced', region: 'us-central1', ...S90 },
      azure: { usd: 0.082, service: 'Managed Disks, Premium SSD v2 (capacity only)', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'kafka-broker-hour',
    label: { en: 'Managed Kafka broker, per broker-hour', fr: 'Broker Kafka managé, par broker-heure' },
    unit: 'broker-hour',
    prices: {
      // DOMAIN.md §2.7: kafka.m5.large $0.21 per broker-hour [S37], EST.
      aws: { usd: 0.21, service: 'Amazon MSK, kafka.m5.large broker', region: 'us-east-1', source: 'S37', date: DOMAIN_2026, estimate: true },
      gcp: { usd: 0.24, service: 'Managed Service for Apache Kafka, 2 vCPU + 8 GiB (one m5.large-sized broker)', region: 'us-central1', ...S90 },
      azure: { usd: 1.233, service: 'Event Hubs Premium (Kafka endpoint), one processing unit taken as one broker', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'kafka-storage-gb-month',
    label: { en: 'Managed Kafka storage, per GB-month', fr: 'Stockage Kafka managé, par Go-mois' },
    unit: 'GB-month',
    // Azure Event Hubs Premium includes 1 TB of retention per processing unit: no separate price.
    prices: {
      // DOMAIN.md §2.7: $0.10/GB-month [S37], EST.
      aws: { usd: 0.1, service: 'Amazon MSK broker storage', region: 'us-east-1', source: 'S37', date: DOMAIN_2026, estimate: true },
      gcp: { usd: 0.1, service: 'Managed Service for Apache Kafka, persistent storage', region: 'us-central1', ...S90 },
    },
  },
  {
    key: 'stream-shard-hour',
    label: { en: 'Data stream shard, per hour', fr: 'Shard de flux de données, par heure' },
    unit: 'hour',
    // Google Cloud has no shard-priced stream (Pub/Sub is priced by volume, see the queue).
    prices: {
      aws: { usd: 0.015, service: 'Kinesis Data Streams, provisioned shard', region: 'us-east-1', ...S90 },
      azure: { usd: 0.03, service: 'Event Hubs Standard, one throughput unit', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'queue-million-requests',
    label: { en: 'Message queue, per million requests', fr: 'File de messages, par million de requêtes' },
    unit: 'million-requests',
    prices: {
      aws: { usd: 0.4, service: 'Amazon SQS Standard', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.04, service: 'Pub/Sub ($40 per TiB), at the 1 KB minimum billed per message', region: 'us-central1', ...S90 },
      azure: { usd: 0.8, service: 'Service Bus Standard, operations (plus a monthly base fee)', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'serverless-million-requests',
    label: {
      en: 'Serverless functions, per million invocations (compute time extra)',
      fr: 'Fonctions serverless, par million d’invocations (temps de calcul en sus)',
    },
    unit: 'million-requests',
    prices: {
      aws: { usd: 0.2, service: 'AWS Lambda requests', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.4, service: 'Cloud Run functions invocations', region: 'us-central1', ...S90 },
      azure: { usd: 0.2, service: 'Azure Functions, Consumption plan executions', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'api-gateway-million-requests',
    label: { en: 'API gateway, per million calls', fr: 'Passerelle d’API, par million d’appels' },
    unit: 'million-requests',
    prices: {
      aws: { usd: 3.5, service: 'Amazon API Gateway, REST API (first 333 million)', region: 'us-east-1', ...S90 },
      gcp: { usd: 3, service: 'API Gateway (after the first 2 million)', region: 'us-central1', ...S90 },
      azure: { usd: 4.2, service: 'API Management, Consumption tier', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'managed-db-node-hour',
    label: { en: 'Managed relational database, per node-hour', fr: 'Base relationnelle managée, par nœud-heure' },
    unit: 'node-hour',
    prices: {
      aws: { usd: 0.178, service: 'Amazon RDS for PostgreSQL, db.m5.large, Single-AZ', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.139, service: 'Cloud SQL for PostgreSQL Enterprise, 2 vCPU + 8 GB', region: 'us-central1', ...S90 },
      azure: { usd: 0.178, service: 'Azure Database for PostgreSQL Flexible Server, General Purpose 2 vCores', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'cache-node-hour',
    label: { en: 'Managed in-memory cache, per node-hour', fr: 'Cache en mémoire managé, par nœud-heure' },
    unit: 'node-hour',
    prices: {
      aws: { usd: 0.156, service: 'Amazon ElastiCache, cache.m5.large', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.16, service: 'Memorystore for Redis, Basic tier, 6 GB', region: 'us-central1', ...S90 },
      azure: { usd: 0.1, service: 'Azure Cache for Redis, Basic C2 (6 GB)', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'warehouse-node-hour',
    label: { en: 'Data warehouse, per node-hour', fr: 'Entrepôt de données, par nœud-heure' },
    unit: 'node-hour',
    prices: {
      aws: { usd: 1.086, service: 'Amazon Redshift, ra3.xlplus node', region: 'us-east-1', ...S90 },
      gcp: { usd: 2, service: 'BigQuery Standard edition, 50 slots taken as one node ($0.04 per slot-hour)', region: 'us-central1', ...S90 },
      azure: { usd: 1.2, service: 'Azure Synapse dedicated SQL pool, DW100c', region: 'eastus', ...S90 },
    },
  },
  {
    key: 'managed-airflow-hour',
    label: { en: 'Managed Airflow environment, per hour', fr: 'Environnement Airflow managé, par heure' },
    unit: 'hour',
    prices: {
      aws: { usd: 0.49, service: 'Amazon MWAA, small environment', region: 'us-east-1', ...S90 },
      gcp: { usd: 0.5, service: 'Cloud Composer, small environment', region: 'us-central1', ...S90 },
      azure: { usd: 0.49, service: 'Data Factory Workflow Orchestration Manager, small', region: 'eastus', ...S90 },
    },
  },
];
