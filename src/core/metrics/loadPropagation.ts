import type { DesignEdge } from '../model/types';
import { figure, input, type Figure, type FigureInput } from './figure';
import { acyclicOrder, type MetricsGraph } from './graph';

/**
 * Load propagation (issue 6, item 2): the peak arrival rate of every component, from the workload.
 *
 * - Sources. A component listed in `workload.entryRps` receives that rate from outside (a client
 *   listed there sends it). A client with an `eventsPerSecond` property (IoT devices) sends that.
 *   Every other entry point (the rules' definition: called by a client, or an entry-point
 *   component nobody calls) receives `workload.peakRps`, unless a client with a known rate calls
 *   it: its load then comes from those clients.
 * - Flow. Each connection carries its source's rate × its calls per request, sync and async
 *   alike (an async connection into a stream or a queue carries events); a component's rate is
 *   the sum of what it receives. Connections that carry models or model updates carry no load.
 * - Cycles are cut where a depth-first walk from the sources closes them: the closing connection
 *   still shows its rate, but it is not added again to its target, so the result stays finite.
 * - Bytes: rate × the workload's mean payload. The writes a store receives leave out connections
 *   whose `access` fact says they only read.
 *
 * O(nodes + edges), iterative.
 */

export type RateBasis = 'entry-rps' | 'client-rps' | 'events-per-second' | 'peak-rps';

/** Where load enters the design. */
export interface LoadSource {
  readonly node: string;
  readonly rate: number;
  readonly basis: RateBasis;
}

export interface NodeLoad {
  readonly id: string;
  /** Peak arrival rate: requests/s, or events/s for streams, queues and event sources. */
  readonly rate: Figure;
  /** Peak arrivals in MB/s: rate × payload. */
  readonly bytes: Figure;
}

/** The rates alone, without the explained figures (what the capacity rule needs). */
export interface LoadRates {
  /** Arrival rate by node index (per second). */
  readonly rates: Float64Array;
  /** The part of the arrivals that writes (connections not marked read-only), by node index. */
  readonly writeRates: Float64Array;
  /** The rate each connection carries, by edge index. */
  readonly edgeRates: Float64Array;
  /** Load entering the design from outside, in design order. */
  readonly sources: readonly LoadSource[];
  /** Connections that close a cycle: their rate is not added again to their target. */
  readonly cutEdges: readonly string[];
  /**
   * Clients that call an entry point without a rate of their own while another client of that
   * entry point has one: they add nothing. List them in `workload.entryRps` to count them.
   */
  readonly silentClients: readonly string[];
  /** Rate received from outside, by node index, and on what basis (undefined: none). */
  readonly external: Float64Array;
  readonly basis: readonly (RateBasis | undefined)[];
  /** 1 where a connection carries load (not models or model updates), by edge index. */
  readonly edgeLoads: Uint8Array;
  /** 1 where a connection closes a cycle, by edge index. */
  readonly back: Uint8Array;
}

export interface LoadResult extends LoadRates {
  /** One per node, in design order, each rate explained. */
  readonly nodes: readonly NodeLoad[];
}

/** Connections that carry models or model updates are not requests: they carry no load. */
export function carriesLoad(edge: DesignEdge): boolean {
  const carries = edge.props.carries;
  return carries !== 'models' && carries !== 'model-updates';
}

const RATE_FORMULA = {
  en: 'arrivals from outside + Σ over incoming connections of (caller’s rate × calls per request)',
  fr: 'arrivées de l’extérieur + Σ sur les connexions entrantes de (débit de l’appelant × appels par requête)',
};
const BYTES_FORMULA = { en: 'rate × payload ÷ 1,000', fr: 'débit × charge utile ÷ 1 000' };

/** KB per event to MB/s: decimal units, as in DOMAIN.md §2.6 (1 KB × 5,000/s × 86,400 s = 432 GB). */
export function megabytesPerSecond(ratePerSecond: number, payloadKb: number): number {
  return (ratePerSecond * payloadKb) / 1_000;
}

/** The arrival rate of every component and connection (see the top of this file). */
export function propagateRates(graph: MetricsGraph): LoadRates {
  const { workload } = graph.design;
  const n = graph.nodes.length;
  const external = new Float64Array(n);
  const basis: (RateBasis | undefined)[] = new Array<RateBasis | undefined>(n);
  const known = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = graph.node(i).id;
    if (Object.hasOwn(workload.entryRps, id)) {
      external[i] = workload.entryRps[id]!;
      basis[i] = graph.isClient(i) ? 'client-rps' : 'entry-rps';
      known[i] = 1;
    } else if (graph.isClient(i)) {
      const events = graph.num(i, 'eventsPerSecond');
      if (events !== undefined) {
        external[i] = events;
        basis[i] = 'events-per-second';
        known[i] = 1;
      }
    }
  }
  const silent = new Set<number>();
  const { inStart, inEdges, outStart, outEdges, from, to } = graph;
  for (const entry of graph.entryPoints()) {
    if (known[entry] === 1) continue;
    let fed = false;
    for (let p = inStart[entry]!; p < inStart[entry + 1]!; p += 1) {
      const k = inEdges[p]!;
      if (graph.isRequest(k) && graph.isClient(from[k]!) && known[from[k]!] === 1) fed = true;
    }
    if (fed) {
      for (let p = inStart[entry]!; p < inStart[entry + 1]!; p += 1) {
        const k = inEdges[p]!;
        if (graph.isRequest(k) && graph.isClient(from[k]!) && known[from[k]!] !== 1) silent.add(from[k]!);
      }
      continue;
    }
    external[entry] = workload.peakRps;
    basis[entry] = 'peak-rps';
  }

  const sources: LoadSource[] = [];
  const roots: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const b = basis[i];
    if (b === undefined) continue;
    sources.push({ node: graph.node(i).id, rate: external[i]!, basis: b });
    roots.push(i);
  }

  const m = graph.edges.length;
  const edgeLoads = new Uint8Array(m);
  for (let k = 0; k < m; k += 1) edgeLoads[k] = carriesLoad(graph.edge(k)) ? 1 : 0;
  const { order, back } = acyclicOrder(graph, edgeLoads, roots);
  const rates = Float64Array.from(external);
  const writeRates = Float64Array.from(external);
  const edgeRates = new Float64Array(m);
  for (let j = 0; j < order.length; j += 1) {
    const u = order[j]!;
    const rate = rates[u]!;
    for (let p = outStart[u]!; p < outStart[u + 1]!; p += 1) {
      const k = outEdges[p]!;
      if (edgeLoads[k] === 0) continue;
      const e = graph.edge(k);
      const carried = rate * e.callsPerRequest;
      edgeRates[k] = carried;
      if (back[k] === 1) continue;
      const v = to[k]!;
      rates[v] = rates[v]! + carried;
      if (e.props.access !== 'read') writeRates[v] = writeRates[v]! + carried;
    }
  }

  const cutEdges: string[] = [];
  for (let k = 0; k < m; k += 1) if (back[k] === 1) cutEdges.push(graph.edge(k).id);
  return {
    rates,
    writeRates,
    edgeRates,
    sources,
    cutEdges,
    silentClients: [...silent].sort((a, b) => a - b).map((i) => graph.node(i).id),
    external,
    basis,
    edgeLoads,
    back,
  };
}

/** The arrival rates with each one explained: its formula and the inputs it adds up. */
export function propagateLoad(graph: MetricsGraph): LoadResult {
  const load = propagateRates(graph);
  const { external, basis, edgeLoads, back, edgeRates, rates } = load;
  const { workload } = graph.design;
  const { inStart, inEdges } = graph;
  const n = graph.nodes.length;
  const nodes: NodeLoad[] = new Array<NodeLoad>(n);
  const payloadInput = input('payloadKb', workload.payloadKb, 'KB');
  for (let i = 0; i < n; i += 1) {
    const b = basis[i];
    const unit = b === 'events-per-second' || graph.is(i, 'stream-log', 'queue', 'dlq') ? 'events/s' : 'req/s';
    const inputs: FigureInput[] = [];
    if (b !== undefined) inputs.push(input(b === 'peak-rps' ? 'peakRps' : b === 'events-per-second' ? 'eventsPerSecond' : 'entryRps', external[i]!, unit));
    for (let p = inStart[i]!; p < inStart[i + 1]!; p += 1) {
      const k = inEdges[p]!;
      if (edgeLoads[k] === 1 && back[k] === 0) inputs.push(input(graph.edgeName(k), edgeRates[k]!, unit));
    }
    const rate = rates[i]!;
    nodes[i] = {
      id: graph.node(i).id,
      rate: figure(rate, unit, RATE_FORMULA, inputs),
      bytes: figure(megabytesPerSecond(rate, workload.payloadKb), 'MB/s', BYTES_FORMULA, [input('rate', rate, unit), payloadInput]),
    };
  }
  return { ...load, nodes };
}
