import { COEFFICIENTS, SECONDS_PER_DAY } from './coefficients';
import { ceilClean, figure, input, type Figure } from './figure';
import type { MetricsGraph } from './graph';
import { megabytesPerSecond, type LoadRates, type LoadResult } from './loadPropagation';

/**
 * Sizing (issue 6, item 3; DOMAIN.md §2.3–2.6): replicas from the load, GPUs, concurrency by
 * Little's law, Kafka partitions and brokers, storage from rate, retention and replication, and
 * the components whose configured capacity is below their load.
 */

// ---- the formulas, on plain numbers ----

export interface ReplicaCount {
  /** ceil(rate × (1 + headroom) ÷ throughput per replica). */
  readonly base: number;
  /** 1 when the replicas are spread over two zones or more, else 0. */
  readonly spare: number;
  /** base + spare, and at least one replica per zone. */
  readonly total: number;
}

/**
 * DOMAIN.md §2.4: replicas = ceil(peak × (1 + headroom) ÷ per-replica throughput), plus one spare
 * when spread over zones (at least one per zone). 1,200 req/s at 350 per replica with 30 %
 * headroom: ceil(4.46) = 5, + 1 spare = 6.
 */
export function replicasForLoad(rate: number, headroomPct: number, perReplica: number, zones = 1): ReplicaCount {
  const base = ceilClean((rate * (1 + headroomPct / 100)) / perReplica);
  const spare = zones >= 2 ? 1 : 0;
  return { base, spare, total: Math.max(base + spare, zones >= 2 ? zones : 1) };
}

/** A batch job clears a day of arrivals within its running hours: ceil(rate × 86,400 × (1 + headroom) ÷ (throughput × hours × 3,600)). */
export function batchReplicas(rate: number, headroomPct: number, perReplica: number, runHoursPerDay: number): number {
  return Math.max(1, ceilClean((rate * SECONDS_PER_DAY * (1 + headroomPct / 100)) / (perReplica * runHoursPerDay * 3_600)));
}

/** DOMAIN.md §2.5: partitions ≥ max(t ÷ p, t ÷ c). 200 MB/s, p = 20, c = 10: max(10, 20) = 20. */
export function kafkaPartitions(targetMBps: number, producerMBpsPerPartition: number, consumerMBpsPerPartition: number): number {
  return Math.max(1, ceilClean(Math.max(targetMBps / producerMBpsPerPartition, targetMBps / consumerMBpsPerPartition)));
}

/**
 * Brokers: at least the replication factor; enough for the writes, replicas included
 * (t × RF ÷ writes per broker); enough to hold the partition replicas (partitions × RF ÷ replicas
 * per broker).
 */
export function kafkaBrokers(targetMBps: number, replicationFactor: number, partitions: number): number {
  return Math.max(
    replicationFactor,
    ceilClean((targetMBps * replicationFactor) / COEFFICIENTS.kafkaBrokerWriteMBps.value),
    ceilClean((partitions * replicationFactor) / COEFFICIENTS.kafkaPartitionReplicasPerBroker.value),
  );
}

/** DOMAIN.md §2.3, Little's law: L = λ · W. 2,000 req/s × 50 ms = 100 in flight. */
export function littlesLaw(ratePerSecond: number, timeMs: number): number {
  return (ratePerSecond * timeMs) / 1_000;
}

export interface StoredData {
  readonly perDayGb: number;
  readonly storedGb: number;
}

/**
 * DOMAIN.md §2.6: bytes/day = rate × size × 86,400; stored = bytes/day × retention × RF ÷
 * compression × (1 + overhead). 5,000 ev/s × 1 KB = 432 GB/day; 7 days × RF 3 = 9,072 GB.
 */
export function storedData(ratePerSecond: number, payloadKb: number, retentionDays: number, replicationFactor = 1, compressionRatio = 1, overheadPct = 0): StoredData {
  const perDayGb = (megabytesPerSecond(ratePerSecond, payloadKb) * SECONDS_PER_DAY) / 1_000;
  return { perDayGb, storedGb: ((perDayGb * retentionDays * replicationFactor) / compressionRatio) * (1 + overheadPct / 100) };
}

// ---- per node ----

export interface SizingOptions {
  /** Compression ratio of stored data; default 1, uncompressed, as DOMAIN.md's example. */
  readonly compressionRatio?: number;
  /** Storage overhead (indexes, segments awaiting deletion), percent; default 0. */
  readonly storageOverheadPct?: number;
}

export interface ReplicaSizing {
  /** The replicas the design sets (or its type's default; 1 for a type without replicas). */
  readonly configured: number;
  /** What the load needs, when the node has a rate and a throughput per replica (brokers for a stream). */
  readonly needed?: Figure;
  /** What runs and is priced: the larger of the two. */
  readonly toRun: number;
}

export interface CountSizing {
  readonly configured: number;
  readonly needed: Figure;
  /** Fewer configured than needed. */
  readonly under: boolean;
}

export interface StorageSizing {
  readonly perDay: Figure;
  readonly needed: Figure;
  readonly configuredGb: number;
  /** What is provisioned and priced: the larger of the two. */
  readonly toProvisionGb: number;
  readonly under: boolean;
}

export interface NodeSizing {
  readonly id: string;
  readonly replicas?: ReplicaSizing;
  /** What the configured replicas serve: replicas × throughput per replica (a day's average for a batch job). */
  readonly capacity?: Figure;
  /** Rate ÷ capacity, in percent. */
  readonly utilisation?: Figure;
  /** The configured capacity is below the rate. */
  readonly overCapacity: boolean;
  readonly gpus?: Figure;
  /** Requests in flight, by Little's law. */
  readonly concurrency?: Figure;
  /** Requests in flight per configured replica above `concurrencyPerReplica`. */
  readonly overConcurrency: boolean;
  readonly partitions?: CountSizing;
  readonly brokers?: CountSizing;
  readonly storage?: StorageSizing;
}

export interface SizingResult {
  /** One per node, in design order. */
  readonly nodes: readonly NodeSizing[];
  /** Nodes whose configured capacity is below their rate, in design order. */
  readonly overCapacity: readonly string[];
}

const F = {
  replicas: {
    en: 'ceil(rate × (1 + headroom) ÷ throughput per replica) + 1 spare when spread over 2 zones or more (at least one per zone)',
    fr: 'arrondi supérieur(débit × (1 + marge) ÷ débit par réplica) + 1 de secours si réparti sur 2 zones ou plus (au moins un par zone)',
  },
  batch: {
    en: 'ceil(rate × 86,400 s × (1 + headroom) ÷ (throughput per replica × running hours per day × 3,600 s))',
    fr: 'arrondi supérieur(débit × 86 400 s × (1 + marge) ÷ (débit par réplica × heures d’exécution par jour × 3 600 s))',
  },
  capacity: { en: 'configured replicas × throughput per replica', fr: 'réplicas configurés × débit par réplica' },
  batchCapacity: {
    en: 'configured replicas × throughput per replica × running hours per day ÷ 24',
    fr: 'réplicas configurés × débit par réplica × heures d’exécution par jour ÷ 24',
  },
  utilisation: { en: 'rate ÷ capacity × 100', fr: 'débit ÷ capacité × 100' },
  gpus: { en: 'replicas × GPUs per replica', fr: 'réplicas × GPU par réplica' },
  concurrency: { en: 'Little’s law: L = λ × W (rate × service time p50)', fr: 'loi de Little : L = λ × W (débit × temps de service p50)' },
  partitions: {
    en: 'max(ceil(t × (1 + headroom) ÷ produce per partition), ceil(t × (1 + headroom) ÷ consume per partition), consumer replicas)',
    fr: 'max(arrondi sup.(t × (1 + marge) ÷ production par partition), arrondi sup.(t × (1 + marge) ÷ consommation par partition), réplicas consommateurs)',
  },
  brokers: {
    en: 'max(replication factor, ceil(t × (1 + headroom) × RF ÷ writes per broker), ceil(partitions × RF ÷ partition replicas per broker))',
    fr: 'max(facteur de réplication, arrondi sup.(t × (1 + marge) × RF ÷ écritures par broker), arrondi sup.(partitions × RF ÷ répliques de partition par broker))',
  },
  perDay: { en: 'write rate × payload × 86,400 s', fr: 'débit d’écriture × charge utile × 86 400 s' },
  stored: {
    en: 'GB per day × retention days × replication factor ÷ compression ratio × (1 + overhead)',
    fr: 'Go par jour × jours de rétention × facteur de réplication ÷ taux de compression × (1 + surcoût)',
  },
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What a node's configured replicas serve, per second: replicas × throughput per replica (a
 * day's average for a batch job running some hours a day). Undefined without a throughput.
 */
export function configuredCapacity(graph: MetricsGraph, i: number): number | undefined {
  const throughput = graph.num(i, 'throughputPerReplicaRps');
  const runHours = graph.is(i, 'batch-job') ? graph.num(i, 'runHoursPerDay') : undefined;
  if (throughput === undefined || throughput <= 0 || (runHours !== undefined && runHours <= 0)) return undefined;
  const count = graph.num(i, 'replicas') ?? 1;
  return runHours === undefined ? count * throughput : (count * throughput * runHours) / 24;
}

/** Whether the load of node `i` exceeds what its configured replicas serve. */
export function isOverCapacity(graph: MetricsGraph, load: LoadRates, i: number): boolean {
  const rate = load.rates[i]!;
  const capacity = configuredCapacity(graph, i);
  return capacity !== undefined && rate > 0 && rate > capacity * (1 + 1e-12);
}

export function sizeNodes(graph: MetricsGraph, load: LoadResult, options: SizingOptions = {}): SizingResult {
  const { headroomPct, payloadKb } = graph.design.workload;
  const compression = options.compressionRatio ?? 1;
  const overheadPct = options.storageOverheadPct ?? 0;
  const { outStart, outEdges, to } = graph;
  const nodes: NodeSizing[] = new Array<NodeSizing>(graph.nodes.length);
  const overCapacity: string[] = [];
  const headroomInput = input('headroomPct', headroomPct, '%');
  const payloadInput = input('payloadKb', payloadKb, 'KB');
  const brokerWrite = COEFFICIENTS.kafkaBrokerWriteMBps;
  const perBroker = COEFFICIENTS.kafkaPartitionReplicasPerBroker;
  const brokerSources = [...brokerWrite.sources, ...perBroker.sources];

  for (let i = 0; i < graph.nodes.length; i += 1) {
    const id = graph.node(i).id;
    const out: Mutable<NodeSizing> = { id, overCapacity: false, overConcurrency: false };
    nodes[i] = out;
    const rate = load.rates[i]!;
    const unit = load.nodes[i]!.rate.unit;
    const throughput = graph.num(i, 'throughputPerReplicaRps');
    const configured = graph.num(i, 'replicas');
    const runHours = graph.is(i, 'batch-job') ? graph.num(i, 'runHoursPerDay') : undefined;

    // Replicas from the load.
    let needed: Figure | undefined;
    if (throughput !== undefined && throughput > 0 && rate > 0) {
      if (runHours !== undefined) {
        if (runHours > 0) {
          needed = figure(batchReplicas(rate, headroomPct, throughput, runHours), 'count', F.batch, [
            input('rate', rate, unit), headroomInput, input('throughputPerReplicaRps', throughput, 'req/s'), input('runHoursPerDay', runHours, 'h'),
          ]);
        }
      } else {
        const zones = graph.zones(i);
        const count = replicasForLoad(rate, headroomPct, throughput, zones);
        needed = figure(count.total, 'count', F.replicas, [
          input('rate', rate, unit), headroomInput, input('throughputPerReplicaRps', throughput, 'req/s'), input('zones', zones, 'count'), input('spare', count.spare, 'count'),
        ]);
      }
    }

    // Streams: partitions and brokers from the bytes written.
    if (graph.is(i, 'stream-log')) {
      const mbps = megabytesPerSecond(load.writeRates[i]!, payloadKb);
      const target = mbps * (1 + headroomPct / 100);
      const produce = graph.num(i, 'producerMBpsPerPartition');
      const consume = graph.num(i, 'consumerMBpsPerPartition');
      const configuredPartitions = graph.num(i, 'partitions');
      if (produce !== undefined && consume !== undefined && configuredPartitions !== undefined && mbps > 0) {
        let parallelism = 1;
        for (let p = outStart[i]!; p < outStart[i + 1]!; p += 1) {
          const consumer = to[outEdges[p]!]!;
          if (!graph.isClient(consumer)) parallelism = Math.max(parallelism, graph.num(consumer, 'replicas') ?? 1);
        }
        const value = Math.max(kafkaPartitions(target, produce, consume), parallelism);
        out.partitions = {
          configured: configuredPartitions,
          needed: figure(value, 'count', F.partitions, [
            input('t', mbps, 'MB/s'), headroomInput, input('producerMBpsPerPartition', produce, 'MB/s'),
            input('consumerMBpsPerPartition', consume, 'MB/s'), input('consumerReplicas', parallelism, 'count'),
          ]),
          under: configuredPartitions < value,
        };
      }
      const rf = graph.num(i, 'replicationFactor');
      if (rf !== undefined && configured !== undefined && configuredPartitions !== undefined) {
        const partitionCount = Math.max(configuredPartitions, out.partitions?.needed.value ?? 0);
        const value = kafkaBrokers(target, rf, partitionCount);
        const brokers: CountSizing = {
          configured,
          needed: figure(value, 'count', F.brokers, [
            input('t', mbps, 'MB/s'), headroomInput, input('replicationFactor', rf, 'count'), input('partitions', partitionCount, 'count'),
            input('kafkaBrokerWriteMBps', brokerWrite.value, 'MB/s'), input('kafkaPartitionReplicasPerBroker', perBroker.value, 'count'),
          ], brokerSources),
          under: configured < value,
        };
        out.brokers = brokers;
        needed = brokers.needed;
      }
    }

    let toRun: number | undefined;
    if (configured !== undefined || needed !== undefined) {
      toRun = Math.max(configured ?? 1, needed?.value ?? 0);
      out.replicas = needed === undefined ? { configured: configured ?? 1, toRun } : { configured: configured ?? 1, needed, toRun };
    }

    // Capacity as configured, and whether the load exceeds it.
    if (throughput !== undefined && throughput > 0 && (runHours === undefined || runHours > 0)) {
      const count = configured ?? 1;
      const value = configuredCapacity(graph, i)!;
      out.capacity = runHours === undefined
        ? figure(value, 'req/s', F.capacity, [input('replicas', count, 'count'), input('throughputPerReplicaRps', throughput, 'req/s')])
        : figure(value, 'req/s', F.batchCapacity, [input('replicas', count, 'count'), input('throughputPerReplicaRps', throughput, 'req/s'), input('runHoursPerDay', runHours, 'h')]);
      if (rate > 0) {
        out.utilisation = figure((rate / value) * 100, '%', F.utilisation, [input('rate', rate, unit), input('capacity', value, 'req/s')]);
        if (isOverCapacity(graph, load, i)) {
          out.overCapacity = true;
          overCapacity.push(id);
        }
      }
    }

    const gpusPerReplica = graph.num(i, 'gpusPerReplica');
    if (gpusPerReplica !== undefined && gpusPerReplica > 0 && toRun !== undefined) {
      out.gpus = figure(toRun * gpusPerReplica, 'count', F.gpus, [input('replicas', toRun, 'count'), input('gpusPerReplica', gpusPerReplica, 'count')]);
    }

    const serviceMs = graph.num(i, 'latencyP50Ms');
    if (serviceMs !== undefined && rate > 0 && runHours === undefined) {
      const inFlight = littlesLaw(rate, serviceMs);
      out.concurrency = figure(inFlight, 'count', F.concurrency, [input('rate', rate, unit), input('latencyP50Ms', serviceMs, 'ms')]);
      const limit = graph.num(i, 'concurrencyPerReplica');
      out.overConcurrency = limit !== undefined && out.replicas !== undefined && inFlight / out.replicas.configured > limit;
    }

    const writes = load.writeRates[i]!;
    if (writes > 0) {
      const retention = graph.num(i, 'retentionDays');
      const configuredGb = graph.num(i, 'storageGb');
      if (retention !== undefined && configuredGb !== undefined) {
        const rf = graph.num(i, 'replicationFactor') ?? 1;
        const data = storedData(writes, payloadKb, retention, rf, compression, overheadPct);
        out.storage = {
          perDay: figure(data.perDayGb, 'GB/day', F.perDay, [input('writeRate', writes, unit), payloadInput]),
          needed: figure(data.storedGb, 'GB', F.stored, [
            input('gbPerDay', data.perDayGb, 'GB/day'), input('retentionDays', retention, 'days'), input('replicationFactor', rf, 'count'),
            input('compressionRatio', compression, ''), input('overheadPct', overheadPct, '%'),
          ]),
          configuredGb,
          toProvisionGb: Math.max(configuredGb, data.storedGb),
          under: configuredGb < data.storedGb,
        };
      }
    }
  }
  return { nodes, overCapacity };
}
