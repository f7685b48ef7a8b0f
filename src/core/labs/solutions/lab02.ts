/** Lab 2 reference solution: a Lambda feature pipeline on Kafka, built on the blank start. */
import type { Design } from '../../model/types';
import { edge, group, node } from '../../testing/builders';
import { call, tls } from './common';
import { extend } from './extend';

export function lab02Solution(start: Design): Design {
  const async = (id: string, source: string, target: string, access = 'write') =>
    edge(id, source, target, { mode: 'async', protocol: 'kafka', security: tls('iam'), props: { access, idempotent: true } });
  return extend(start, {
    groups: [group('pipeline', 'system', { label: 'Delivery-time features' })],
    nodes: [
      node('app', 'mobile-client', { label: 'Customer app' }),
      node('orders', 'external-system', { label: 'Order service' }),
      node('gateway', 'api-gateway', { label: 'API gateway', parent: 'pipeline' }),
      node('events', 'kafka', { label: 'Order events', parent: 'pipeline' }),
      node('master', 'data-lake', { label: 'Master dataset', parent: 'pipeline', props: { tableFormat: 'delta' } }),
      node('speed', 'flink-job', { label: 'Real-time features', parent: 'pipeline' }),
      node('batch', 'spark-job', { label: 'Nightly features', parent: 'pipeline' }),
      node('online', 'feature-store-online', { label: 'Online features', parent: 'pipeline' }),
      node('offline', 'feature-store-offline', { label: 'Feature history', parent: 'pipeline' }),
      node('versions', 'data-versioning', { label: 'Dataset versions', parent: 'pipeline' }),
      node('training', 'training-job', { label: 'ETA training', parent: 'pipeline' }),
      node('registry', 'model-registry', { label: 'Model registry', parent: 'pipeline' }),
      node('model', 'triton', { label: 'ETA model', parent: 'pipeline', props: { replicas: 4, zones: 2 } }),
      node('quality', 'model-monitoring', { label: 'Data quality and drift', parent: 'pipeline' }),
      node('dlq', 'dead-letter-queue', { label: 'Rejected events', parent: 'pipeline' }),
    ],
    edges: [
      edge('app-gateway', 'app', 'gateway', { security: tls('oidc'), resilience: { timeoutMs: 200, retries: 0, circuitBreaker: false, rateLimitRps: 2000 } }),
      edge('gateway-model', 'gateway', 'model', { protocol: 'grpc', security: tls('mtls', true), resilience: call(150, true) }),
      edge('model-online', 'model', 'online', { protocol: 'redis', security: tls('iam'), resilience: call(10), props: { access: 'read' } }),
      async('orders-events', 'orders', 'events'),
      async('events-master', 'events', 'master'),
      async('events-speed', 'events', 'speed', 'read'),
      async('speed-online', 'speed', 'online'),
      async('speed-dlq', 'speed', 'dlq'),
      edge('speed-quality', 'speed', 'quality', { mode: 'async', security: tls('iam'), props: { carries: 'telemetry' } }),
      edge('batch-master', 'batch', 'master', { protocol: 's3', security: tls('iam'), resilience: call(600_000), props: { access: 'read' } }),
      async('batch-offline', 'batch', 'offline'),
      async('batch-online', 'batch', 'online'),
      async('batch-versions', 'batch', 'versions'),
      edge('training-versions', 'training', 'versions', { protocol: 's3', security: tls('iam'), resilience: call(600_000), props: { access: 'read', pinnedVersion: true } }),
      edge('training-offline', 'training', 'offline', { protocol: 's3', security: tls('iam'), resilience: call(600_000), props: { access: 'read', pinnedVersion: true } }),
      edge('training-registry', 'training', 'registry', { security: tls('iam'), resilience: call(30_000) }),
      edge('registry-model', 'registry', 'model', { mode: 'async', security: tls('iam'), props: { carries: 'models' } }),
    ],
    patterns: ['lambda'],
  });
}
