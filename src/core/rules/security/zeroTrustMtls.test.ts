import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { zeroTrustMtls } from './zeroTrustMtls';

const zeroTrust = fields({ patterns: ['zero-trust'] });
const mtls = { security: { tls: true, mtls: true, authn: 'mtls' } };

const shop = (...overrides: Record<string, unknown>[]) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    edge('e1', 'web', 'gw', { security: { tls: true, authn: 'oidc' } }),
    edge('e2', 'gw', 'orders', overrides[0] ?? {}),
    edge('e3', 'orders', 'db', overrides[1] ?? {}),
    zeroTrust,
  );

describe('security/zero-trust-mtls', () => {
  it('reports the internal connections without mTLS in one finding', () => {
    const found = findings(zeroTrustMtls, shop());
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e2', 'e3']);
    expect(messageOf(zeroTrustMtls, found[0]!)).toBe('2 internal connections lack mutual TLS, among them Gateway → Orders.');
    expect(messageOf(zeroTrustMtls, found[0]!, 'fr')).toBe('2 connexions internes n’ont pas de TLS mutuel, dont Gateway → Orders.');
  });

  it('names the connection when only one lacks mTLS', () => {
    const found = findings(zeroTrustMtls, shop(mtls));
    expect(found[0]!.edges).toEqual(['e3']);
    expect(messageOf(zeroTrustMtls, found[0]!)).toBe('The internal connection Orders → Orders DB lacks mutual TLS.');
  });

  it('does not fire when every internal connection has mTLS, whatever the client connection does', () => {
    expect(findings(zeroTrustMtls, shop(mtls, mtls))).toEqual([]);
  });

  it('does not run when the design does not declare zero trust', () => {
    const d = design(node('a', 'microservice'), node('b', 'microservice'), edge('e', 'a', 'b'));
    expect(findings(zeroTrustMtls, d)).toEqual([]);
  });

  it('its fix turns on TLS and mTLS everywhere inside, keeping a stated authentication', () => {
    const d = shop({ security: { tls: true, authn: 'jwt' } });
    const fixed = applyFix(d, findings(zeroTrustMtls, d)[0]!);
    expect(findings(zeroTrustMtls, fixed)).toEqual([]);
    expect(fixed.edges.find((e) => e.id === 'e2')!.security).toEqual({ tls: true, mtls: true, authn: 'jwt' });
    expect(fixed.edges.find((e) => e.id === 'e3')!.security).toEqual({ tls: true, mtls: true, authn: 'mtls' });
    expect(fixed.edges.find((e) => e.id === 'e1')!.security.mtls).toBe(false);
  });
});
