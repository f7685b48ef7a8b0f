import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { FAN_OUT_LIMIT, slowRequestPct, unboundedFanOut } from './unboundedFanOut';

const search = (calls: number, mode: 'sync' | 'async' = 'sync') =>
  design(
    node('search', 'microservice', { label: 'Search' }),
    node('shard', 'vector-db', { label: 'Index shard' }),
    edge('e1', 'search', 'shard', { callsPerRequest: calls, mode }),
  );

describe('anti-pattern/unbounded-fan-out', () => {
  it('computes the chance of meeting a slow call as Dean and Barroso do', () => {
    expect(Math.round(slowRequestPct(100))).toBe(63);
    expect(slowRequestPct(1)).toBeCloseTo(1);
  });

  it('fires on a synchronous edge with many calls per request, giving N and the percentage', () => {
    const found = findings(unboundedFanOut, search(100));
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(unboundedFanOut, found[0]!)).toBe('Search calls Index shard 100 times per request: if 1% of calls are slow, 63% of requests wait for at least one slow call.');
    expect(messageOf(unboundedFanOut, found[0]!, 'fr')).toBe('Search appelle Index shard 100 fois par requête\u00a0: si 1\u00a0% des appels sont lents, 63\u00a0% des requêtes attendent au moins un appel lent.');
    expect(messageOf(unboundedFanOut, findings(unboundedFanOut, search(FAN_OUT_LIMIT))[0]!)).toContain('20 times per request: if 1% of calls are slow, 18% of requests');
  });

  it('does not fire below the limit nor on asynchronous edges', () => {
    expect(findings(unboundedFanOut, search(FAN_OUT_LIMIT - 1))).toEqual([]);
    expect(findings(unboundedFanOut, search(100, 'async'))).toEqual([]);
  });
});
