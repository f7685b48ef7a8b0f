import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../testing/builders';
import { computeAvailability, downtimeHoursPerYear, parallelAvailability, seriesAvailability } from './availability';
import { metricsGraph } from './graph';
import { propagateLoad } from './loadPropagation';
import { sizeNodes } from './sizing';

describe('the availability formulas (DOMAIN.md §2.1)', () => {
  it('multiplies in series: 99.9 % × 99.95 % × 99.99 % = 99.84 %', () => {
    expect(seriesAvailability([0.999, 0.9995, 0.9999]) * 100).toBeCloseTo(99.84, 2);
    expect(seriesAvailability([])).toBe(1);
  });

  it('adds redundancy in parallel: two 99.9 % replicas = 99.9999 %', () => {
    expect(parallelAvailability([0.999, 0.999]) * 100).toBeCloseTo(99.9999, 6);
    expect(parallelAvailability([0.999])).toBeCloseTo(0.999, 12);
  });

  it('gives the downtime per year: 99.9 % → 8.76 h, 99.95 % → 4.38 h, 99.99 % → 52.6 min, 99.999 % → 5.26 min', () => {
    expect(downtimeHoursPerYear(0.999)).toBeCloseTo(8.76, 6);
    expect(downtimeHoursPerYear(0.9995)).toBeCloseTo(4.38, 6);
    expect(downtimeHoursPerYear(0.9999) * 60).toBeCloseTo(52.56, 6);
    expect(downtimeHoursPerYear(0.99999) * 60).toBeCloseTo(5.256, 6);
  });
});

describe('computeAvailability', () => {
  const path = (props: Record<string, unknown> = {}, extra: Parameters<typeof design> = []) =>
    design(
      node('web', 'web-client'),
      node('gw', 'api-gateway', { props: { availabilitySlaPct: 99.95 } }),
      node('svc', 'microservice', { props: { availabilitySlaPct: 99.9, replicas: 2, zones: 2, ...props } }),
      node('db', 'relational-db', { props: { availabilitySlaPct: 99.99 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'svc'),
      edge('e3', 'svc', 'db'),
      ...extra,
      fields({ workload: { peakRps: 100, availabilityTargetPct: 99.9 } }),
    );
  const run = (d: ReturnType<typeof design>) => computeAvailability(metricsGraph(d));

  it('counts self-run replicas across zones in parallel and managed services at their SLA', () => {
    const { nodes } = run(path());
    const byId = Object.fromEntries(nodes.filter((n) => n !== undefined).map((n) => [n.id, n]));
    expect(byId.gw).toMatchObject({ basis: 'service', units: 1 });
    expect(byId.gw!.availability.value).toBe(99.95);
    expect(byId.svc).toMatchObject({ basis: 'replicas', units: 2 });
    expect(byId.svc!.availability.value).toBeCloseTo(99.9999, 9);
    expect(byId.web).toBeUndefined();
  });

  it('gives each entry point the series product of what its requests reach, with the downtime and the target', () => {
    const [entry] = run(path()).entries;
    expect(entry!.entry).toBe('gw');
    expect(entry!.nodes).toEqual(['gw', 'svc', 'db']);
    expect(entry!.availability.value).toBeCloseTo(99.95 * 0.999999 * 0.9999, 6);
    expect(entry!.downtime.value).toBeCloseTo((1 - entry!.availability.value / 100) * 8_760, 9);
    expect(entry!.meetsTarget).toBe(true);
    expect(entry!.weakest).toBe('gw');
    expect(entry!.availability.inputs.map((i) => i.name)).toEqual(['node:gw', 'node:svc', 'node:db']);
  });

  it('gives no redundancy to replicas in one zone', () => {
    const [entry] = run(path({ zones: 1 })).entries;
    expect(entry!.availability.value).toBeCloseTo(99.95 * 0.999 * 0.9999, 6);
    expect(entry!.meetsTarget).toBe(false);
    expect(entry!.weakest).toBe('svc');
    const inZone = run(design(group('z', 'zone'), ...path().nodes.map((n) => (n.id === 'svc' ? { ...n, parent: 'z' } : n)), ...path().edges, fields({ workload: path().workload })));
    expect(inZone.nodes.find((n) => n?.id === 'svc')?.units).toBe(1);
  });

  it('counts the replicas sizing adds', () => {
    const d = path({ zones: 3, replicas: 1, throughputPerReplicaRps: 10 });
    const graph = metricsGraph(d);
    const result = computeAvailability(graph, sizeNodes(graph, propagateLoad(graph)));
    expect(result.nodes.find((n) => n?.id === 'svc')?.units).toBe(3);
    expect(computeAvailability(graph).nodes.find((n) => n?.id === 'svc')?.units).toBe(1);
  });

  it('leaves out async consumers and lists components without an availability figure', () => {
    const d = path({}, [node('topic', 'kafka'), node('vec', 'vector-db'), edge('e4', 'svc', 'topic', { mode: 'async' }), edge('e5', 'svc', 'vec')]);
    const [entry] = run(d).entries;
    expect(entry!.nodes).not.toContain('topic');
    expect(entry!.unknown).toEqual(['vec']);
  });

  it('terminates on cycles of calls', () => {
    const [entry] = run(path({}, [edge('back', 'db', 'gw')])).entries;
    expect(entry!.nodes).toHaveLength(3);
  });
});
