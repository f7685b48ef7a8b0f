/** Lab 5 reference solution: a gateway, an anti-corruption layer and events, built on the lab's starting design. */
import type { Design } from '../../model/types';
import { decision, edge, node } from '../../testing/builders';
import { call, tls } from './common';
import { extend } from './extend';

export function lab05Solution(start: Design): Design {
  return extend(start, {
    remove: ['handlers-portal', 'garages-triage', 'portal-mainframe', 'triage-mainframe', 'triage-db'],
    nodes: [
      node('gateway', 'api-gateway', { label: 'API gateway', parent: 'is' }),
      node('acl', 'anti-corruption-layer', { label: 'Contracts ACL', parent: 'is' }),
      node('claim-events', 'kafka', { label: 'Claim events', parent: 'is' }),
    ],
    edges: [
      edge('handlers-gateway', 'handlers', 'gateway', { security: tls('oidc'), resilience: { timeoutMs: 1500, retries: 0, circuitBreaker: false, rateLimitRps: 100 } }),
      edge('garages-gateway', 'garages', 'gateway', { security: tls('oauth2'), resilience: { timeoutMs: 1500, retries: 0, circuitBreaker: false, rateLimitRps: 50 } }),
      edge('gateway-portal', 'gateway', 'portal', { security: tls('jwt'), resilience: call(1200, true) }),
      edge('gateway-triage', 'gateway', 'triage', { security: tls('jwt'), resilience: call(1200, true) }),
      edge('portal-acl', 'portal', 'acl', { security: tls('mtls', true), resilience: call(900, true) }),
      edge('triage-acl', 'triage', 'acl', { security: tls('mtls', true), resilience: call(900, true) }),
      edge('acl-mainframe', 'acl', 'mainframe', { protocol: 'tcp', security: tls('mtls', true), resilience: call(800, true) }),
      edge('triage-events', 'triage', 'claim-events', { mode: 'async', protocol: 'kafka', security: tls('iam'), props: { access: 'write', idempotent: true } }),
      edge('events-portal', 'claim-events', 'portal', { mode: 'async', protocol: 'kafka', security: tls('iam') }),
    ],
    decisions: [
      decision('adr-1', 1, { title: 'Migrate the mainframe one domain at a time behind an anti-corruption layer', status: 'accepted', links: ['acl', 'mainframe'] }),
      decision('adr-2', 2, { title: 'Microservices and events rather than an enterprise service bus', status: 'accepted', links: ['claim-events'] }),
    ],
  });
}
