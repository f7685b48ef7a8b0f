import { describe, expect, it } from 'vitest';
import { design, edge, fields, inferenceDesign, node } from '../testing/builders';
import { metricsGraph } from './graph';
import { carriesLoad, megabytesPerSecond, propagateLoad } from './loadPropagation';

/** Rates by node id. */
function ratesOf(d: ReturnType<typeof design>): Record<string, number> {
  const load = propagateLoad(metricsGraph(d));
  return Object.fromEntries(load.nodes.map((n) => [n.id, n.rate.value]));
}

const chain = (workload: object, ...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client'),
    node('gw', 'api-gateway'),
    node('svc', 'microservice'),
    node('db', 'relational-db'),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'svc'),
    edge('e3', 'svc', 'db', { callsPerRequest: 3 }),
    ...extra,
    fields({ workload }),
  );

describe('propagateLoad', () => {
  it('gives each entry point the peak rate and multiplies it by the calls per request along the way', () => {
    expect(ratesOf(chain({ peakRps: 1_000 }))).toEqual({ web: 0, gw: 1_000, svc: 1_000, db: 3_000 });
  });

  it('takes an entry point’s own rate from entryRps, and a client’s rate for what it calls', () => {
    expect(ratesOf(chain({ peakRps: 1_000, entryRps: { gw: 400 } }))).toMatchObject({ gw: 400, svc: 400, db: 1_200 });
    expect(ratesOf(chain({ peakRps: 1_000, entryRps: { web: 250 } }))).toMatchObject({ web: 250, gw: 250, db: 750 });
    // The builders’ design lists its client at 50 req/s: the gateway gets 50, not the peak of 100.
    expect(ratesOf(inferenceDesign())).toMatchObject({ client: 50, gw: 50, triton: 50, features: 50 });
  });

  it('sums what a component receives from several callers', () => {
    const d = chain(
      { peakRps: 100 },
      node('batch', 'microservice'),
      edge('e4', 'batch', 'db', { callsPerRequest: 2 }),
      edge('e5', 'gw', 'batch'),
    );
    expect(ratesOf(d)).toMatchObject({ batch: 100, db: 300 + 200 });
  });

  it('splits a client’s traffic by calls per request (0.5 to each of two gateways)', () => {
    const d = design(
      node('web', 'web-client'),
      node('a', 'api-gateway'),
      node('b', 'api-gateway'),
      edge('e1', 'web', 'a', { callsPerRequest: 0.5 }),
      edge('e2', 'web', 'b', { callsPerRequest: 0.5 }),
      fields({ workload: { peakRps: 999, entryRps: { web: 1_200 } } }),
    );
    expect(ratesOf(d)).toMatchObject({ a: 600, b: 600 });
  });

  it('carries rates through async connections into streams as events, with byte rates', () => {
    const d = chain({ peakRps: 2_000, payloadKb: 2 }, node('topic', 'kafka'), node('flink', 'flink-job'), edge('e4', 'svc', 'topic', { mode: 'async', protocol: 'kafka' }), edge('e5', 'topic', 'flink', { mode: 'async', protocol: 'kafka' }));
    const load = propagateLoad(metricsGraph(d));
    const topic = load.nodes.find((n) => n.id === 'topic')!;
    expect(topic.rate).toMatchObject({ value: 2_000, unit: 'events/s' });
    expect(topic.bytes).toMatchObject({ value: 4, unit: 'MB/s' });
    expect(load.nodes.find((n) => n.id === 'flink')!.rate.value).toBe(2_000);
    expect(megabytesPerSecond(5_000, 1)).toBe(5);
  });

  it('feeds streams from event sources (IoT devices) even without an entry point', () => {
    const d = design(
      node('sensors', 'iot-device', { props: { eventsPerSecond: 5_000 } }),
      node('topic', 'kafka'),
      edge('e1', 'sensors', 'topic', { mode: 'async', protocol: 'mqtt' }),
      fields({ workload: { peakRps: 10 } }),
    );
    const load = propagateLoad(metricsGraph(d));
    expect(load.sources).toEqual([{ node: 'sensors', rate: 5_000, basis: 'events-per-second' }]);
    expect(load.nodes.map((n) => [n.id, n.rate.value, n.rate.unit])).toEqual([
      ['sensors', 5_000, 'events/s'],
      ['topic', 5_000, 'events/s'],
    ]);
  });

  it('explains a rate by its external arrivals and each incoming connection', () => {
    const load = propagateLoad(metricsGraph(chain({ peakRps: 1_000 })));
    expect(load.nodes.find((n) => n.id === 'gw')!.rate.inputs).toEqual([
      { name: 'peakRps', value: 1_000, unit: 'req/s' },
      { name: 'edge:e1', value: 0, unit: 'req/s' },
    ]);
    expect(load.nodes.find((n) => n.id === 'db')!.rate.inputs).toEqual([{ name: 'edge:e3', value: 3_000, unit: 'req/s' }]);
    expect(load.sources).toEqual([{ node: 'gw', rate: 1_000, basis: 'peak-rps' }]);
  });

  it('cuts a cycle where it closes, so the rates stay finite', () => {
    const d = chain({ peakRps: 100 }, edge('back', 'db', 'svc'));
    const load = propagateLoad(metricsGraph(d));
    expect(load.cutEdges).toEqual(['back']);
    expect(ratesOf(d)).toMatchObject({ svc: 100, db: 300 });
    // The closing connection still shows what it carries.
    expect(load.edgeRates[d.edges.findIndex((e) => e.id === 'back')]).toBe(300);
  });

  it('carries no load on connections that carry models or model updates', () => {
    const d = chain({ peakRps: 100 }, node('registry', 'model-registry'), edge('e4', 'svc', 'registry', { props: { carries: 'models' } }));
    expect(ratesOf(d).registry).toBe(0);
    expect(carriesLoad(d.edges.find((e) => e.id === 'e4')!)).toBe(false);
  });

  it('counts only writes into a store for its write rate', () => {
    const d = chain({ peakRps: 100 }, node('reader', 'microservice'), edge('e4', 'gw', 'reader'), edge('e5', 'reader', 'db', { props: { access: 'read' } }));
    const load = propagateLoad(metricsGraph(d));
    const db = d.nodes.findIndex((n) => n.id === 'db');
    expect(load.rates[db]).toBe(400);
    expect(load.writeRates[db]).toBe(300);
  });

  it('names clients that add nothing because another client of their entry point has a rate', () => {
    const d = chain({ peakRps: 100, entryRps: { web: 40 } }, node('mobile', 'mobile-client'), edge('e4', 'mobile', 'gw'));
    const load = propagateLoad(metricsGraph(d));
    expect(load.silentClients).toEqual(['mobile']);
    expect(ratesOf(d).gw).toBe(40);
  });

  it('walks a chain of 10,000 components without overflowing the stack', () => {
    const count = 10_000;
    const parts: Parameters<typeof design> = [node('web', 'web-client'), node('n0', 'api-gateway'), edge('e-web', 'web', 'n0')];
    for (let i = 1; i < count; i += 1) parts.push(node(`n${i}`, 'microservice'), edge(`e${i}`, `n${i - 1}`, `n${i}`));
    parts.push(edge('e-back', `n${count - 1}`, 'n0'), fields({ workload: { peakRps: 7 } }));
    const load = propagateLoad(metricsGraph(design(...parts)));
    expect(load.nodes.at(-1)!.rate.value).toBe(7);
    expect(load.cutEdges).toEqual(['e-back']);
  });
});
