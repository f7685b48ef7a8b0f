import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { gatewayRateLimit } from './gatewayRateLimit';

const entry = (workload: Record<string, unknown> = {}, ...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Public API', props: { replicas: 3, throughputPerReplicaRps: 2_000 } }),
    node('svc', 'microservice'),
    edge('e1', 'web', 'gw', { security: { tls: true, authn: 'oidc' } }),
    edge('e2', 'gw', 'svc'),
    fields({ workload }),
    ...extra,
  );

describe('integration/gateway-rate-limit', () => {
  it('fires on client traffic entering a gateway with no rate limit', () => {
    const found = findings(gatewayRateLimit, entry({ peakRps: 1_000 }));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'gw']);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(gatewayRateLimit, found[0]!)).toBe('Requests from Web app enter the gateway Public API with no rate limit.');
    expect(messageOf(gatewayRateLimit, found[0]!, 'fr')).toBe('Les requêtes de Web app entrent dans la passerelle Public API sans limite de débit.');
  });

  it('does not fire with a limit on the entry, or on every client connection into a pass-through', () => {
    const d = entry();
    d.edges[0] = { ...d.edges[0]!, resilience: { ...d.edges[0]!.resilience, rateLimitRps: 500 } };
    expect(findings(gatewayRateLimit, d)).toEqual([]);
    const waf = design(
      node('web', 'web-client'), node('waf', 'waf'), node('gw', 'api-gateway'),
      edge('a', 'web', 'waf', { resilience: { rateLimitRps: 800 } }), edge('b', 'waf', 'gw'),
    );
    expect(findings(gatewayRateLimit, waf)).toEqual([]);
    expect(findings(gatewayRateLimit, { ...waf, edges: [{ ...waf.edges[0]!, resilience: { retries: 0, circuitBreaker: false } }, waf.edges[1]!] }).map((f) => f.edges)).toEqual([['b']]);
  });

  it('its fix sets the peak plus the headroom', () => {
    const d = entry({ peakRps: 1_000, headroomPct: 30 });
    const found = findings(gatewayRateLimit, d)[0]!;
    expect(found.fix!.label).toEqual({ en: 'Limit to 1,300 requests/s', fr: 'Limiter à 1\u202f300\u00a0requêtes/s' });
    const fixed = applyFix(d, found);
    expect(fixed.edges[0]!.resilience.rateLimitRps).toBe(1_300);
    expect(fixed.edges[0]!.security.authn).toBe('oidc');
    expect(findings(gatewayRateLimit, fixed)).toEqual([]);
  });

  it('prefers the gateway’s own entry rate, then its capacity when no peak is stated', () => {
    const perEntry = entry({ peakRps: 1_000, headroomPct: 50, entryRps: { gw: 400 } });
    expect(applyFix(perEntry, findings(gatewayRateLimit, perEntry)[0]!).edges[0]!.resilience.rateLimitRps).toBe(600);
    const unknown = entry({ peakRps: 0 });
    expect(applyFix(unknown, findings(gatewayRateLimit, unknown)[0]!).edges[0]!.resilience.rateLimitRps).toBe(6_000);
  });
});
