import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../testing/builders';
import { costDesign, discountPct, monthlyInstanceCost, resolveInstance } from './cost';
import { metricsGraph } from './graph';
import { propagateLoad } from './loadPropagation';
import { sizeNodes } from './sizing';
import { getDiscount } from '../catalog/prices';

function costOf(d: ReturnType<typeof design>) {
  const graph = metricsGraph(d);
  const load = propagateLoad(graph);
  return costDesign(graph, load, sizeNodes(graph, load));
}

/** DOMAIN.md §2.4: 1,200 req/s on Triton at 350 per replica, 30 % headroom: 6 × g5.xlarge. */
const inference = (workload: object = {}, extra: Parameters<typeof design> = []) =>
  design(
    node('web', 'web-client'),
    node('gw', 'api-gateway'),
    node('triton', 'triton', { props: { instanceType: 'aws:g5.xlarge', replicas: 2, zones: 2 } }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'triton'),
    ...extra,
    fields({ workload: { peakRps: 1_200, headroomPct: 30, ...workload } }),
  );

const line = (result: ReturnType<typeof costOf>, nodeId: string, kind?: string) => result.lines.find((l) => l.node === nodeId && (kind === undefined || l.kind === kind))!;

describe('the cost formulas (DOMAIN.md §2.7)', () => {
  it('prices 6 × g5.xlarge at $1.006 for 730 h: about $4.4k a month', () => {
    expect(monthlyInstanceCost(6, 1.006)).toBeCloseTo(4_406.28, 6);
    expect(monthlyInstanceCost(6, 1.006, 730, 60)).toBeCloseTo(4_406.28 * 0.4, 6);
  });

  it('picks the discount of a pricing model, GPU or CPU for spot', () => {
    const aws = getDiscount('aws');
    expect(discountPct(aws, 'on-demand', 'gpu')).toBe(0);
    expect(discountPct(aws, 'spot', 'gpu')).toBe(aws!.spotGpuPct);
    expect(discountPct(aws, 'spot', 'cpu')).toBe(aws!.spotCpuPct);
    expect(discountPct(aws, 'commit-1y', 'cpu')).toBe(aws!.commit1yPct);
    expect(discountPct(aws, 'commit-3y', 'gpu')).toBe(aws!.commit3yPct);
  });

  it('resolves instance ids, and bare names for the design’s provider', () => {
    expect(resolveInstance('aws:g5.xlarge', 'gcp')?.onDemandUsdPerHour).toBe(1.006);
    expect(resolveInstance('g5.xlarge', 'aws')?.id).toBe('aws:g5.xlarge');
    expect(resolveInstance('c7g.large', 'aws')).toBeUndefined();
    expect(resolveInstance(undefined, 'aws')).toBeUndefined();
  });
});

describe('costDesign', () => {
  it('prices the sized replicas of a model server with the inputs and the dated source of the price', () => {
    const triton = line(costOf(inference()), 'triton');
    expect(triton.kind).toBe('instance-hours');
    expect(triton.monthly.value).toBeCloseTo(4_406.28, 6);
    expect(triton.monthly.unit).toBe('USD/month');
    expect(triton.monthly.inputs).toEqual([
      { name: 'replicas', value: 6, unit: 'count' },
      { name: 'instanceType', value: 'aws:g5.xlarge', unit: '' },
      { name: 'pricePerHour', value: 1.006, unit: 'USD/h' },
      { name: 'hoursPerMonth', value: 730, unit: 'h' },
    ]);
    expect(triton.monthly.sources).toEqual([{ id: 'S34', date: '2026-06-17', estimate: false }]);
    expect(triton).toMatchObject({ provider: 'aws', category: 'serving', hardware: 'gpu' });
  });

  it('applies the spot discount of GPU instances and the commitment discounts, with their source', () => {
    const aws = getDiscount('aws')!;
    const spot = line(costOf(inference({ pricing: 'spot' })), 'triton');
    expect(spot.monthly.value).toBeCloseTo(4_406.28 * (1 - aws.spotGpuPct / 100), 6);
    expect(spot.monthly.inputs).toContainEqual({ name: 'discountPct', value: aws.spotGpuPct, unit: '%' });
    expect(spot.monthly.sources?.map((s) => s.id)).toEqual(['S34', aws.source]);
    expect(line(costOf(inference({ pricing: 'commit-3y' })), 'triton').monthly.value).toBeCloseTo(4_406.28 * (1 - aws.commit3yPct / 100), 6);
  });

  it('converts to euros at the dated rate and says so', () => {
    const result = costOf(inference({ currency: 'EUR' }));
    expect(result.exchangeRate).toMatchObject({ value: 0.86, unit: 'EUR/USD', sources: [{ id: 'S90', date: '2026-11', estimate: true }] });
    const triton = line(result, 'triton');
    expect(triton.monthly.value).toBeCloseTo(4_406.28 * 0.86, 6);
    expect(triton.monthly.unit).toBe('EUR/month');
    expect(triton.monthly.inputs.at(-1)).toEqual({ name: 'exchangeRate', value: 0.86, unit: 'EUR/USD' });
    expect(triton.monthly.sources?.at(-1)).toEqual({ id: 'S90', date: '2026-11', estimate: true });
  });

  it('prices requests from the propagated rate: 1,200 req/s at $3.50 per million on the gateway', () => {
    const gw = line(costOf(inference()), 'gw');
    expect(gw.kind).toBe('per-request');
    expect(gw.monthly.value).toBeCloseTo(((1_200 * 2_628_000) / 1e6) * 3.5, 6);
  });

  it('prices a Kafka cluster by broker-hours plus broker storage: 9.07 TB at $0.10 is about $907', () => {
    const d = design(
      node('sensors', 'iot-device', { props: { eventsPerSecond: 5_000 } }),
      node('topic', 'kafka', { props: { replicas: 3, partitions: 12, replicationFactor: 3, retentionDays: 7, storageGb: 1_000 } }),
      edge('e1', 'sensors', 'topic', { mode: 'async', protocol: 'mqtt' }),
      fields({ workload: { payloadKb: 1, headroomPct: 0 } }),
    );
    const result = costOf(d);
    expect(line(result, 'topic', 'managed-hours').monthly.value).toBeCloseTo(3 * 0.21 * 730, 6);
    expect(line(result, 'topic', 'attached-storage').monthly.value).toBeCloseTo(907.2, 6);
    expect(result.nodes.find((n) => n.id === 'topic')!.monthly.value).toBeCloseTo(3 * 0.21 * 730 + 907.2, 6);
  });

  it('prices object storage by its GB-month, and a batch job by its running hours', () => {
    const d = design(node('lake', 'object-storage', { props: { storageGb: 2_000 } }), node('train', 'training-job', { props: { replicas: 2, runHoursPerDay: 3, instanceType: 'aws:g5.xlarge' } }));
    const result = costOf(d);
    expect(line(result, 'lake').monthly.value).toBeCloseTo(2_000 * 0.023, 9);
    expect(line(result, 'train').monthly.value).toBeCloseTo(2 * 1.006 * 3 * 30.4, 9);
    expect(line(result, 'train').monthly.formula.en).toContain('running hours per day × 30.4 days');
  });

  it('uses the design’s provider prices, AWS’s where the provider has none, and says so', () => {
    const d = design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('stream', 'kinesis', { props: { partitions: 4 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'stream', { mode: 'async' }),
      fields({ workload: { peakRps: 10, provider: 'gcp' } }),
    );
    const result = costOf(d);
    expect(line(result, 'gw')).toMatchObject({ provider: 'gcp' });
    expect(line(result, 'gw').monthly.value).toBeCloseTo(((10 * 2_628_000) / 1e6) * 3, 9);
    expect(line(result, 'stream')).toMatchObject({ provider: 'aws' });
    expect(line(result, 'stream').monthly.value).toBeCloseTo(4 * 0.015 * 730, 9);
    expect(result.fallbacks).toEqual([{ node: 'stream', kind: 'provider', wanted: 'stream-shard-hour (gcp)', used: 'stream-shard-hour (aws)' }]);
  });

  it('prices an unknown instance type as its type’s default, and says so', () => {
    const d = design(node('svc', 'microservice', { props: { replicas: 2, instanceType: 'aws:z9.huge' } }));
    const result = costOf(d);
    expect(line(result, 'svc').monthly.inputs[1]).toEqual({ name: 'instanceType', value: 'aws:m5.large', unit: '' });
    expect(result.fallbacks).toEqual([{ node: 'svc', kind: 'instance', wanted: 'aws:z9.huge', used: 'aws:m5.large' }]);
  });

  it('totals by category, provider and kind, compares the pricing models, and gives the cost per million requests', () => {
    const result = costOf(inference());
    const gw = ((1_200 * 2_628_000) / 1e6) * 3.5;
    expect(result.total.value).toBeCloseTo(4_406.28 + gw, 6);
    expect(result.byCategory).toEqual({ integration: gw, serving: expect.closeTo(4_406.28, 6) });
    expect(result.byProvider.aws).toBeCloseTo(result.total.value, 9);
    expect(Object.keys(result.byKind)).toEqual(['per-request', 'instance-hours']);
    const spot = result.pricingOptions.find((o) => o.pricing === 'spot')!;
    expect(spot.total.value).toBeCloseTo(gw + 4_406.28 * 0.4, 6);
    expect(spot.savingPct).toBeCloseTo((4_406.28 * 0.6 * 100) / result.total.value, 6);
    expect(result.pricingOptions.map((o) => o.pricing)).toEqual(['on-demand', 'spot', 'commit-1y', 'commit-3y']);
    expect(result.costPerMillionRequests!.value).toBeCloseTo(result.total.value / ((1_200 * 2_628_000) / 1e6), 9);
    expect(costOf(design(node('lake', 'object-storage'))).costPerMillionRequests).toBeUndefined();
  });

  it('does not price clients, nor caches’ memory as disk', () => {
    const d = design(node('web', 'web-client'), node('cache', 'cache', { props: { replicas: 2, storageGb: 13 } }));
    const result = costOf(d);
    expect(result.nodes.find((n) => n.id === 'web')!.monthly.value).toBe(0);
    expect(result.lines.filter((l) => l.node === 'cache').map((l) => l.kind)).toEqual(['managed-hours']);
  });
});
