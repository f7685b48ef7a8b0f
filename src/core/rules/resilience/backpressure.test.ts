import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { backpressure } from './backpressure';

const fanIn = (...extra: Parameters<typeof design>) =>
  design(
    node('search', 'microservice', { label: 'Search' }),
    node('feed', 'microservice', { label: 'Feed' }),
    node('ads', 'microservice', { label: 'Ads' }),
    node('embed', 'triton', { label: 'Embedder', props: { replicas: 2, throughputPerReplicaRps: 300 } }),
    edge('a', 'search', 'embed'),
    edge('b', 'feed', 'embed'),
    edge('c', 'ads', 'embed'),
    ...extra,
  );

describe('resilience/backpressure', () => {
  it('fires on a model server called synchronously by three callers with no limit and no queue', () => {
    const found = findings(backpressure, fanIn());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['embed', 'search', 'feed', 'ads']);
    expect(found[0]!.edges).toEqual(['a', 'b', 'c']);
    expect(messageOf(backpressure, found[0]!)).toBe('Embedder takes synchronous calls from 3 callers with no rate limit and no queue in front.');
    expect(messageOf(backpressure, found[0]!, 'fr')).toBe('Embedder reçoit des appels synchrones de 3 appelants sans limite de débit ni file en amont.');
  });

  it('does not fire with two callers, a rate limit, a queue in front, or asynchronous callers', () => {
    const two = design(node('a', 'microservice'), node('b', 'microservice'), node('m', 'triton'), edge('x', 'a', 'm'), edge('y', 'b', 'm'));
    expect(findings(backpressure, two)).toEqual([]);
    const limited = fanIn();
    limited.edges[0] = { ...limited.edges[0]!, resilience: { ...limited.edges[0]!.resilience, rateLimitRps: 100 } };
    expect(findings(backpressure, limited)).toEqual([]);
    expect(findings(backpressure, fanIn(node('q', 'message-queue'), edge('d', 'q', 'embed', { mode: 'async' })))).toEqual([]);
    const queued = design(
      node('a', 'microservice'), node('b', 'microservice'), node('c', 'microservice'), node('m', 'triton'),
      edge('x', 'a', 'm', { mode: 'async' }), edge('y', 'b', 'm', { mode: 'async' }), edge('z', 'c', 'm'),
    );
    expect(findings(backpressure, queued)).toEqual([]);
  });

  it('its fix shares the capacity out as rate limits on the incoming calls', () => {
    const d = fanIn();
    const fixed = applyFix(d, findings(backpressure, d)[0]!);
    expect(fixed.edges.map((e) => e.resilience.rateLimitRps)).toEqual([200, 200, 200]);
    expect(findings(backpressure, fixed)).toEqual([]);
  });
});
