import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { gatewayInFront } from './gatewayInFront';

const direct = (...extra: Parameters<typeof design>) =>
  design(
    group('platform', 'system'),
    node('web', 'web-client', { label: 'Web app' }),
    node('scoring', 'triton', { label: 'Scoring', parent: 'platform' }),
    edge('call', 'web', 'scoring', { protocol: 'grpc', security: { tls: true, authn: 'jwt' }, resilience: { timeoutMs: 300 } }),
    fields({ layout: { elements: { scoring: { x: 500, y: 100 } } } }),
    ...extra,
  );

describe('integration/gateway-in-front', () => {
  it('fires when a client calls a model server directly', () => {
    const found = findings(gatewayInFront, direct());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'scoring']);
    expect(found[0]!.edges).toEqual(['call']);
    expect(messageOf(gatewayInFront, found[0]!)).toBe('Web app calls Scoring directly, without an API gateway.');
    expect(messageOf(gatewayInFront, found[0]!, 'fr')).toBe('Web app appelle Scoring directement, sans passerelle API.');
  });

  it('does not fire through a gateway, from IoT devices, or on calls to stores', () => {
    const d = design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('svc', 'microservice'),
      node('sensor', 'iot-device'),
      node('edge-model', 'edge-runtime'),
      node('cdn', 'cdn'),
      edge('a', 'web', 'gw'),
      edge('b', 'gw', 'svc'),
      edge('c', 'sensor', 'edge-model'),
      edge('d', 'web', 'cdn'),
    );
    expect(findings(gatewayInFront, d)).toEqual([]);
  });

  it('its fix inserts an API gateway on the connection, both halves keeping its settings', () => {
    const d = direct();
    const fixed = applyFix(d, findings(gatewayInFront, d)[0]!);
    const gateway = fixed.nodes.find((n) => n.type === 'api-gateway')!;
    expect(gateway).toMatchObject({ id: 'scoring-gateway', label: 'API gateway', parent: 'platform' });
    expect(fixed.layout.elements['scoring-gateway']).toEqual({ x: 280, y: 100 });
    expect(fixed.edges.some((e) => e.id === 'call')).toBe(false);
    const into = fixed.edges.find((e) => e.source === 'web')!;
    const out = fixed.edges.find((e) => e.target === 'scoring')!;
    expect(into).toMatchObject({ target: 'scoring-gateway', protocol: 'grpc', security: { tls: true, authn: 'jwt' }, resilience: { timeoutMs: 300 } });
    expect(out).toMatchObject({ source: 'scoring-gateway', protocol: 'grpc' });
    expect(findings(gatewayInFront, fixed)).toEqual([]);
    expect(applyFix(d, findings(gatewayInFront, d)[0]!, 'fr').nodes.find((n) => n.type === 'api-gateway')!.label).toBe('Passerelle API');
  });

  it('reuses the gateway already in front of the target instead of adding a second one', () => {
    const d = direct(
      node('mobile', 'mobile-client', { label: 'Mobile app' }),
      node('gw', 'api-gateway', { label: 'Edge gateway', parent: 'platform' }),
      edge('m', 'mobile', 'gw'),
      edge('g', 'gw', 'scoring'),
    );
    const found = findings(gatewayInFront, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix!.label.en).toBe('Go through Edge gateway');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes.filter((n) => n.type === 'api-gateway')).toHaveLength(1);
    expect(fixed.edges.find((e) => e.id === 'call')).toMatchObject({ source: 'web', target: 'gw', protocol: 'grpc' });
    expect(findings(gatewayInFront, fixed)).toEqual([]);
  });

  it('when the client already reaches that gateway, the fix drops the direct call', () => {
    const d = direct(node('gw', 'api-gateway'), edge('w', 'web', 'gw'), edge('g', 'gw', 'scoring'));
    const fixed = applyFix(d, findings(gatewayInFront, d)[0]!);
    expect(fixed.edges.map((e) => e.id)).toEqual(['w', 'g']);
    expect(findings(gatewayInFront, fixed)).toEqual([]);
  });
});
