import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { zeroTrustPep } from './zeroTrustPep';

const zeroTrust = fields({ patterns: ['zero-trust'] });

/** The right way: every request enters through a gateway (a PEP) that asks the PDP. */
const guarded = (...parts: Part[]) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    node('opa', 'policy-decision-point', { label: 'OPA' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'orders'),
    edge('e3', 'orders', 'db'),
    edge('ask', 'gw', 'opa', { protocol: 'grpc' }),
    zeroTrust,
    ...parts,
  );

describe('security/zero-trust-pep', () => {
  it('does not fire when every client path passes a PEP that consults a PDP', () => {
    expect(findings(zeroTrustPep, guarded())).toEqual([]);
  });

  it('fires on a resource a client reaches without an enforcement point', () => {
    const d = guarded(node('scoring', 'triton', { label: 'Scoring' }), edge('e4', 'web', 'scoring'));
    const found = findings(zeroTrustPep, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'scoring']);
    expect(found[0]!.edges).toEqual(['e4']);
    expect(messageOf(zeroTrustPep, found[0]!)).toBe('Web app reaches Scoring without passing through a policy enforcement point (PEP).');
    expect(messageOf(zeroTrustPep, found[0]!, 'fr')).toBe('Web app atteint Scoring sans passer par un point d’application des politiques (PEP).');
  });

  it('looks through load balancers and lets clients reach the identity provider directly', () => {
    const d = guarded(
      node('lb', 'load-balancer'),
      node('scoring', 'triton', { label: 'Scoring' }),
      node('idp', 'identity-provider'),
      edge('e4', 'web', 'lb'),
      edge('e5', 'lb', 'scoring'),
      edge('e6', 'web', 'idp'),
    );
    const found = findings(zeroTrustPep, d);
    expect(found.map((f) => f.nodes)).toEqual([['web', 'scoring']]);
    expect(found[0]!.edges).toEqual(['e5']);
  });

  it('its fix puts a PEP in front that consults the PDP, and the finding goes', () => {
    const d = guarded(node('scoring', 'triton', { label: 'Scoring' }), edge('e4', 'web', 'scoring', { protocol: 'grpc' }));
    const fixed = applyFix(d, findings(zeroTrustPep, d)[0]!);
    const pep = fixed.nodes.find((n) => n.type === 'policy-enforcement-point')!;
    expect(pep.label).toBe('Scoring PEP');
    expect(fixed.edges.find((e) => e.id === 'e4')!.target).toBe(pep.id);
    expect(fixed.edges.some((e) => e.source === pep.id && e.target === 'scoring' && e.protocol === 'grpc')).toBe(true);
    expect(fixed.edges.some((e) => e.source === pep.id && e.target === 'opa')).toBe(true);
    expect(findings(zeroTrustPep, fixed)).toEqual([]);
  });

  it('says when there is no PDP, and its fix adds one that the PEPs consult', () => {
    const d = design(
      node('web', 'web-client'), node('gw', 'api-gateway', { label: 'Gateway' }), node('orders', 'microservice'),
      edge('e1', 'web', 'gw'), edge('e2', 'gw', 'orders'), zeroTrust,
    );
    const found = findings(zeroTrustPep, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['gw']);
    expect(messageOf(zeroTrustPep, found[0]!)).toBe('The design has no policy decision point (PDP) for its enforcement points to consult.');
    const fixed = applyFix(d, found[0]!, 'fr');
    const pdp = fixed.nodes.find((n) => n.type === 'policy-decision-point')!;
    expect(pdp.label).toBe('Point de décision de politique');
    const query = fixed.edges.find((e) => e.source === 'gw' && e.target === pdp.id)!;
    expect(query).toMatchObject({ mode: 'sync', security: { tls: true, mtls: true, authn: 'mtls' }, resilience: { timeoutMs: 10 } });
    expect(findings(zeroTrustPep, fixed)).toEqual([]);
  });

  it('says which enforcement points do not consult the PDP; a WAF in front of a gateway need not', () => {
    const d = design(
      node('web', 'web-client'),
      node('waf', 'waf', { label: 'WAF' }),
      node('gw', 'api-gateway', { label: 'Gateway' }),
      node('orders', 'microservice'),
      node('opa', 'policy-decision-point'),
      edge('e1', 'web', 'waf'), edge('e2', 'waf', 'gw'), edge('e3', 'gw', 'orders'),
      zeroTrust,
    );
    const found = findings(zeroTrustPep, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['gw']);
    expect(messageOf(zeroTrustPep, found[0]!)).toBe('The policy enforcement point Gateway consults no policy decision point.');
    expect(messageOf(zeroTrustPep, found[0]!, 'fr')).toBe('Le point d’application des politiques Gateway ne consulte aucun point de décision.');
    const fixed = applyFix(d, found[0]!);
    expect(findings(zeroTrustPep, fixed)).toEqual([]);
  });

  it('does not run without zero trust declared', () => {
    const d = design(node('web', 'web-client'), node('svc', 'microservice'), edge('e', 'web', 'svc'));
    expect(findings(zeroTrustPep, d)).toEqual([]);
  });
});
