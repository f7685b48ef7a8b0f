import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../testing/builders';
import { metricsGraph } from './graph';
import { propagateLoad } from './loadPropagation';
import { batchReplicas, kafkaBrokers, kafkaPartitions, littlesLaw, replicasForLoad, sizeNodes, storedData } from './sizing';

function sized(d: ReturnType<typeof design>) {
  const graph = metricsGraph(d);
  const result = sizeNodes(graph, propagateLoad(graph));
  return { result, of: (id: string) => result.nodes.find((n) => n.id === id)! };
}

describe('the sizing formulas (DOMAIN.md §2.3–2.6)', () => {
  it('sizes GPU inference: 1,200 req/s at 350 per replica with 30 % headroom is 5 replicas plus 1 spare', () => {
    expect(replicasForLoad(1_200, 30, 350, 2)).toEqual({ base: 5, spare: 1, total: 6 });
    expect(replicasForLoad(1_200, 30, 350, 1)).toEqual({ base: 5, spare: 0, total: 5 });
  });

  it('keeps one replica per zone at least, and is not fooled by floating-point noise', () => {
    expect(replicasForLoad(10, 30, 350, 3).total).toBe(3);
    expect(replicasForLoad(700, 0, 350, 1).base).toBe(2);
    expect(replicasForLoad(1_000, 40, 350, 1).base).toBe(4); // 1,400 / 350 = 4 exactly
  });

  it('sizes Kafka partitions as max(t/p, t/c): 200 MB/s, p 20, c 10 gives 20', () => {
    expect(kafkaPartitions(200, 20, 10)).toBe(20);
    expect(kafkaPartitions(1, 20, 10)).toBe(1);
  });

  it('sizes Kafka brokers: the replication factor, the writes and the partition replicas', () => {
    expect(kafkaBrokers(1, 3, 12)).toBe(3);
    expect(kafkaBrokers(200, 3, 20)).toBe(20); // 600 MB/s of writes at 30 MB/s per broker
    expect(kafkaBrokers(1, 3, 1_000)).toBe(3); // 3,000 partition replicas at 1,000 per broker
    expect(kafkaBrokers(1, 3, 2_000)).toBe(6);
  });

  it('applies Little’s law: 2,000 req/s × 50 ms = 100 in flight', () => {
    expect(littlesLaw(2_000, 50)).toBe(100);
  });

  it('sizes storage with retention: 5,000 ev/s × 1 KB is 432 GB a day, 9.07 TB over 7 days × RF 3', () => {
    const data = storedData(5_000, 1, 7, 3);
    expect(data.perDayGb).toBeCloseTo(432, 9);
    expect(data.storedGb).toBeCloseTo(9_072, 6);
    expect(storedData(5_000, 1, 7, 3, 4, 10).storedGb).toBeCloseTo((9_072 / 4) * 1.1, 6);
  });

  it('sizes a batch job to clear a day of arrivals in its running hours', () => {
    // 100/s × 86,400 s = 8.64 M items a day; 500/s × 2 h × 3,600 s = 3.6 M per replica.
    expect(batchReplicas(100, 0, 500, 2)).toBe(3);
  });
});

describe('sizeNodes', () => {
  const inference = (peakRps: number, replicas = 2, extra: Parameters<typeof design> = []) =>
    design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('triton', 'triton', { props: { replicas, zones: 2 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'triton'),
      ...extra,
      fields({ workload: { peakRps, headroomPct: 30 } }),
    );

  it('gives a model server the replicas and GPUs its load needs, with the figures behind them', () => {
    const triton = sized(inference(1_200)).of('triton');
    expect(triton.replicas).toMatchObject({ configured: 2, toRun: 6 });
    expect(triton.replicas!.needed).toMatchObject({ value: 6, unit: 'count' });
    expect(triton.replicas!.needed!.inputs).toEqual([
      { name: 'rate', value: 1_200, unit: 'req/s' },
      { name: 'headroomPct', value: 30, unit: '%' },
      { name: 'throughputPerReplicaRps', value: 350, unit: 'req/s' },
      { name: 'zones', value: 2, unit: 'count' },
      { name: 'spare', value: 1, unit: 'count' },
    ]);
    expect(triton.replicas!.needed!.formula.en).toContain('ceil(rate × (1 + headroom)');
    expect(triton.gpus?.value).toBe(6);
  });

  it('flags a component whose configured replicas cannot serve its rate, with its utilisation', () => {
    const { result, of } = sized(inference(1_200));
    expect(of('triton').overCapacity).toBe(true);
    expect(of('triton').utilisation?.value).toBeCloseTo((1_200 / 700) * 100, 9);
    expect(of('gw').overCapacity).toBe(false);
    expect(result.overCapacity).toEqual(['triton']);
    expect(sized(inference(600)).result.overCapacity).toEqual([]);
  });

  it('runs the configured replicas when they exceed the need', () => {
    expect(sized(inference(10, 8)).of('triton').replicas).toMatchObject({ configured: 8, toRun: 8 });
  });

  it('counts a component inside a zone group as one zone: no spare', () => {
    const d = design(
      group('z', 'zone'),
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('triton', 'triton', { parent: 'z', props: { zones: 3 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'triton'),
      fields({ workload: { peakRps: 1_200, headroomPct: 30 } }),
    );
    expect(sized(d).of('triton').replicas!.needed!.value).toBe(5);
  });

  it('gives the concurrency by Little’s law and flags replicas asked for more than they take', () => {
    const triton = sized(inference(2_000, 2)).of('triton');
    expect(triton.concurrency?.value).toBeCloseTo(2_000 * 0.015, 9);
    const busy = sized(inference(2_000, 2, [])).of('gw');
    expect(busy.concurrency?.value).toBeCloseTo(4, 9);
    const slow = design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('llm', 'llm-server', { props: { replicas: 100 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'llm'),
      fields({ workload: { peakRps: 20_000 } }),
    );
    // 20,000 req/s × 1.5 s = 30,000 in flight over 100 replicas: 300 each, above 256.
    expect(sized(slow).of('llm').overConcurrency).toBe(true);
  });

  it('sizes a Kafka topic: partitions, brokers and storage from the bytes written', () => {
    const d = design(
      node('sensors', 'iot-device', { props: { eventsPerSecond: 5_000 } }),
      node('topic', 'kafka', { props: { partitions: 12, replicationFactor: 3, retentionDays: 7, storageGb: 1_000, replicas: 3 } }),
      node('flink', 'flink-job', { props: { replicas: 16 } }),
      edge('e1', 'sensors', 'topic', { mode: 'async', protocol: 'mqtt' }),
      edge('e2', 'topic', 'flink', { mode: 'async', protocol: 'kafka' }),
      fields({ workload: { payloadKb: 1, headroomPct: 30 } }),
    );
    const topic = sized(d).of('topic');
    // 5 MB/s × 1.3 = 6.5 MB/s: 1 partition would do, but 16 consumers need 16.
    expect(topic.partitions).toMatchObject({ configured: 12, under: true });
    expect(topic.partitions!.needed.value).toBe(16);
    expect(topic.brokers!.needed.value).toBe(3);
    expect(topic.brokers!.needed.sources?.map((s) => s.id)).toEqual(['S90', 'S91']);
    expect(topic.storage!.perDay.value).toBeCloseTo(432, 9);
    expect(topic.storage!.needed.value).toBeCloseTo(9_072, 6);
    expect(topic.storage).toMatchObject({ configuredGb: 1_000, under: true });
    expect(topic.storage!.toProvisionGb).toBeCloseTo(9_072, 6);
    expect(topic.replicas).toMatchObject({ configured: 3, toRun: 3 });
  });

  it('sizes a batch job from a day of arrivals and its running hours', () => {
    const d = design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('score', 'batch-inference-job', { props: { replicas: 1, runHoursPerDay: 2, throughputPerReplicaRps: 500 } }),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'score', { mode: 'async' }),
      fields({ workload: { peakRps: 100, headroomPct: 0 } }),
    );
    const score = sized(d).of('score');
    expect(score.replicas!.needed!.value).toBe(3);
    expect(score.capacity!.value).toBeCloseTo((500 * 2) / 24, 9);
    expect(score.overCapacity).toBe(true);
    expect(score.concurrency).toBeUndefined();
  });

  it('leaves out what does not apply: no rate, no throughput, no figures', () => {
    const d = design(node('registry', 'model-registry'), node('web', 'web-client'));
    const registry = sized(d).of('registry');
    expect(registry).toEqual({ id: 'registry', replicas: { configured: 1, toRun: 1 }, overCapacity: false, overConcurrency: false });
    expect(sized(d).of('web')).toEqual({ id: 'web', overCapacity: false, overConcurrency: false });
  });
});
