import { NETWORK_CLASSES, NETWORK_RTT, type NetworkClass } from './coefficients';
import { figure, input, uniqueSources, type Figure, type FigureInput, type FigureSource } from './figure';
import { acyclicOrder, type MetricsGraph } from './graph';

/**
 * Latency budget (issue 6, item 4; DOMAIN.md §2.2). For each entry point, the request paths along
 * synchronous request connections. Each hop costs the component's service time (p50 or p99) plus
 * its queueing (the batching delay `maxQueueDelayMs` of a model server, an upper bound) plus the
 * network round trip of the call into it (same zone, across zones, across regions). Calls from
 * one component to several others, and several calls on one connection, are taken as parallel: they
 * add the slowest branch. The p99 figure adds the p99s along the slowest path, a worst case
 * (percentiles do not add for independent hops), and is what the SLO is compared with.
 *
 * A timeout is flagged when the call's timeout × attempts is longer than what is left of the
 * SLO when the call is made (the p50 time spent before it, the caller's own work included).
 * Cycles of calls are cut where a walk from the entry points closes them. O(nodes + edges) for
 * all entry points together, plus the length of each reported path.
 */

export interface LatencyHop {
  readonly node: string;
  /** The call into this hop's component; absent for the entry point. */
  readonly edge?: string;
  readonly network?: NetworkClass;
  readonly networkMs: number;
  readonly serviceP50Ms: number;
  readonly serviceP99Ms: number;
  readonly queueMs: number;
  /** network + service p50 + queue. */
  readonly p50Ms: number;
  /** network + service p99 + queue. */
  readonly p99Ms: number;
  /** p99 time spent on the path before this hop. */
  readonly startMs: number;
  /** This hop's part of the path's p99, in percent. */
  readonly sharePct: number;
  /** The call into this hop has a timeout longer than the budget left. */
  readonly timeoutExceeded: boolean;
}

export interface EntryLatency {
  readonly entry: string;
  /** Slowest path at p50, ms. */
  readonly p50: Figure;
  /** Slowest path adding p99s (worst case), ms. */
  readonly p99: Figure;
  readonly sloMs: number;
  readonly withinSlo: boolean;
  /** SLO − p99; negative when over. */
  readonly marginMs: number;
  /** The slowest path at p99, the entry point first. */
  readonly hops: readonly LatencyHop[];
  /** The hop with the largest share of the p99 (its node id). */
  readonly culprit?: string;
  /** Components on the path without any latency figure, counted as 0 ms. */
  readonly unknown: readonly string[];
}

export interface TimeoutFlag {
  readonly edge: string;
  readonly source: string;
  readonly target: string;
  readonly timeoutMs: number;
  /** First call plus retries. */
  readonly attempts: number;
  /** SLO − time spent before the call (p50); may be negative. */
  readonly remainingMs: number;
}

export interface LatencyResult {
  readonly entries: readonly EntryLatency[];
  /** Calls whose timeout × attempts exceeds the budget left, in design order. */
  readonly timeouts: readonly TimeoutFlag[];
  /** Request connections that close a cycle, left out of the paths. */
  readonly cutEdges: readonly string[];
}

const F = {
  p50: {
    en: 'Σ over the hops of the slowest path of (service time p50 + queueing + network round trip); parallel calls count their slowest branch',
    fr: 'Σ sur les sauts du chemin le plus lent de (temps de service p50 + attente + aller-retour réseau) ; les appels parallèles comptent leur branche la plus lente',
  },
  p99: {
    en: 'Σ over the hops of the slowest path of (service time p99 + queueing + network round trip): a worst case, p99s do not add for independent hops',
    fr: 'Σ sur les sauts du chemin le plus lent de (temps de service p99 + attente + aller-retour réseau) : un pire cas, les p99 ne s’additionnent pas pour des sauts indépendants',
  },
};

export function latencyBudget(graph: MetricsGraph): LatencyResult {
  const n = graph.nodes.length;
  const m = graph.edges.length;
  const slo = graph.design.workload.latencySloMs;

  const own50 = new Float64Array(n);
  const own99 = new Float64Array(n);
  const service50 = new Float64Array(n);
  const service99 = new Float64Array(n);
  const queue = new Float64Array(n);
  const unknown = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const p50 = graph.num(i, 'latencyP50Ms');
    const p99 = graph.num(i, 'latencyP99Ms');
    service50[i] = p50 ?? p99 ?? 0;
    service99[i] = p99 ?? p50 ?? 0;
    if (p50 === undefined && p99 === undefined) unknown[i] = 1;
    queue[i] = graph.num(i, 'maxQueueDelayMs') ?? 0;
    own50[i] = service50[i]! + queue[i]!;
    own99[i] = service99[i]! + queue[i]!;
  }

  const entries = graph.entryPoints();
  const request = new Uint8Array(m);
  for (let k = 0; k < m; k += 1) request[k] = graph.isRequest(k) ? 1 : 0;
  const { order, back } = acyclicOrder(graph, request, entries);
  const kept = (k: number) => request[k] === 1 && back[k] === 0;
  const { outStart, outEdges } = graph;

  const netClass = new Int8Array(m).fill(-1);
  const netMs = new Float64Array(m);
  const network = (k: number): number => {
    if (netClass[k]! < 0) {
      const cls = graph.network(k);
      netClass[k] = NETWORK_CLASSES.indexOf(cls);
      netMs[k] = NETWORK_RTT[cls].value;
    }
    return netMs[k]!;
  };

  // The slowest remaining path from each node, at p50 and p99, with its next call.
  const t50 = new Float64Array(n);
  const t99 = new Float64Array(n);
  const next50 = new Int32Array(n).fill(-1);
  const next99 = new Int32Array(n).fill(-1);
  for (let j = order.length - 1; j >= 0; j -= 1) {
    const u = order[j]!;
    let best50 = 0;
    let best99 = 0;
    for (let p = outStart[u]!; p < outStart[u + 1]!; p += 1) {
      const k = outEdges[p]!;
      if (!kept(k)) continue;
      const v = graph.to[k]!;
      const net = network(k);
      if (net + t50[v]! > best50 || next50[u]! < 0) {
        best50 = net + t50[v]!;
        next50[u] = k;
      }
      if (net + t99[v]! > best99 || next99[u]! < 0) {
        best99 = net + t99[v]!;
        next99[u] = k;
      }
    }
    t50[u] = own50[u]! + best50;
    t99[u] = own99[u]! + best99;
  }

  // Time spent before each node is entered (p50, worst over the paths from any entry point).
  const start = new Float64Array(n).fill(-Infinity);
  for (const e of entries) start[e] = 0;
  for (let j = 0; j < order.length; j += 1) {
    const u = order[j]!;
    if (start[u] === -Infinity) continue;
    for (let p = outStart[u]!; p < outStart[u + 1]!; p += 1) {
      const k = outEdges[p]!;
      if (!kept(k)) continue;
      const v = graph.to[k]!;
      const at = start[u]! + own50[u]! + network(k);
      if (at > start[v]!) start[v] = at;
    }
  }
  const timeouts: TimeoutFlag[] = [];
  const flagged = new Uint8Array(m);
  for (let k = 0; k < m; k += 1) {
    const u = graph.from[k]!;
    if (!kept(k) || start[u] === -Infinity) continue;
    const e = graph.edge(k);
    const timeout = e.resilience.timeoutMs;
    if (timeout === undefined) continue;
    const attempts = e.resilience.retries + 1;
    const remaining = slo - start[u]! - own50[u]!;
    if (timeout * attempts > remaining) {
      flagged[k] = 1;
      timeouts.push({ edge: e.id, source: e.source, target: e.target, timeoutMs: timeout, attempts, remainingMs: remaining });
    }
  }

  const pathInputs = (entry: number, next: Int32Array, own: Float64Array): { inputs: FigureInput[]; sources: FigureSource[] } => {
    const inputs: FigureInput[] = [input(graph.nodeName(entry), own[entry]!, 'ms')];
    const sources: FigureSource[] = [];
    for (let k = next[entry]!; k >= 0; k = next[graph.to[k]!]!) {
      const cls = NETWORK_CLASSES[netClass[k]!]!;
      inputs.push(input(graph.edgeName(k), netMs[k]!, 'ms'), input(graph.nodeName(graph.to[k]!), own[graph.to[k]!]!, 'ms'));
      sources.push(...NETWORK_RTT[cls].sources);
    }
    return { inputs, sources: uniqueSources(sources) };
  };

  const results: EntryLatency[] = entries.map((entry) => {
    const hops: LatencyHop[] = [];
    const missing: string[] = [];
    const total99 = t99[entry]!;
    const share = (ms: number) => (total99 > 0 ? (ms / total99) * 100 : 0);
    const hop = (i: number, k: number | undefined, startMs: number): LatencyHop => {
      if (unknown[i] === 1) missing.push(graph.node(i).id);
      const net = k === undefined ? 0 : netMs[k]!;
      const p99 = net + own99[i]!;
      return {
        node: graph.node(i).id,
        ...(k === undefined ? {} : { edge: graph.edge(k).id, network: NETWORK_CLASSES[netClass[k]!]! }),
        networkMs: net,
        serviceP50Ms: service50[i]!,
        serviceP99Ms: service99[i]!,
        queueMs: queue[i]!,
        p50Ms: net + own50[i]!,
        p99Ms: p99,
        startMs,
        sharePct: share(p99),
        timeoutExceeded: k !== undefined && flagged[k] === 1,
      };
    };
    hops.push(hop(entry, undefined, 0));
    let elapsed = hops[0]!.p99Ms;
    for (let k = next99[entry]!; k >= 0; k = next99[graph.to[k]!]!) {
      const h = hop(graph.to[k]!, k, elapsed);
      hops.push(h);
      elapsed += h.p99Ms;
    }
    let culprit: LatencyHop | undefined;
    for (const h of hops) if (culprit === undefined || h.p99Ms > culprit.p99Ms) culprit = h;
    const p50Path = pathInputs(entry, next50, own50);
    const p99Path = pathInputs(entry, next99, own99);
    return {
      entry: graph.node(entry).id,
      p50: figure(t50[entry]!, 'ms', F.p50, p50Path.inputs, p50Path.sources),
      p99: figure(total99, 'ms', F.p99, p99Path.inputs, p99Path.sources),
      sloMs: slo,
      withinSlo: total99 <= slo,
      marginMs: slo - total99,
      hops,
      ...(culprit === undefined || total99 === 0 ? {} : { culprit: culprit.node }),
      unknown: missing,
    };
  });

  const cutEdges: string[] = [];
  back.forEach((flag, k) => {
    if (flag === 1) cutEdges.push(graph.edge(k).id);
  });
  return { entries: results, timeouts, cutEdges };
}
