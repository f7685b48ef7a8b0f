import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { gatewayAuthn } from './gatewayAuthn';

const entry = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Public API' }),
    node('svc', 'microservice'),
    edge('e1', 'web', 'gw', { security: { tls: true } }),
    edge('e2', 'gw', 'svc'),
    ...extra,
  );

describe('integration/gateway-authn', () => {
  it('fires on client traffic entering a gateway without authentication', () => {
    const found = findings(gatewayAuthn, entry());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'gw']);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(gatewayAuthn, found[0]!)).toBe('Requests from Web app enter the gateway Public API without authentication.');
    expect(messageOf(gatewayAuthn, found[0]!, 'fr')).toBe('Les requêtes de Web app entrent dans la passerelle Public API sans authentification.');
  });

  it('also fires behind a CDN or WAF that clients call', () => {
    const d = design(node('web', 'web-client'), node('cdn', 'cdn', { label: 'CDN' }), node('gw', 'api-gateway', { label: 'API' }), edge('a', 'web', 'cdn'), edge('b', 'cdn', 'gw'));
    const found = findings(gatewayAuthn, d);
    expect(found.map((f) => f.edges)).toEqual([['b']]);
    expect(messageOf(gatewayAuthn, found[0]!)).toBe('Requests from CDN enter the gateway API without authentication.');
  });

  it('does not fire when the entry is authenticated, nor on the gateway’s own calls', () => {
    const d = entry();
    d.edges[0] = { ...d.edges[0]!, security: { tls: true, mtls: false, authn: 'jwt' } };
    expect(findings(gatewayAuthn, d)).toEqual([]);
  });

  it('its fix requires OIDC for users’ apps, OAuth 2 for partner systems, mTLS for devices', () => {
    const d = entry(
      node('partner', 'external-system'),
      node('sensor', 'iot-device'),
      edge('e3', 'partner', 'gw'),
      edge('e4', 'sensor', 'gw'),
    );
    const found = findings(gatewayAuthn, d);
    const fixOf = (id: string) => found.find((f) => f.edges[0] === id)!;
    expect(fixOf('e1').fix!.label).toEqual({ en: 'Require OIDC', fr: 'Exiger OIDC' });
    expect(applyFix(d, fixOf('e1')).edges[0]!.security).toEqual({ tls: true, mtls: false, authn: 'oidc' });
    expect(applyFix(d, fixOf('e3')).edges.find((e) => e.id === 'e3')!.security.authn).toBe('oauth2');
    expect(applyFix(d, fixOf('e4')).edges.find((e) => e.id === 'e4')!.security).toEqual({ tls: true, mtls: true, authn: 'mtls' });
    let fixed = d;
    for (const id of ['e1', 'e3', 'e4']) fixed = applyFix(fixed, findings(gatewayAuthn, fixed).find((f) => f.edges[0] === id)!);
    expect(findings(gatewayAuthn, fixed)).toEqual([]);
  });
});
