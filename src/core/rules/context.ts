import type { Role } from '../catalog/vocabulary';
import type { Design, DesignEdge, DesignGroup, DesignNode } from '../model/types';
import type { GroupKind } from '../model/vocabulary';
import { articulationPoints, longestPathFrom, reachableFrom, type Adjacency } from './graph';
import { connectionLists } from './connectionLists';
import { indexGraph, type IndexedGraph } from './indexedGraph';
import { ALL_EDGES, ALL_NODES, GROUPS } from './readLog';
import { RecordedReads, type MemoEntry } from './recordedReads';

/** Roles of components that run code and so can emit telemetry, fail, scale and be attacked. */
export const RUNTIME_ROLES: readonly Role[] = [
  'gateway', 'load-balancer', 'service', 'function', 'model-server', 'router', 'stream-job', 'batch-job',
  'cdc', 'acl', 'esb', 'fl-aggregator', 'fog-node', 'pdp', 'pep', 'identity-provider', 'orchestrator', 'training',
];

/** Roles of components that keep data. */
export const STORE_ROLES: readonly Role[] = [
  'stateful-store', 'db', 'object-store', 'table', 'warehouse', 'cache', 'vector-db', 'event-store', 'read-model',
  'feature-store-online', 'feature-store-offline', 'stream-log', 'queue', 'dlq', 'data-versioning',
];

interface TypeClasses {
  readonly client: boolean;
  readonly external: boolean;
  readonly runtime: boolean;
  readonly store: boolean;
}

const NO_EDGES: readonly DesignEdge[] = [];

/** A sync chain from a client: the nodes and edges along the longest synchronous path. */
export interface SyncChain {
  readonly client: string;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/**
 * What rules see of a design: the design itself, its values as RecordedReads gives them (which
 * records what each rule reads), and graph queries computed once, on first use, and shared by
 * every rule of an evaluation. Rules never read coordinates. What each rule looks at of the
 * structure is recorded too (its footprint, see readLog.ts), so that after an edit only the
 * rules that could see a difference run again.
 */
export class RuleContext extends RecordedReads {
  private readonly allNodes: readonly DesignNode[];
  private readonly allEdges: readonly DesignEdge[];
  private readonly allGroups: readonly DesignGroup[];
  /** While a scoped rule runs on some elements only (see restrictTo). */
  private restriction: { nodes?: readonly DesignNode[]; edges?: readonly DesignEdge[]; nodeIds?: ReadonlySet<string> } | undefined;
  private readonly nodeById: Map<string, DesignNode>;
  private readonly groupById: Map<string, DesignGroup>;
  /** Built on first use: most rules never look a connection up by id. */
  private edgeById: Map<string, DesignEdge> | undefined;
  private edgeOrder: Map<string, number> | undefined;
  private nodeOrder: Map<string, number> | undefined;
  private readonly out: Map<string, DesignEdge[]>;
  private readonly into: Map<string, DesignEdge[]>;
  private readonly roleSets: Map<string, ReadonlySet<Role>>;
  private readonly typeClasses: Map<string, TypeClasses>;
  private readonly ancestorChains: Map<string, readonly DesignGroup[]>;
  /**
   * The graph of indices of the design before an edit that left its components, and its
   * connections' ids and ends, as they were (the graph holds only those and the components).
   */
  private readonly previousGraph: IndexedGraph | undefined;

  /**
   * With `previous`, the context of the design before an edit, the indexes and per-type answers
   * that the edit left as they were are shared rather than built again: each is worked out from
   * inputs that are compared by reference (the document's updates keep unchanged arrays and
   * elements as they are), and holds the same answers for both designs.
   */
  constructor(design: Design, previous?: RuleContext) {
    super(design);
    this.allNodes = design.nodes;
    this.allEdges = design.edges;
    this.allGroups = design.groups;
    const sameNodes = previous?.allNodes === design.nodes;
    const sameGroups = previous?.allGroups === design.groups;
    const sameTypes = previous?.design.customTypes === design.customTypes;
    this.nodeById = sameNodes ? previous!.nodeById : new Map(design.nodes.map((n) => [n.id, n]));
    this.groupById = sameGroups ? previous!.groupById : new Map(design.groups.map((g) => [g.id, g]));
    this.roleSets = sameTypes ? previous!.roleSets : new Map();
    this.typeClasses = sameTypes ? previous!.typeClasses : new Map();
    // A chain depends on the groups and on the parent of the component or group it starts at.
    this.ancestorChains = sameNodes && sameGroups ? previous!.ancestorChains : new Map();
    if (sameNodes) this.nodeOrder = previous!.nodeOrder;
    if (previous?.allEdges === design.edges) {
      this.edgeOrder = previous.edgeOrder;
      this.edgeById = previous.edgeById;
    }
    const built = connectionLists(this.nodeById, design.edges, sameNodes ? { edges: previous!.allEdges, lists: { out: previous!.out, into: previous!.into } } : undefined);
    this.out = built.lists.out;
    this.into = built.lists.into;
    if (built.sameEnds) {
      // The same components, and connections with the same ids and ends in the same places.
      this.edgeOrder = previous!.edgeOrder;
      this.previousGraph = previous!.memoEntries().get('indexed')?.value as IndexedGraph | undefined;
    }
  }

  /**
   * Every component, in design order: the rule depends on all of them. In a scoped rule run
   * on some elements (restrictTo), only those.
   */
  get nodes(): readonly DesignNode[] {
    const restricted = this.memoDepth === 0 ? this.restriction?.nodes : undefined;
    if (restricted !== undefined) return restricted;
    this.reads.noteFlag(ALL_NODES);
    return this.allNodes;
  }

  /** Every connection, in design order (in a scoped rule run on some connections, only those). */
  get edges(): readonly DesignEdge[] {
    const restricted = this.memoDepth === 0 ? this.restriction?.edges : undefined;
    if (restricted !== undefined) return restricted;
    this.reads.noteFlag(ALL_EDGES);
    return this.allEdges;
  }

  get groups(): readonly DesignGroup[] {
    this.reads.noteFlag(GROUPS);
    return this.allGroups;
  }

  /**
   * Until `unrestrict`, `nodes` (and `scopeNodes`) or `edges` give only the components or
   * connections with these ids, in design order: a scoped rule then reports for them alone
   * (see RuleDefinition.scope). Shared values still see the whole design.
   */
  restrictTo(nodeIds: ReadonlySet<string> | undefined, edgeIds: ReadonlySet<string> | undefined): void {
    this.restriction = {
      ...(nodeIds === undefined ? {} : { nodes: this.someNodes(nodeIds), nodeIds }),
      ...(edgeIds === undefined ? {} : { edges: this.someEdges(edgeIds) }),
    };
  }

  /**
   * Whether picking `ids` out of `all` one by one and sorting them is quicker than going
   * through all of them: near an edit, a scoped rule runs on a few dozen elements of thousands.
   */
  private static fewOf(ids: ReadonlySet<string>, all: readonly unknown[]): boolean {
    return ids.size * 16 < all.length;
  }

  /** The components with these ids, in design order. */
  private someNodes(ids: ReadonlySet<string>): readonly DesignNode[] {
    if (!RuleContext.fewOf(ids, this.allNodes)) return this.allNodes.filter((n) => ids.has(n.id));
    const found: DesignNode[] = [];
    for (const id of ids) {
      const node = this.nodeById.get(id);
      if (node !== undefined) found.push(node);
    }
    return this.inNodeOrder(found);
  }

  /** The connections with these ids, in design order. */
  private someEdges(ids: ReadonlySet<string>): readonly DesignEdge[] {
    if (!RuleContext.fewOf(ids, this.allEdges)) return this.allEdges.filter((e) => ids.has(e.id));
    const byId = this.edgesById();
    const found: DesignEdge[] = [];
    for (const id of ids) {
      const edge = byId.get(id);
      if (edge !== undefined) found.push(edge);
    }
    return this.inEdgeOrder(found);
  }

  unrestrict(): void {
    this.restriction = undefined;
  }

  /** Records that code outside this class reads the design's whole structure (the metrics graph does). */
  noteWholeStructure(): void {
    this.reads.noteFlag(ALL_NODES | ALL_EDGES | GROUPS);
  }

  node(id: string): DesignNode | undefined {
    this.reads.noteNode(id);
    return this.nodeById.get(id);
  }

  group(id: string): DesignGroup | undefined {
    this.reads.noteFlag(GROUPS);
    return this.groupById.get(id);
  }

  edge(id: string): DesignEdge | undefined {
    this.reads.noteEdge(id);
    return this.edgesById().get(id);
  }

  private edgesById(): ReadonlyMap<string, DesignEdge> {
    this.edgeById ??= new Map(this.allEdges.map((e) => [e.id, e]));
    return this.edgeById;
  }

  /** The name of a node, edge or group as the user wrote it (an edge without a label: `a → b`). */
  label(id: string): string {
    const node = this.nodeById.get(id);
    if (node !== undefined) {
      this.reads.noteNode(id);
      return node.label;
    }
    const group = this.groupById.get(id);
    if (group !== undefined) {
      this.reads.noteFlag(GROUPS);
      return group.label;
    }
    const edge = this.edgesById().get(id);
    if (edge !== undefined) {
      this.reads.noteEdge(id);
      return edge.label || `${this.label(edge.source)} → ${this.label(edge.target)}`;
    }
    // Whatever comes to bear this id later changes the name.
    this.reads.noteNode(id);
    this.reads.noteEdge(id);
    this.reads.noteFlag(GROUPS);
    return id;
  }

  roles(node: DesignNode): ReadonlySet<Role> {
    let roles = this.roleSets.get(node.type);
    if (roles === undefined) {
      roles = new Set(this.type(node)?.roles ?? []);
      this.roleSets.set(node.type, roles);
    }
    return roles;
  }

  /** Whether the node has any of the roles. */
  is(node: DesignNode | undefined, ...roles: Role[]): boolean {
    if (node === undefined) return false;
    const own = this.roles(node);
    for (const role of roles) if (own.has(role)) return true;
    return false;
  }

  /** Nodes having any of the roles, in design order (computed once per set of roles). */
  withRole(...roles: Role[]): readonly DesignNode[] {
    return this.cached<readonly DesignNode[]>(`withRole:${roles.join(',')}`, (c) => c.allWithRole(roles));
  }

  /**
   * The components a `node`-scoped rule reports on, when they are those with some roles: all
   * of them, or, when the engine runs the rule near an edit, those near it. The rule depends on
   * this list through its scope (which elements it reports on), not as a shared value.
   */
  scopeNodes(...roles: Role[]): readonly DesignNode[] {
    const near = this.memoDepth === 0 ? this.restriction : undefined;
    // Near an edit, the few components the rule runs on (in design order) with one of the roles.
    if (near?.nodes !== undefined && RuleContext.fewOf(near.nodeIds!, this.allNodes)) return near.nodes.filter((n) => this.is(n, ...roles));
    const all = this.cachedQuietly<readonly DesignNode[]>(`withRole:${roles.join(',')}`, (c) => c.allWithRole(roles));
    const only = near?.nodeIds;
    return only === undefined ? all : all.filter((n) => only.has(n.id));
  }

  /**
   * The connections that pass `test`, in design order: a shared value for rules that report on
   * all of them at once (every internal connection without mTLS, say). `test` must look only at
   * the connection, its two components and what lies one step from them, as an `edge`-scoped
   * rule does (RuleDefinition.scope): after an edit, only the connections near it are tested
   * again (structuralEdits.ts), and scopes.test.ts checks that this gives what testing them all
   * does.
   */
  edgesWhere(key: string, test: (context: RuleContext, edge: DesignEdge) => boolean): readonly DesignEdge[] {
    return this.memoized(key, (c) => c.edges.filter((e) => test(c, e)), false, false, test);
  }

  /** The connections of `entry` (made by edgesWhere) in this design, testing again only those in `near`. */
  refreshedEdges(key: string, entry: MemoEntry, near: ReadonlySet<string>): readonly DesignEdge[] {
    const test = entry.edgeTest!;
    const before = entry.value as readonly DesignEdge[];
    return this.refreshMemo(key, entry, (c) => {
      c.reads.noteFlag(ALL_EDGES);
      // A connection not near the edit is as it was (the same object, or, in the rules worker,
      // an equal copy), with the same verdict; those the two designs share come in the same
      // order (an edit that reorders them runs every rule again): one pass over both lists
      // finds whether it passed.
      const passing: DesignEdge[] = [];
      let j = 0;
      for (const e of c.allEdges) {
        if (near.has(e.id)) {
          if (test(c, e)) passing.push(e);
          continue;
        }
        while (j < before.length && near.has(before[j]!.id)) j += 1;
        if (before[j]?.id === e.id) {
          passing.push(e);
          j += 1;
        }
      }
      return passing;
    }) as readonly DesignEdge[];
  }

  /** Every component with one of the roles: what it depends on is the components with those roles. */
  private allWithRole(roles: readonly Role[]): readonly DesignNode[] {
    this.reads.noteRoles(roles);
    return this.allNodes.filter((n) => this.is(n, ...roles));
  }

  outgoing(id: string): readonly DesignEdge[] {
    this.reads.noteAdjacency(id);
    return this.out.get(id) ?? NO_EDGES;
  }

  incoming(id: string): readonly DesignEdge[] {
    this.reads.noteAdjacency(id);
    return this.into.get(id) ?? NO_EDGES;
  }

  /**
   * Connections sorted in design order. Records nothing: among the elements two designs share,
   * the order stays the same (an edit that reorders them runs every rule again).
   */
  inEdgeOrder(edges: readonly DesignEdge[]): DesignEdge[] {
    this.edgeOrder ??= new Map(this.allEdges.map((e, i) => [e.id, i]));
    const order = this.edgeOrder;
    return [...edges].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** Components sorted in design order (records nothing, for the same reason as inEdgeOrder). */
  inNodeOrder(nodes: readonly DesignNode[]): DesignNode[] {
    this.nodeOrder ??= new Map(this.allNodes.map((n, i) => [n.id, i]));
    const order = this.nodeOrder;
    return [...nodes].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  /** For the engine, comparing designs (records nothing): the component with this id. */
  component(id: string): DesignNode | undefined {
    return this.nodeById.get(id);
  }

  /** For the engine, comparing designs (records nothing, so not for rules): the component's connections out and in. */
  connectionsOf(id: string): readonly DesignEdge[] {
    const out = this.out.get(id) ?? NO_EDGES;
    const into = this.into.get(id) ?? NO_EDGES;
    return into.length === 0 ? out : out.length === 0 ? into : [...out, ...into];
  }

  /** For the engine, comparing designs (records nothing): the connection with this id. */
  connection(id: string): DesignEdge | undefined {
    return this.edgesById().get(id);
  }

  source(edge: DesignEdge): DesignNode {
    this.reads.noteEnd(edge.source);
    return this.nodeById.get(edge.source)!;
  }

  target(edge: DesignEdge): DesignNode {
    this.reads.noteEnd(edge.target);
    return this.nodeById.get(edge.target)!;
  }

  /** The classes a type falls in, worked out once per type. */
  private classes(node: DesignNode): TypeClasses {
    let classes = this.typeClasses.get(node.type);
    if (classes === undefined) {
      const client = this.is(node, 'client');
      const external = this.is(node, 'client', 'external', 'legacy');
      classes = {
        client,
        external,
        runtime: !client && !this.is(node, 'external', 'legacy') && this.is(node, ...RUNTIME_ROLES),
        store: this.is(node, ...STORE_ROLES),
      };
      this.typeClasses.set(node.type, classes);
    }
    return classes;
  }

  isClient(node: DesignNode): boolean {
    return this.classes(node).client;
  }

  isRuntime(node: DesignNode): boolean {
    return this.classes(node).runtime;
  }

  isStore(node: DesignNode): boolean {
    return this.classes(node).store;
  }

  /** Outside the team's control: people, devices, external and legacy systems. */
  isExternal(node: DesignNode): boolean {
    return this.classes(node).external;
  }

  /** An edge between two components of the system (neither end a client or external system). */
  isInternal(edge: DesignEdge): boolean {
    return !this.isExternal(this.source(edge)) && !this.isExternal(this.target(edge));
  }

  /** The groups a node or group sits in, innermost first. */
  ancestors(id: string): readonly DesignGroup[] {
    this.reads.noteNode(id);
    return this.chainOf(id);
  }

  /** `ancestors`, for the component at a connection's end (recorded as such). */
  private endAncestors(id: string): readonly DesignGroup[] {
    this.reads.noteEnd(id);
    return this.chainOf(id);
  }

  private chainOf(id: string): readonly DesignGroup[] {
    this.reads.noteFlag(GROUPS);
    const known = this.ancestorChains.get(id);
    if (known !== undefined) return known;
    const chain: DesignGroup[] = [];
    const seen = new Set<string>();
    let parent = this.nodeById.get(id)?.parent ?? this.groupById.get(id)?.parent;
    while (parent !== undefined && !seen.has(parent)) {
      seen.add(parent);
      const group = this.groupById.get(parent);
      if (group === undefined) break;
      chain.push(group);
      parent = group.parent;
    }
    this.ancestorChains.set(id, chain);
    return chain;
  }

  /** The innermost enclosing group of a kind (region, zone, trust zone...). */
  enclosing(id: string, kind: GroupKind): DesignGroup | undefined {
    return this.ancestors(id).find((g) => g.kind === kind);
  }

  /** Whether an edge links two different regions (by region groups, or marked `crossRegion`). */
  isCrossRegion(edge: DesignEdge): boolean {
    if (this.edgeProp(edge, 'crossRegion') === true) return true;
    const a = this.endAncestors(edge.source).find((g) => g.kind === 'region');
    const b = this.endAncestors(edge.target).find((g) => g.kind === 'region');
    return a !== undefined && b !== undefined && a.id !== b.id;
  }

  private adjacency(key: string, keep: (context: RuleContext, edge: DesignEdge) => boolean): Adjacency {
    return this.cached(key, (c) => {
      const map = new Map<string, string[]>();
      for (const e of c.edges) {
        if (!keep(c, e)) continue;
        const list = map.get(e.source);
        if (list === undefined) map.set(e.source, [e.target]);
        else list.push(e.target);
      }
      return map;
    });
  }

  /**
   * Whether an edge carries requests in the serving path: synchronous, made for requests
   * (calls per request above 0), and not a side channel (model downloads, telemetry, updates).
   */
  isRequestEdge(edge: DesignEdge): boolean {
    if (!this.isSync(edge) || this.calls(edge) === 0) return false;
    const carries = this.edgeProp(edge, 'carries');
    return carries !== 'models' && carries !== 'telemetry' && carries !== 'model-updates';
  }

  /** Successors of each node along request edges. */
  get syncNext(): Adjacency {
    return this.adjacency('syncNext', (c, e) => c.isRequestEdge(e));
  }

  /** All successors of each node. */
  get next(): Adjacency {
    return this.adjacency('next', () => true);
  }

  /** Nodes downstream of `starts` along all edges. */
  downstream(starts: Iterable<string>): Set<string> {
    return reachableFrom(starts, this.next);
  }

  /**
   * The graph as arrays of indices, for walks over large designs (see indexedGraph.ts): every
   * connection, and the components with at least one (a walk never reaches the others), so
   * that adding or changing a component connected to nothing changes none of it.
   */
  get indexed(): IndexedGraph {
    return this.cached('indexed', (c) => {
      const edges = c.edges;
      // The same components, and connections with the same ids and ends: the same graph.
      return c.previousGraph ?? indexGraph(c.allNodes.filter((n) => c.out.has(n.id) || c.into.has(n.id)), edges);
    });
  }

  /** Where requests enter: nodes called synchronously by a client, else entry-point components nobody calls. */
  get entryPoints(): readonly DesignNode[] {
    return this.cached('entryPoints', (c) => {
      const found = new Set<string>();
      for (const client of c.withRole('client')) {
        for (const e of c.outgoing(client.id)) if (c.isRequestEdge(e) && !c.isClient(c.target(e))) found.add(e.target);
      }
      if (found.size === 0) {
        for (const n of c.withRole('entry-point')) if (c.incoming(n.id).length === 0) found.add(n.id);
      }
      return c.inNodeOrder([...found].map((id) => c.node(id)!));
    });
  }

  /**
   * The critical path subgraph: components that serve requests, reached synchronously from an
   * entry point. Clients are not part of it.
   */
  get critical(): ReadonlySet<string> {
    return this.cached('critical', (c) => {
      const reached = reachableFrom(c.entryPoints.map((n) => n.id), c.syncNext);
      for (const id of [...reached]) if (c.isExternal(c.node(id)!)) reached.delete(id);
      return reached;
    });
  }

  /** Sync edges inside the critical subgraph. */
  get criticalEdges(): readonly DesignEdge[] {
    return this.cached('criticalEdges', (c) =>
      c.edges.filter((e) => c.isRequestEdge(e) && c.critical.has(e.source) && c.critical.has(e.target)),
    );
  }

  /** Components whose loss cuts the critical subgraph in two (articulation points). */
  get criticalCutPoints(): ReadonlySet<string> {
    return this.cached('criticalCutPoints', (c) => {
      const neighbours = new Map<string, Set<string>>();
      for (const id of c.critical) neighbours.set(id, new Set());
      for (const e of c.criticalEdges) {
        if (e.source === e.target) continue;
        neighbours.get(e.source)!.add(e.target);
        neighbours.get(e.target)!.add(e.source);
      }
      const lists = new Map<string, string[]>();
      for (const [id, set] of neighbours) lists.set(id, [...set]);
      return articulationPoints(c.critical, lists);
    });
  }

  /** The longest synchronous chain from each client that calls the system. */
  get syncChains(): readonly SyncChain[] {
    return this.cached('syncChains', (c) => {
      const chains: SyncChain[] = [];
      for (const client of c.withRole('client')) {
        if (!c.outgoing(client.id).some((e) => c.isRequestEdge(e))) continue;
        const nodes = longestPathFrom(client.id, c.syncNext);
        const edges: string[] = [];
        for (let i = 1; i < nodes.length; i += 1) {
          const e = c.outgoing(nodes[i - 1]!).find((x) => c.isRequestEdge(x) && x.target === nodes[i]);
          if (e !== undefined) edges.push(e.id);
        }
        chains.push({ client: client.id, nodes, edges });
      }
      return chains;
    });
  }

  /** Whether the node's set of roles runs requests in the serving path. */
  isOnCriticalPath(node: DesignNode): boolean {
    return this.critical.has(node.id);
  }
}
