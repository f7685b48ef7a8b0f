import { describe, expect, it } from 'vitest';
import { design, edge, group, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { chattyCrossRegion } from './chattyCrossRegion';

/** Web app → gateway (EU) → pricing (US) → catalogue (EU): two synchronous crossings by default. */
const pingPong = (pricingToCatalogue: Record<string, unknown> = {}, ...parts: Part[]) =>
  design(
    group('eu', 'region', { label: 'EU' }),
    group('us', 'region', { label: 'US' }),
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway', parent: 'eu' }),
    node('pricing', 'microservice', { label: 'Pricing', parent: 'us' }),
    node('catalogue', 'microservice', { label: 'Catalogue', parent: 'eu' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'pricing'),
    edge('e3', 'pricing', 'catalogue', pricingToCatalogue),
    ...parts,
  );

describe('anti-pattern/chatty-cross-region', () => {
  it('fires when one request path crosses regions synchronously more than once', () => {
    const found = findings(chattyCrossRegion, pingPong());
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e2', 'e3']);
    expect(found[0]!.nodes).toEqual(['web', 'gw', 'pricing', 'catalogue']);
    expect(messageOf(chattyCrossRegion, found[0]!)).toBe('A request from Web app crosses regions synchronously 2 times on one path, first from Gateway to Pricing.');
    expect(messageOf(chattyCrossRegion, found[0]!, 'fr')).toBe('Une requête de Web app traverse des régions de façon synchrone 2 fois sur un même chemin, d’abord de Gateway vers Pricing.');
  });

  it('fires on a cross-region call made several times per request, stated by the edge’s fact too', () => {
    const d = design(
      node('svc', 'microservice', { label: 'Checkout' }),
      node('tax', 'microservice', { label: 'Tax' }),
      edge('e1', 'svc', 'tax', { callsPerRequest: 5, props: { crossRegion: true } }),
    );
    const found = findings(chattyCrossRegion, d);
    expect(found.map((f) => f.edges)).toEqual([['e1']]);
    expect(messageOf(chattyCrossRegion, found[0]!)).toBe('Checkout calls Tax in another region 5 times per request.');
    expect(messageOf(chattyCrossRegion, found[0]!, 'fr')).toBe('Checkout appelle Tax, dans une autre région, 5 fois par requête.');
  });

  it('does not fire on a single synchronous crossing, nor when the second is asynchronous', () => {
    expect(findings(chattyCrossRegion, pingPong({ mode: 'async' }))).toEqual([]);
    const one = pingPong({}, node('local', 'microservice', { parent: 'us' }));
    const edges = one.edges.map((e) => (e.id === 'e3' ? { ...e, target: 'local' } : e));
    expect(findings(chattyCrossRegion, { ...one, edges })).toEqual([]);
  });

  it('reports a shared path once when several clients take it', () => {
    const d = pingPong({}, node('mobile', 'mobile-client'), edge('e0', 'mobile', 'gw'));
    expect(findings(chattyCrossRegion, d)).toHaveLength(1);
  });
});
