import { describe, expect, it } from 'vitest';
import { clone, deepFreeze, design, edge, fields, inferenceDesign, node } from '../testing/builders';
import { computeMetrics } from './computeMetrics';
import type { Figure } from './figure';

/** Every Figure inside a value, with its path. */
function figuresIn(value: unknown, path = '$', out: [string, Figure][] = []): [string, Figure][] {
  if (typeof value !== 'object' || value === null) return out;
  if ('formula' in value && 'inputs' in value) out.push([path, value as Figure]);
  for (const [key, child] of Object.entries(value)) figuresIn(child, `${path}.${key}`, out);
  return out;
}

/** DOMAIN.md §2.4 as a design: 1,200 req/s through a gateway to Triton on g5.xlarge. */
const gpuInference = (workload: object = {}) =>
  design(
    node('web', 'web-client'),
    node('gw', 'api-gateway'),
    node('triton', 'triton', { props: { instanceType: 'aws:g5.xlarge', replicas: 2, zones: 2 } }),
    node('features', 'feature-store-online'),
    node('topic', 'kafka'),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'triton', { resilience: { timeoutMs: 100 } }),
    edge('e3', 'triton', 'features'),
    edge('e4', 'triton', 'topic', { mode: 'async', protocol: 'kafka' }),
    fields({ workload: { peakRps: 1_200, headroomPct: 30, latencySloMs: 150, availabilityTargetPct: 99.9, ...workload } }),
  );

describe('computeMetrics', () => {
  it('combines load, sizing, latency, availability and cost, one entry per component in design order', () => {
    const metrics = computeMetrics(gpuInference());
    expect(metrics.nodes.map((n) => n.id)).toEqual(['web', 'gw', 'triton', 'features', 'topic']);
    expect(metrics.edges).toEqual([
      { id: 'e1', rate: 0 },
      { id: 'e2', rate: 1_200 },
      { id: 'e3', rate: 1_200 },
      { id: 'e4', rate: 1_200 },
    ]);
    const triton = metrics.nodes.find((n) => n.id === 'triton')!;
    expect(triton.load.rate.value).toBe(1_200);
    expect(triton.sizing.replicas).toMatchObject({ configured: 2, toRun: 6 });
    expect(triton.sizing.gpus?.value).toBe(6);
    expect(triton.cost.lines[0]!.monthly.value).toBeCloseTo(4_406.28, 6);
    expect(metrics.overCapacity).toEqual(['triton']);
    expect(metrics.latency.entries.map((e) => [e.entry, e.culprit, e.withinSlo])).toEqual([['gw', 'triton', true]]);
    expect(metrics.availability.map((a) => a.entry)).toEqual(['gw']);
    expect(metrics.workload).toMatchObject({ peakRps: 1_200, latencySloMs: 150, pricing: 'on-demand', currency: 'USD', sources: [{ node: 'gw', rate: 1_200, basis: 'peak-rps' }] });
    expect(metrics.cost.total.value).toBeGreaterThan(4_406);
  });

  it('is deterministic, plain data, and leaves the design untouched', () => {
    const d = deepFreeze(clone(inferenceDesign()));
    const first = computeMetrics(d);
    expect(computeMetrics(d)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('explains every figure: a finite value, a unit, a formula in both languages, named inputs, dated sources', () => {
    const figures = figuresIn(computeMetrics(gpuInference({ currency: 'EUR', pricing: 'spot' })));
    expect(figures.length).toBeGreaterThan(30);
    const problems = figures.flatMap(([path, f]) => [
      ...(Number.isFinite(f.value) ? [] : [`${path}: value ${f.value}`]),
      ...(f.unit !== '' ? [] : [`${path}: no unit`]),
      ...(f.formula.en.trim() !== '' && f.formula.fr.trim() !== '' && f.formula.en !== f.formula.fr ? [] : [`${path}: formula not in both languages`]),
      ...f.inputs.filter((i) => i.name === '' || (typeof i.value === 'number' && !Number.isFinite(i.value))).map((i) => `${path}: input ${i.name}`),
      ...(f.sources ?? []).filter((s) => !/^S\d+$/.test(s.id) || !/^\d{4}-\d{2}(-\d{2})?$/.test(s.date)).map((s) => `${path}: source ${s.id} ${s.date}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('lists the assumptions it always makes, in both languages', () => {
    const { assumptions } = computeMetrics(gpuInference());
    expect(assumptions.map((a) => a.id)).toEqual([
      'peak-all-month', 'payload', 'independent-failures', 'latency-worst-case', 'network-defaults', 'discounts', 'storage', 'not-priced', 'retries',
    ]);
    expect(assumptions.every((a) => a.text.en !== a.text.fr && a.text.fr.length > 20)).toBe(true);
    expect(assumptions.find((a) => a.id === 'network-defaults')!.text.fr).toContain('0,4 / 1,5 / 60 ms');
  });

  it('adds the assumptions a design calls for, naming the elements concerned', () => {
    const d = design(
      node('web', 'web-client'),
      node('mobile', 'mobile-client'),
      node('gw', 'api-gateway'),
      node('svc', 'microservice', { props: { instanceType: 'aws:z9.huge' } }),
      node('vec', 'vector-db', { props: { latencyP50Ms: 5 } }),
      node('lake', 'data-lake'),
      edge('e1', 'web', 'gw'),
      edge('e2', 'mobile', 'gw'),
      edge('e3', 'gw', 'svc'),
      edge('e4', 'svc', 'vec'),
      edge('e5', 'vec', 'lake'),
      edge('back', 'lake', 'svc'),
      fields({ workload: { peakRps: 100, entryRps: { web: 80 }, currency: 'EUR' } }),
    );
    const byId = Object.fromEntries(computeMetrics(d).assumptions.map((a) => [a.id, a]));
    expect(byId['cycles-cut']?.elements).toEqual(['back']);
    expect(byId['silent-clients']?.elements).toEqual(['mobile']);
    expect(byId['unknown-instance']?.elements).toEqual(['svc']);
    expect(byId['unknown-instance']?.text.en).toContain('aws:z9.huge → aws:m5.large');
    expect(byId['no-availability']?.elements).toEqual(['vec']);
    expect(byId['no-latency']?.elements).toEqual(['lake']);
    expect(byId['exchange-rate']?.text.en).toBe('Prices are list prices in US dollars, converted at 1 USD = 0.86 EUR (S90, 2026-11, an estimate).');
    expect(byId['exchange-rate']?.text.fr).toBe('Les prix sont des prix catalogue en dollars américains, convertis à 1 USD = 0,86 EUR (S90, 2026-11, une estimation).');
  });

  it('says when a design has no entry point', () => {
    const metrics = computeMetrics(design(node('lake', 'object-storage')));
    expect(metrics.assumptions.map((a) => a.id)).toContain('no-entry-point');
    expect(metrics.latency.entries).toEqual([]);
    expect(metrics.availability).toEqual([]);
    expect(metrics.cost.total.value).toBeCloseTo(1_000 * 0.023, 9);
  });

  it('handles an empty design', () => {
    const metrics = computeMetrics(design());
    expect(metrics.nodes).toEqual([]);
    expect(metrics.cost.total.value).toBe(0);
    expect(metrics.cost.costPerMillionRequests).toBeUndefined();
  });
});
