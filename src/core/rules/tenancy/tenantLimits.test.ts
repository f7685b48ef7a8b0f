import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { tenantLimits } from './tenantLimits';

const tenancy = fields({ patterns: ['multi-tenancy'] });

/** Tenant app → gateway → assistant (a shared LLM server) and → profile service. */
const saas = (entry: Record<string, unknown> = {}, assistantProps: Record<string, unknown> = {}, profileProps: Record<string, unknown> = {}) =>
  design(
    node('web', 'web-client', { label: 'Tenant app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('llm', 'llm-server', { label: 'Assistant', props: assistantProps }),
    node('profiles', 'microservice', { label: 'Profiles', props: profileProps }),
    node('db', 'relational-db'),
    edge('e1', 'web', 'gw', entry),
    edge('e2', 'gw', 'llm'),
    edge('e3', 'gw', 'profiles'),
    edge('e4', 'profiles', 'db'),
    tenancy,
  );

describe('tenancy/tenant-limits', () => {
  it('fires on a client entry from which shared components are reached without any rate limit', () => {
    const found = findings(tenantLimits, saas());
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(found[0]!.nodes).toEqual(['web', 'llm', 'profiles']);
    expect(messageOf(tenantLimits, found[0]!)).toBe('Requests from Tenant app reach 2 shared components, among them Assistant, without passing through a rate limit: one tenant can use up the capacity all share.');
    expect(messageOf(tenantLimits, found[0]!, 'fr')).toBe('Les requêtes de Tenant app atteignent 2 composants mutualisés, dont Assistant, sans passer par une limite de débit\u00a0: un locataire peut épuiser la capacité que tous partagent.');
  });

  it('does not count components dedicated to one tenant', () => {
    const found = findings(tenantLimits, saas({}, {}, { tenancy: 'silo' }));
    expect(found[0]!.nodes).toEqual(['web', 'llm']);
    expect(messageOf(tenantLimits, found[0]!)).toBe('Requests from Tenant app reach the shared component Assistant without passing through a rate limit: one tenant can use up the capacity all share.');
  });

  it('does not fire with a limit at the entry, or in front of each shared component', () => {
    expect(findings(tenantLimits, saas({ resilience: { rateLimitRps: 50 } }))).toEqual([]);
    const d = saas();
    const edges = d.edges.map((e) => (e.id === 'e2' || e.id === 'e3' ? { ...e, resilience: { ...e.resilience, rateLimitRps: 20 } } : e));
    expect(findings(tenantLimits, { ...d, edges })).toEqual([]);
  });

  it('does not fire on asynchronous ingestion', () => {
    const devices = design(node('iot', 'iot-device'), node('k', 'kafka'), node('job', 'flink-job'), edge('e', 'iot', 'k', { mode: 'async' }), edge('f', 'k', 'job', { mode: 'async' }), tenancy);
    expect(findings(tenantLimits, devices)).toEqual([]);
  });

  it('does not run without multi-tenancy declared', () => {
    const d = design(node('web', 'web-client'), node('svc', 'microservice'), edge('e', 'web', 'svc'));
    expect(findings(tenantLimits, d)).toEqual([]);
  });
});
