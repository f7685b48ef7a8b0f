import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { zeroTrustAuthn } from './zeroTrustAuthn';

const zeroTrust = fields({ patterns: ['zero-trust'] });

const shop = (gwToOrders: Record<string, unknown> = {}, ordersToDb: Record<string, unknown> = {}) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    node('partner', 'legacy-system', { label: 'Mainframe' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'orders', gwToOrders),
    edge('e3', 'orders', 'db', { protocol: 'sql', ...ordersToDb }),
    edge('e4', 'orders', 'partner'),
    zeroTrust,
  );

const jwt = { security: { tls: true, authn: 'jwt' } };

describe('security/zero-trust-authn', () => {
  it('reports the internal connections that authenticate nobody in one finding', () => {
    const found = findings(zeroTrustAuthn, shop());
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e2', 'e3']);
    expect(messageOf(zeroTrustAuthn, found[0]!)).toBe('2 internal connections do not authenticate their caller, among them Gateway → Orders.');
    expect(messageOf(zeroTrustAuthn, found[0]!, 'fr')).toBe('2 connexions internes n’authentifient pas l’appelant, dont Gateway → Orders.');
  });

  it('names the connection when there is one', () => {
    const found = findings(zeroTrustAuthn, shop(jwt));
    expect(messageOf(zeroTrustAuthn, found[0]!)).toBe('The internal connection Orders → Orders DB does not authenticate its caller.');
  });

  it('does not fire when every internal connection authenticates (client and external edges are not internal)', () => {
    expect(findings(zeroTrustAuthn, shop(jwt, { security: { tls: true, authn: 'iam' } }))).toEqual([]);
  });

  it('does not run without zero trust declared', () => {
    expect(findings(zeroTrustAuthn, design(node('a', 'microservice'), node('b', 'microservice'), edge('e', 'a', 'b')))).toEqual([]);
  });

  it('its fix authenticates with workload certificates (mTLS) and the finding goes', () => {
    const d = shop(jwt);
    const fixed = applyFix(d, findings(zeroTrustAuthn, d)[0]!);
    expect(fixed.edges.find((e) => e.id === 'e3')!.security).toEqual({ tls: true, mtls: true, authn: 'mtls' });
    expect(fixed.edges.find((e) => e.id === 'e2')!.security.authn).toBe('jwt');
    expect(findings(zeroTrustAuthn, fixed)).toEqual([]);
  });
});
