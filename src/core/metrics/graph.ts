import { resolveType } from '../catalog/customTypes';
import { defaultValue } from '../catalog/nodeFromType';
import type { ComponentType } from '../catalog/schema';
import type { Role } from '../catalog/vocabulary';
import type { Design, DesignEdge, DesignNode, PropValue } from '../model/types';
import type { NetworkClass } from './coefficients';

/**
 * The design as the calculators walk it, built once per computation in O(nodes + edges + groups):
 * nodes and edges by index, adjacency in flat arrays (edge indices leaving node u are
 * `outEdges[outStart[u]] … outEdges[outStart[u + 1] - 1]`), property values with their type's
 * defaults, and each node's zone and region groups. Every walk over it is iterative.
 *
 * Entry points, request edges and clients follow the rules' RuleContext definitions exactly (a
 * test checks they agree); they are recomputed here on arrays because the calculators must run
 * on every edit of a 10,000-component design.
 */

interface TypeInfo {
  readonly type: ComponentType | undefined;
  readonly roles: ReadonlySet<Role>;
  readonly defaults: ReadonlyMap<string, PropValue>;
  readonly client: boolean;
}

const NO_TYPE: TypeInfo = { type: undefined, roles: new Set(), defaults: new Map(), client: false };

export class MetricsGraph {
  readonly design: Design;
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Source and target node index of each edge. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Edges leaving node u: outEdges[outStart[u] .. outStart[u + 1]). */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** Edges entering node v: inEdges[inStart[v] .. inStart[v + 1]). */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  private readonly info: readonly TypeInfo[];
  private readonly zoneOf: readonly (string | undefined)[];
  private readonly regionOf: readonly (string | undefined)[];
  private readonly request: Uint8Array;
  private readonly zoneCount: Float64Array;
  private edgeNames: string[] | undefined;
  private nodeNames: string[] | undefined;
  private entries: number[] | undefined;

  /**
   * `onRead` hears every component property key read through `prop` (the rules engine records
   * what each rule depends on).
   */
  constructor(design: Design, private readonly onRead?: (key: string) => void) {
    this.design = design;
    this.nodes = design.nodes;
    this.edges = design.edges;
    const n = this.nodes.length;
    const m = this.edges.length;
    const parts = nodeParts(design);
    const indexOf = parts.indexOf;
    this.indexOf = indexOf;
    this.info = parts.info;
    this.zoneOf = parts.zoneOf;
    this.regionOf = parts.regionOf;

    this.from = new Int32Array(m);
    this.to = new Int32Array(m);
    this.outStart = new Int32Array(n + 1);
    this.inStart = new Int32Array(n + 1);
    for (let k = 0; k < m; k += 1) {
      const e = this.edges[k]!;
      const s = indexOf.get(e.source)!;
      const t = indexOf.get(e.target)!;
      this.from[k] = s;
      this.to[k] = t;
      this.outStart[s + 1] = this.outStart[s + 1]! + 1;
      this.inStart[t + 1] = this.inStart[t + 1]! + 1;
    }
    for (let i = 0; i < n; i += 1) {
      this.outStart[i + 1] = this.outStart[i + 1]! + this.outStart[i]!;
      this.inStart[i + 1] = this.inStart[i + 1]! + this.inStart[i]!;
    }
    this.outEdges = new Int32Array(m);
    this.inEdges = new Int32Array(m);
    const outFill = this.outStart.slice(0, n);
    const inFill = this.inStart.slice(0, n);
    for (let k = 0; k < m; k += 1) {
      const s = this.from[k]!;
      const t = this.to[k]!;
      this.outEdges[outFill[s]!] = k;
      outFill[s] = outFill[s]! + 1;
      this.inEdges[inFill[t]!] = k;
      inFill[t] = inFill[t]! + 1;
    }

    this.request = new Uint8Array(m);
    for (let k = 0; k < m; k += 1) {
      this.request[k] = isRequestEdge(this.edges[k]!) && !this.info[this.to[k]!]!.client ? 1 : 0;
    }
    this.zoneCount = new Float64Array(n).fill(-1);
  }

  node(i: number): DesignNode {
    return this.nodes[i]!;
  }

  edge(k: number): DesignEdge {
    return this.edges[k]!;
  }

  type(i: number): ComponentType | undefined {
    return this.info[i]!.type;
  }

  /** The node's value of a property, or its type's default (as the rules' RuleContext.prop). */
  prop(i: number, key: string): PropValue | undefined {
    this.onRead?.(key);
    const own = this.nodes[i]!.props[key];
    return own !== undefined ? own : this.info[i]!.defaults.get(key);
  }

  num(i: number, key: string): number | undefined {
    const value = this.prop(i, key);
    return typeof value === 'number' ? value : undefined;
  }

  text(i: number, key: string): string | undefined {
    const value = this.prop(i, key);
    return typeof value === 'string' ? value : undefined;
  }

  /** Whether the node's type declares the property. */
  hasProp(i: number, key: string): boolean {
    return this.info[i]!.defaults.has(key);
  }

  is(i: number, ...roles: Role[]): boolean {
    const own = this.info[i]!.roles;
    for (const role of roles) if (own.has(role)) return true;
    return false;
  }

  isClient(i: number): boolean {
    return this.info[i]!.client;
  }

  /**
   * Whether an edge is a step of a request path: a request edge (synchronous, calls per request
   * above 0, not models, telemetry or model updates) to a component that is not a client.
   */
  isRequest(k: number): boolean {
    return this.request[k] === 1;
  }

  /** `node:<id>`, the name of a node as a figure input. */
  nodeName(i: number): string {
    this.nodeNames ??= this.nodes.map((node) => `node:${node.id}`);
    return this.nodeNames[i]!;
  }

  /** `edge:<id>`, the name of an edge as a figure input. */
  edgeName(k: number): string {
    this.edgeNames ??= this.edges.map((edge) => `edge:${edge.id}`);
    return this.edgeNames[k]!;
  }

  /**
   * The availability zones a node's replicas run in: 1 when it sits inside a zone group (all its
   * replicas are in that zone), else its `zones` property, else 1.
   */
  zones(i: number): number {
    let known = this.zoneCount[i]!;
    if (known < 0) {
      known = this.zoneOf[i] !== undefined ? 1 : Math.max(1, Math.floor(this.num(i, 'zones') ?? 1));
      this.zoneCount[i] = known;
    }
    return known;
  }

  /**
   * Where a call runs: across regions when the edge is marked `crossRegion` or joins two region
   * groups (as the rules' isCrossRegion); within a zone when both ends sit in the same zone group;
   * across zones when they sit in two zone groups, or when either end spreads its replicas over
   * several zones (a call then usually leaves its zone); within a zone otherwise.
   */
  network(k: number): NetworkClass {
    const s = this.from[k]!;
    const t = this.to[k]!;
    if (this.edges[k]!.props.crossRegion === true) return 'cross-region';
    const ra = this.regionOf[s];
    const rb = this.regionOf[t];
    if (ra !== undefined && rb !== undefined && ra !== rb) return 'cross-region';
    const a = this.zoneOf[s];
    const b = this.zoneOf[t];
    if (a !== undefined && b !== undefined) return a === b ? 'same-zone' : 'cross-zone';
    return this.zones(s) >= 2 || this.zones(t) >= 2 ? 'cross-zone' : 'same-zone';
  }

  /**
   * Entry points, as the rules define them: components a client calls with a request edge, or,
   * when there are none, entry-point components nobody calls. Node indices in design order.
   */
  entryPoints(): readonly number[] {
    if (this.entries !== undefined) return this.entries;
    const found = new Uint8Array(this.nodes.length);
    let count = 0;
    for (let k = 0; k < this.edges.length; k += 1) {
      const t = this.to[k]!;
      if (isRequestEdge(this.edges[k]!) && this.info[this.from[k]!]!.client && !this.info[t]!.client && found[t] === 0) {
        found[t] = 1;
        count += 1;
      }
    }
    if (count === 0) {
      for (let i = 0; i < this.nodes.length; i += 1) {
        if (this.info[i]!.roles.has('entry-point') && this.inStart[i + 1] === this.inStart[i]) found[i] = 1;
      }
    }
    const entries: number[] = [];
    for (let i = 0; i < this.nodes.length; i += 1) if (found[i] === 1) entries.push(i);
    this.entries = entries;
    return entries;
  }
}

/** The rules' RuleContext.isRequestEdge: synchronous, made for requests, not a side channel. */
export function isRequestEdge(edge: DesignEdge): boolean {
  if (edge.mode !== 'sync' || edge.callsPerRequest === 0) return false;
  const carries = edge.props.carries;
  return carries !== 'models' && carries !== 'telemetry' && carries !== 'model-updates';
}

export function metricsGraph(design: Design, onRead?: (key: string) => void): MetricsGraph {
  return new MetricsGraph(design, onRead);
}

/** A topological order of the graph kept by `keep`, and the edges cut to break its cycles. */
export interface AcyclicOrder {
  /** Node indices, every kept edge's source before its target (once back edges are removed). */
  readonly order: Int32Array;
  /** 1 for an edge that closes a cycle (a back edge of the depth-first walk), 0 otherwise. */
  readonly back: Uint8Array;
}

/**
 * Orders the nodes along the edges `keep` marks with 1, depth first from `roots` (then from every
 * other node, in design order), cutting each edge that closes a cycle where the walk meets it.
 * Iterative and O(nodes + edges), so a chain of 10,000 components never overflows the stack.
 */
export function acyclicOrder(graph: MetricsGraph, keep: Uint8Array, roots: Iterable<number> = []): AcyclicOrder {
  const n = graph.nodes.length;
  const { outStart, outEdges, to } = graph;
  const state = new Uint8Array(n);
  const back = new Uint8Array(graph.edges.length);
  const order = new Int32Array(n);
  let written = n;
  const stackNode = new Int32Array(n);
  const stackPos = new Int32Array(n);
  const visit = (root: number) => {
    if (state[root] !== 0) return;
    let depth = 0;
    state[root] = 1;
    stackNode[0] = root;
    stackPos[0] = outStart[root]!;
    while (depth >= 0) {
      const u = stackNode[depth]!;
      const end = outStart[u + 1]!;
      let pos = stackPos[depth]!;
      let descended = false;
      while (pos < end) {
        const k = outEdges[pos]!;
        pos += 1;
        if (keep[k] !== 1) continue;
        const v = to[k]!;
        if (state[v] === 1) back[k] = 1;
        else if (state[v] === 0) {
          stackPos[depth] = pos;
          state[v] = 1;
          depth += 1;
          stackNode[depth] = v;
          stackPos[depth] = outStart[v]!;
          descended = true;
          break;
        }
      }
      if (descended) continue;
      state[u] = 2;
      written -= 1;
      order[written] = u;
      depth -= 1;
    }
  };
  for (const root of roots) visit(root);
  for (let i = 0; i < n; i += 1) visit(i);
  return { order, back };
}

/** What a graph knows of the components alone: the same for every design with these components, groups and types. */
interface NodeParts {
  readonly groups: Design['groups'];
  readonly customTypes: Design['customTypes'];
  readonly provider: Design['workload']['provider'];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly info: readonly TypeInfo[];
  readonly zoneOf: readonly (string | undefined)[];
  readonly regionOf: readonly (string | undefined)[];
}

/**
 * The parts of the last graph built for these components, kept while its groups, types and
 * provider are those of `design` too: an edit of connections (the usual edit, and the one the
 * rules check most often) reuses them. The document's updates keep unchanged arrays as they are.
 */
const NODE_PARTS = new WeakMap<readonly DesignNode[], NodeParts>();

function nodeParts(design: Design): NodeParts {
  const known = NODE_PARTS.get(design.nodes);
  if (known !== undefined && known.groups === design.groups && known.customTypes === design.customTypes && known.provider === design.workload.provider) {
    return known;
  }
  const n = design.nodes.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i += 1) indexOf.set(design.nodes[i]!.id, i);

  // Types, roles and property defaults, worked out once per type.
  const provider = design.workload.provider;
  const byType = new Map<string, TypeInfo>();
  const info = new Array<TypeInfo>(n);
  for (let i = 0; i < n; i += 1) {
    const typeId = design.nodes[i]!.type;
    let known = byType.get(typeId);
    if (known === undefined) {
      const type = resolveType(design, typeId);
      if (type === undefined) known = NO_TYPE;
      else {
        const roles = new Set(type.roles);
        known = { type, roles, defaults: new Map(type.props.map((def) => [def.key, defaultValue(def, provider)])), client: roles.has('client') };
      }
      byType.set(typeId, known);
    }
    info[i] = known;
  }

  // The innermost zone and region group of each node.
  const groups = new Map(design.groups.map((g) => [g.id, g]));
  const enclosingOf = (kind: 'zone' | 'region') => {
    const memo = new Map<string, string | undefined>();
    const resolve = (start: string | undefined): string | undefined => {
      const chain: string[] = [];
      let found: string | undefined;
      let at = start;
      while (at !== undefined) {
        if (memo.has(at)) {
          found = memo.get(at);
          break;
        }
        const group = groups.get(at);
        if (group === undefined || chain.includes(at)) break;
        chain.push(at);
        if (group.kind === kind) {
          found = group.id;
          break;
        }
        at = group.parent;
      }
      for (const id of chain) memo.set(id, found);
      return found;
    };
    return design.nodes.map((node) => resolve(node.parent));
  };

  const parts: NodeParts = {
    groups: design.groups,
    customTypes: design.customTypes,
    provider,
    indexOf,
    info,
    zoneOf: enclosingOf('zone'),
    regionOf: enclosingOf('region'),
  };
  NODE_PARTS.set(design.nodes, parts);
  return parts;
}
