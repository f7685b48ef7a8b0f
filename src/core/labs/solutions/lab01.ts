/** Lab 1 reference solutions: one design per use case, each built on the part's blank start. */
import type { Design } from '../../model/types';
import { edge, group, node } from '../../testing/builders';
import { call, tls } from './common';
import { extend } from './extend';

/** Real-time recommendation: gateway, recommendation service, ranker on GPUs, online features, over two zones. */
export function realtimeSolution(start: Design): Design {
  return extend(start, {
    groups: [group('platform', 'system', { label: 'Recommendation platform' })],
    nodes: [
      node('shoppers', 'web-client', { label: 'Shoppers' }),
      node('gateway', 'api-gateway', { label: 'API gateway', parent: 'platform', props: { replicas: 2, zones: 2 } }),
      node('reco', 'microservice', { label: 'Recommendation service', parent: 'platform', props: { replicas: 6, zones: 2, throughputPerReplicaRps: 500, latencyP50Ms: 5, latencyP99Ms: 20 } }),
      node('ranker', 'triton', { label: 'Ranking model', parent: 'platform', props: { replicas: 6, zones: 2, throughputPerReplicaRps: 700, latencyP50Ms: 12, latencyP99Ms: 30, maxQueueDelayMs: 2 } }),
      node('features', 'feature-store-online', { label: 'Online features', parent: 'platform', props: { replicas: 3, zones: 3, availabilitySlaPct: 99.99 } }),
    ],
    edges: [
      edge('shoppers-gateway', 'shoppers', 'gateway', { security: tls('oidc'), resilience: { timeoutMs: 150, retries: 0, circuitBreaker: false, rateLimitRps: 3000 } }),
      edge('gateway-reco', 'gateway', 'reco', { protocol: 'grpc', security: tls('mtls', true), resilience: call(120, true) }),
      edge('reco-features', 'reco', 'features', { protocol: 'redis', security: tls('iam'), resilience: call(10), props: { access: 'read' } }),
      edge('reco-ranker', 'reco', 'ranker', { protocol: 'grpc', security: tls('mtls', true), resilience: call(60, true) }),
    ],
    patterns: ['high-availability'],
  });
}

/** Batch analytics: a medallion lakehouse built by Spark jobs under Airflow, training on a pinned version. */
export function batchSolution(start: Design): Design {
  const job = (id: string, label: string) => node(id, 'spark-job', { label, parent: 'lake', props: { replicas: 2, runHoursPerDay: 2 } });
  const table = (id: string, label: string, layer: string) => node(id, 'lakehouse-table', { label, parent: 'lake', props: { tableFormat: 'iceberg', medallionLayer: layer, storageGb: 2000 } });
  const flow = (id: string, source: string, target: string, access: string) =>
    edge(id, source, target, { mode: 'async', protocol: 's3', security: tls('iam'), props: { access } });
  const trigger = (id: string, target: string) => edge(id, 'scheduler', target, { security: tls('iam'), resilience: call(3_600_000) });
  return extend(start, {
    groups: [group('lake', 'system', { label: 'Sales lakehouse' })],
    nodes: [
      node('stores', 'external-system', { label: 'Store tills' }),
      job('ingest', 'Nightly ingestion'),
      table('bronze', 'Sales (bronze)', 'bronze'),
      job('clean', 'Cleaning and deduplication'),
      table('silver', 'Sales (silver)', 'silver'),
      job('aggregate', 'Daily aggregates'),
      table('gold', 'Sales by store and day (gold)', 'gold'),
      node('scheduler', 'airflow', { label: 'Scheduler', parent: 'lake', props: { replicas: 2, zones: 2 } }),
      node('training', 'training-job', { label: 'Forecast training', parent: 'lake', props: { replicas: 1, runHoursPerDay: 1 } }),
      node('registry', 'model-registry', { label: 'Model registry', parent: 'lake' }),
    ],
    edges: [
      flow('stores-ingest', 'stores', 'ingest', 'write'),
      flow('ingest-bronze', 'ingest', 'bronze', 'write'),
      flow('bronze-clean', 'bronze', 'clean', 'read'),
      flow('clean-silver', 'clean', 'silver', 'write'),
      flow('silver-aggregate', 'silver', 'aggregate', 'read'),
      flow('aggregate-gold', 'aggregate', 'gold', 'write'),
      edge('training-gold', 'training', 'gold', { protocol: 's3', security: tls('iam'), resilience: call(600_000), props: { access: 'read', pinnedVersion: true } }),
      edge('training-registry', 'training', 'registry', { security: tls('iam'), resilience: call(30_000) }),
      trigger('scheduler-ingest', 'ingest'),
      trigger('scheduler-clean', 'clean'),
      trigger('scheduler-aggregate', 'aggregate'),
      trigger('scheduler-training', 'training'),
    ],
    patterns: ['lakehouse'],
  });
}

/** Edge IoT: sensors and a fog node that infers locally on each site; summaries up, models down, federated training. */
export function edgeSolution(start: Design): Design {
  return extend(start, {
    groups: [group('site', 'edge-site', { label: 'Warehouse site' }), group('cloud', 'system', { label: 'Cold-chain cloud' })],
    nodes: [
      node('sensors', 'iot-device', { label: 'Cold-room sensors', parent: 'site', props: { eventsPerSecond: 200 } }),
      node('fog', 'fog-gateway', { label: 'Site gateway', parent: 'site', props: { replicas: 2 } }),
      node('detector', 'edge-runtime', { label: 'Failure detector', parent: 'site', props: { throughputPerReplicaRps: 400 } }),
      node('telemetry', 'kafka', { label: 'Site summaries', parent: 'cloud' }),
      node('aggregator', 'fl-aggregator', { label: 'Federated aggregator', parent: 'cloud', props: { confidentialCompute: true } }),
      node('registry', 'model-registry', { label: 'Model registry', parent: 'cloud' }),
    ],
    edges: [
      edge('sensors-fog', 'sensors', 'fog', { protocol: 'mqtt', mode: 'async', security: tls('mtls', true), props: { carries: 'raw-data' } }),
      edge('fog-detector', 'fog', 'detector', { protocol: 'grpc', security: tls('mtls', true), resilience: call(50) }),
      edge('fog-telemetry', 'fog', 'telemetry', { protocol: 'mqtt', mode: 'async', security: tls('mtls', true), props: { carries: 'summaries' } }),
      edge('fog-aggregator', 'fog', 'aggregator', { mode: 'async', security: tls('mtls', true), props: { carries: 'model-updates' } }),
      edge('aggregator-registry', 'aggregator', 'registry', { security: tls('iam'), resilience: call(30_000) }),
      edge('registry-detector', 'registry', 'detector', { mode: 'async', security: tls('mtls', true), props: { carries: 'models' } }),
    ],
    patterns: ['edge-federated'],
  });
}
