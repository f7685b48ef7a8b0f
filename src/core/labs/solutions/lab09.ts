/** Lab 9 reference solution: a retrieval-augmented assistant for health insurance advisers, built on the blank start. */
import type { Design } from '../../model/types';
import { decision, edge, group, node } from '../../testing/builders';
import { call, tls } from './common';
import { extend } from './extend';

const mtls = tls('mtls', true);
const telemetry = (id: string, source: string) => edge(id, source, 'otel', { mode: 'async', protocol: 'grpc', security: mtls, props: { carries: 'telemetry' } });

const ADRS = [
  'Retrieval-augmented generation over the contracts instead of fine-tuning',
  'A 7B model served on GPU instances in the EU region, not a public API',
  'Zero trust: every call authenticated with mTLS and checked by a policy decision point',
  'Health data encrypted at rest with keys held in a KMS',
  'Two availability zones for every component of the answer path',
];

export function lab09Solution(start: Design): Design {
  return extend(start, {
    groups: [group('assistant-system', 'system', { label: 'Advisers’ assistant' })],
    nodes: [
      node('advisers', 'web-client', { label: 'Advisers' }),
      node('gateway', 'api-gateway', { label: 'API gateway', parent: 'assistant-system' }),
      node('idp', 'identity-provider', { label: 'Identity provider', parent: 'assistant-system' }),
      node('pdp', 'policy-decision-point', { label: 'Policy decision point', parent: 'assistant-system' }),
      node('assistant', 'microservice', { label: 'Assistant service', parent: 'assistant-system', props: { replicas: 2, zones: 2 } }),
      node('retrieval', 'vector-db', { label: 'Contract passages', parent: 'assistant-system' }),
      node('llm', 'llm-server', { label: 'Language model', parent: 'assistant-system', props: { instanceType: 'aws:g5.xlarge', gpusPerReplica: 1, replicas: 4, zones: 2, throughputPerReplicaRps: 8, latencyP50Ms: 700, latencyP99Ms: 2000 } }),
      node('kms', 'key-management', { label: 'Key management', parent: 'assistant-system' }),
      node('audit', 'audit-log', { label: 'Audit log', parent: 'assistant-system' }),
      node('otel', 'otel-collector', { label: 'OpenTelemetry collector', parent: 'assistant-system' }),
    ],
    edges: [
      edge('advisers-gateway', 'advisers', 'gateway', { security: tls('oidc'), resilience: { timeoutMs: 3000, retries: 0, circuitBreaker: false, rateLimitRps: 40 } }),
      edge('advisers-idp', 'advisers', 'idp', { security: tls('oidc'), resilience: call(2000) }),
      edge('gateway-pdp', 'gateway', 'pdp', { protocol: 'grpc', security: mtls, resilience: call(20) }),
      edge('gateway-assistant', 'gateway', 'assistant', { protocol: 'grpc', security: mtls, resilience: call(2800, true) }),
      edge('assistant-retrieval', 'assistant', 'retrieval', { protocol: 'grpc', security: mtls, resilience: call(100, true), props: { access: 'read' } }),
      edge('assistant-llm', 'assistant', 'llm', { protocol: 'grpc', security: mtls, resilience: call(2500, true) }),
      edge('assistant-audit', 'assistant', 'audit', { mode: 'async', security: mtls, props: { access: 'write' } }),
      telemetry('gateway-telemetry', 'gateway'),
    ],
    decisions: ADRS.map((title, i) => decision(`adr-${i + 1}`, i + 1, { title, status: 'accepted' })),
    patterns: ['high-availability', 'zero-trust'],
  });
}
