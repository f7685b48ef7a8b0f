import { describe, expect, it } from 'vitest';
import { RuleContext } from '../rules/context';
import { design, edge, group, inferenceDesign, node } from '../testing/builders';
import type { Design } from '../model/types';
import { acyclicOrder, isRequestEdge, metricsGraph } from './graph';

/** Designs with clients, entry components nobody calls, side channels, groups and a custom type. */
const designs: [string, Design][] = [
  ['inference', inferenceDesign()],
  [
    'entry components nobody calls',
    design(node('cdn', 'cdn'), node('gw', 'api-gateway'), node('lb', 'load-balancer'), node('svc', 'microservice'), edge('e1', 'cdn', 'gw'), edge('e2', 'lb', 'svc')),
  ],
  [
    'side channels and pushes to clients',
    design(
      group('r1', 'region'),
      group('r2', 'region'),
      group('z', 'zone', { parent: 'r1' }),
      node('web', 'web-client'),
      node('iot', 'iot-device'),
      node('gw', 'api-gateway', { parent: 'z' }),
      node('svc', 'microservice', { parent: 'r2' }),
      node('reg', 'model-registry'),
      node('otel', 'otel-collector'),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'svc', { props: { crossRegion: true } }),
      edge('e3', 'reg', 'svc', { props: { carries: 'models' } }),
      edge('e4', 'svc', 'otel', { props: { carries: 'telemetry' } }),
      edge('e5', 'svc', 'web'),
      edge('e6', 'iot', 'gw', { mode: 'async' }),
      edge('e7', 'gw', 'reg', { callsPerRequest: 0 }),
    ),
  ],
];

describe('MetricsGraph', () => {
  it.each(designs)('agrees with the rules’ RuleContext on %s', (_name, d) => {
    const graph = metricsGraph(d);
    const context = new RuleContext(d);
    expect(graph.entryPoints().map((i) => d.nodes[i]!.id)).toEqual(context.entryPoints.map((n) => n.id));
    d.edges.forEach((e, k) => {
      expect(isRequestEdge(e), e.id).toBe(context.isRequestEdge(e));
      expect(graph.isRequest(k), e.id).toBe(context.isRequestEdge(e) && !context.isClient(context.target(e)));
      expect(graph.network(k) === 'cross-region', e.id).toBe(context.isCrossRegion(e));
    });
    d.nodes.forEach((n, i) => {
      expect(graph.isClient(i), n.id).toBe(context.isClient(n));
      for (const key of ['replicas', 'instanceType', 'latencyP99Ms', 'zones', 'nothing']) expect(graph.prop(i, key), `${n.id}.${key}`).toEqual(context.prop(n, key));
      expect(graph.hasProp(i, 'replicas')).toBe(context.hasProp(n, 'replicas'));
    });
  });

  it('lists the edges leaving and entering each node', () => {
    const d = designs[2]![1];
    const graph = metricsGraph(d);
    const svc = graph.indexOf.get('svc')!;
    const ids = (start: Int32Array, list: Int32Array, i: number) => [...list.slice(start[i]!, start[i + 1]!)].map((k) => d.edges[k]!.id);
    expect(ids(graph.outStart, graph.outEdges, svc)).toEqual(['e4', 'e5']);
    expect(ids(graph.inStart, graph.inEdges, svc)).toEqual(['e2', 'e3']);
  });

  it('orders nodes along the edges and cuts the edges that close cycles', () => {
    const d = design(node('a'), node('b'), node('c'), node('d'), edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('ca', 'c', 'a'), edge('dc', 'd', 'c'));
    const graph = metricsGraph(d);
    const { order, back } = acyclicOrder(graph, new Uint8Array(d.edges.length).fill(1), [0]);
    const position = new Map([...order].map((i, at) => [d.nodes[i]!.id, at]));
    expect([...back]).toEqual([0, 0, 1, 0]);
    for (const [s, t] of [['a', 'b'], ['b', 'c'], ['d', 'c']] as const) expect(position.get(s)!).toBeLessThan(position.get(t)!);
    expect(order).toHaveLength(4);
  });
});
