import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { encryptionInTransit } from './encryptionInTransit';

const tls = { security: { tls: true } };

const platform = () =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('logs', 'logging', { label: 'Logs' }),
    node('features', 'feature-store-online', { label: 'Online features' }),
    node('events', 'kafka', { label: 'Order events' }),
    edge('e1', 'web', 'gw', tls),
    edge('e2', 'gw', 'orders', { protocol: 'http' }),
    edge('e3', 'orders', 'logs', { mode: 'async', props: { carries: 'telemetry' } }),
    edge('e4', 'orders', 'features', { protocol: 'redis', ...tls }),
    edge('e5', 'orders', 'events', { mode: 'async', protocol: 'kafka', security: { tls: true, mtls: true, authn: 'mtls' } }),
  );

describe('security/encryption-in-transit', () => {
  it('reports each connection without TLS, logs included', () => {
    const found = findings(encryptionInTransit, platform());
    expect(found.map((f) => f.edges)).toEqual([['e2'], ['e3']]);
    expect(found[0]!.nodes).toEqual(['gw', 'orders']);
    expect(messageOf(encryptionInTransit, found[0]!)).toBe('The connection from Gateway to Orders is not encrypted with TLS.');
    expect(messageOf(encryptionInTransit, found[1]!, 'fr')).toBe('La connexion de Orders vers Logs n’est pas chiffrée par TLS.');
  });

  it('does not fire when every connection uses TLS or mTLS, nor on a person using an app', () => {
    const d = design(
      node('alice', 'person'), node('app', 'web-client'), edge('use', 'alice', 'app'), edge('e0', 'app', 'a', tls),
      node('a', 'microservice'), node('b', 'triton'), node('c', 'feature-store-online'),
      edge('e1', 'a', 'b', tls),
      edge('e2', 'b', 'c', { security: { tls: true, mtls: true, authn: 'mtls' } }),
    );
    expect(findings(encryptionInTransit, d)).toEqual([]);
  });

  it('its fix turns TLS on (HTTP becomes HTTPS) and the finding goes', () => {
    const d = platform();
    const found = findings(encryptionInTransit, d);
    const fixed = applyFix(d, found[0]!);
    const e2 = fixed.edges.find((e) => e.id === 'e2')!;
    expect(e2.security.tls).toBe(true);
    expect(e2.protocol).toBe('https');
    const logs = applyFix(fixed, findings(encryptionInTransit, fixed)[0]!);
    expect(logs.edges.find((e) => e.id === 'e3')!.security.tls).toBe(true);
    expect(findings(encryptionInTransit, logs)).toEqual([]);
  });
});
