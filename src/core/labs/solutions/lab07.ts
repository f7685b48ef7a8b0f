/** Lab 7 reference solution: the home page API optimised, built on the lab's starting design. */
import type { Design } from '../../model/types';
import { edge, node } from '../../testing/builders';
import { call, tls } from './common';
import { extend } from './extend';

const telemetry = (id: string, source: string) => edge(id, source, 'otel', { mode: 'async', protocol: 'grpc', security: tls('mtls', true), props: { carries: 'telemetry' } });

export function lab07Solution(start: Design): Design {
  return extend(start, {
    remove: ['orchestrator', 'scorer', 'feature-tables'],
    nodes: [
      node('cache', 'cache', { label: 'Profile cache', parent: 'platform', props: { availabilitySlaPct: 99.99 } }),
      node('ranker', 'triton', { label: 'Ranking model (GPU)', parent: 'platform', props: { replicas: 6, zones: 2, throughputPerReplicaRps: 700, latencyP50Ms: 12, latencyP99Ms: 30, maxQueueDelayMs: 2 } }),
      node('features', 'feature-store-online', { label: 'Online features', parent: 'platform', props: { availabilitySlaPct: 99.99 } }),
      node('otel', 'otel-collector', { label: 'OpenTelemetry collector', parent: 'platform' }),
      node('traces', 'tracing', { label: 'Distributed tracing', parent: 'platform' }),
    ],
    edges: [
      edge('home-cache', 'home', 'cache', { protocol: 'redis', security: tls('iam'), resilience: call(10), props: { access: 'read' } }),
      edge('home-ranker', 'home', 'ranker', { protocol: 'grpc', security: tls('mtls', true), resilience: call(60, true) }),
      edge('ranker-features', 'ranker', 'features', { protocol: 'redis', security: tls('iam'), resilience: call(10), props: { access: 'read' } }),
      edge('otel-traces', 'otel', 'traces', { mode: 'async', protocol: 'grpc', security: tls('mtls', true), props: { carries: 'telemetry' } }),
      telemetry('home-telemetry', 'home'),
    ],
    props: { home: { replicas: 8 } },
    edgePatches: {
      'viewers-lb': { resilience: { timeoutMs: 120, retries: 0, circuitBreaker: false } },
      'lb-home': { resilience: { timeoutMs: 110, retries: 0, circuitBreaker: true } },
      // Cache-aside: the API reads the cache first and calls the profile service on a miss (10 %).
      'home-profile': { callsPerRequest: 0.1, resilience: { timeoutMs: 40, retries: 0, circuitBreaker: true } },
      'profile-db': { resilience: { timeoutMs: 20, retries: 0, circuitBreaker: false } },
    },
  });
}
