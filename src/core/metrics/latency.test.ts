import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../testing/builders';
import { NETWORK_RTT } from './coefficients';
import { metricsGraph } from './graph';
import { latencyBudget } from './latency';

const ms = (p50: number, p99: number) => ({ latencyP50Ms: p50, latencyP99Ms: p99 });

/** web → gw (2/8) → svc (5/25) → model (15/40 + 5 batching) and svc → db (2/10) in parallel. */
const serving = (slo = 200, extra: Parameters<typeof design> = []) =>
  design(
    group('z', 'zone'),
    node('web', 'web-client'),
    node('gw', 'api-gateway', { parent: 'z', props: ms(2, 8) }),
    node('svc', 'microservice', { parent: 'z', props: ms(5, 25) }),
    node('model', 'triton', { parent: 'z', props: { ...ms(15, 40), maxQueueDelayMs: 5 } }),
    node('db', 'relational-db', { parent: 'z', props: ms(2, 10) }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'svc'),
    edge('e3', 'svc', 'model', { resilience: { timeoutMs: 100 } }),
    edge('e4', 'svc', 'db'),
    ...extra,
    fields({ workload: { peakRps: 100, latencySloMs: slo } }),
  );

describe('latencyBudget', () => {
  const same = NETWORK_RTT['same-zone'].value;

  it('adds service time, queueing and network along the slowest path, and compares the p99 with the SLO', () => {
    const [entry] = latencyBudget(metricsGraph(serving())).entries;
    expect(entry!.entry).toBe('gw');
    expect(entry!.hops.map((h) => h.node)).toEqual(['gw', 'svc', 'model']);
    expect(entry!.p50.value).toBeCloseTo(2 + same + 5 + same + 15 + 5, 9);
    expect(entry!.p99.value).toBeCloseTo(8 + same + 25 + same + 40 + 5, 9);
    expect(entry!).toMatchObject({ sloMs: 200, withinSlo: true });
    expect(entry!.marginMs).toBeCloseTo(200 - entry!.p99.value, 9);
    expect(entry!.p99.sources?.map((s) => s.id)).toEqual(['S25', 'S28']);
  });

  it('describes each hop: service, queueing, network, start and share, and names the culprit', () => {
    const [entry] = latencyBudget(metricsGraph(serving())).entries;
    const model = entry!.hops[2]!;
    expect(model).toMatchObject({ node: 'model', edge: 'e3', network: 'same-zone', serviceP50Ms: 15, serviceP99Ms: 40, queueMs: 5, timeoutExceeded: false });
    expect(model.p99Ms).toBeCloseTo(45 + same, 9);
    expect(model.startMs).toBeCloseTo(8 + 25 + same, 9);
    expect(entry!.hops.reduce((sum, h) => sum + h.sharePct, 0)).toBeCloseTo(100, 9);
    expect(entry!.culprit).toBe('model');
  });

  it('takes the slowest of parallel calls, not their sum', () => {
    const slowDb = serving(200, [node('warehouse', 'data-warehouse', { parent: 'z', props: ms(200, 900) }), edge('e5', 'svc', 'warehouse')]);
    const [entry] = latencyBudget(metricsGraph(slowDb)).entries;
    expect(entry!.hops.map((h) => h.node)).toEqual(['gw', 'svc', 'warehouse']);
    expect(entry!.p99.value).toBeCloseTo(8 + same + 25 + same + 900, 9);
    expect(entry!.withinSlo).toBe(false);
    expect(entry!.culprit).toBe('warehouse');
  });

  it('prices the network by where the ends run: zones, regions, replicas spread over zones', () => {
    const d = design(
      group('r1', 'region'),
      group('r2', 'region'),
      group('a', 'zone', { parent: 'r1' }),
      group('b', 'zone', { parent: 'r1' }),
      node('web', 'web-client'),
      node('gw', 'api-gateway', { parent: 'a', props: ms(1, 1) }),
      node('x', 'microservice', { parent: 'b', props: ms(1, 1) }),
      node('y', 'microservice', { parent: 'r1', props: { ...ms(1, 1), zones: 3 } }),
      node('z', 'microservice', { parent: 'r2', props: ms(1, 1) }),
      node('w', 'microservice', { props: { ...ms(1, 1), zones: 1 } }),
      node('v', 'microservice', { props: { ...ms(1, 1), zones: 1 } }),
      edge('e1', 'web', 'gw'),
      edge('gx', 'gw', 'x'),
      edge('xy', 'x', 'y'),
      edge('yz', 'y', 'z'),
      edge('zw', 'z', 'w', { props: { crossRegion: true } }),
      edge('wv', 'w', 'v'),
    );
    const [entry] = latencyBudget(metricsGraph(d)).entries;
    expect(entry!.hops.map((h) => [h.node, h.network])).toEqual([
      ['gw', undefined],
      ['x', 'cross-zone'],
      ['y', 'cross-zone'],
      ['z', 'cross-region'],
      ['w', 'cross-region'],
      ['v', 'same-zone'],
    ]);
  });

  it('flags a timeout longer than what is left of the SLO', () => {
    const result = latencyBudget(metricsGraph(serving(50)));
    // The call to the model starts after gw (2) + network (0.4) + svc (5) at p50: 42.6 ms left.
    expect(result.timeouts).toEqual([{ edge: 'e3', source: 'svc', target: 'model', timeoutMs: 100, attempts: 1, remainingMs: 50 - 2 - same - 5 }]);
    expect(result.entries[0]!.hops.find((h) => h.edge === 'e3')?.timeoutExceeded).toBe(true);
    expect(latencyBudget(metricsGraph(serving(200))).timeouts).toEqual([]);
  });

  it('counts retries in a timeout’s wait', () => {
    const retried = serving(200, [edge('e5', 'gw', 'db', { resilience: { timeoutMs: 80, retries: 2 } })]);
    expect(latencyBudget(metricsGraph(retried)).timeouts.map((t) => [t.edge, t.attempts])).toEqual([['e5', 3]]);
  });

  it('leaves out async calls and calls that carry no requests', () => {
    const d = serving(200, [
      node('topic', 'kafka', { parent: 'z', props: ms(500, 5_000) }),
      node('registry', 'model-registry', { parent: 'z', props: ms(500, 5_000) }),
      edge('e5', 'svc', 'topic', { mode: 'async' }),
      edge('e6', 'model', 'registry', { callsPerRequest: 0 }),
    ]);
    expect(latencyBudget(metricsGraph(d)).entries[0]!.hops.map((h) => h.node)).toEqual(['gw', 'svc', 'model']);
  });

  it('cuts cycles of calls and lists components without a latency figure', () => {
    const d = serving(200, [node('vec', 'data-lake', { parent: 'z' }), edge('e5', 'model', 'vec'), edge('back', 'vec', 'gw')]);
    const result = latencyBudget(metricsGraph(d));
    expect(result.cutEdges).toEqual(['back']);
    expect(result.entries[0]!.hops.map((h) => h.node)).toEqual(['gw', 'svc', 'model', 'vec']);
    expect(result.entries[0]!.unknown).toEqual(['vec']);
  });

  it('handles a chain of 10,000 components', () => {
    const parts: Parameters<typeof design> = [node('web', 'web-client'), node('n0', 'api-gateway', { props: { ...ms(1, 1), zones: 1 } }), edge('e-web', 'web', 'n0')];
    for (let i = 1; i < 10_000; i += 1) parts.push(node(`n${i}`, 'microservice', { props: { ...ms(1, 2), zones: 1 } }), edge(`e${i}`, `n${i - 1}`, `n${i}`));
    const [entry] = latencyBudget(metricsGraph(design(...parts))).entries;
    expect(entry!.hops).toHaveLength(10_000);
    expect(entry!.p99.value).toBeCloseTo(1 + 9_999 * (2 + same), 6);
  });
});
