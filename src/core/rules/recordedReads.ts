import { resolveType } from '../catalog/customTypes';
import { defaultValue } from '../catalog/nodeFromType';
import type { ComponentType, PropertyDef } from '../catalog/schema';
import type { Design, DesignEdge, DesignNode, PropValue } from '../model/types';
import type { AuthnMethod, EdgeMode, Protocol } from '../model/vocabulary';
import { ANY_PROP, FIELD_BIT, ReadLog, edgePropKey, mergeFootprints, propBit, unionOf, type Footprint } from './readLog';

/** A value RuleContext.cached computed, with what it read and looked at, and how to compute it again. */
export interface MemoEntry {
  readonly value: unknown;
  readonly reads: ReadonlySet<string>;
  readonly footprint: Footprint;
  readonly compute: (context: RecordedReads) => unknown;
  /** Made with cachedNear: about one element, from what lies near it. */
  readonly near: boolean;
  /**
   * Made with RuleContext.edgesWhere: the connections passing this test, which looks only at a
   * connection and what lies one step from its ends. After an edit, only the connections near
   * it are tested again (RecordedReads.refreshMemo).
   */
  readonly edgeTest?: (context: RecordedReads, edge: DesignEdge) => boolean;
}

/**
 * The values of a design as rules read them, each read recorded (`tracked`), so that after an
 * edit of values only the rules that read them run again. A rule reads component properties
 * through `prop`, `num`, `flag`, `text`, `own` or `ownProps`, never `node.props` directly, and
 * connection fields through `mode`, `isSync`, `protocol`, `calls`, `tls`, `mtls`, `authn`,
 * `timeoutMs`, `retries`, `circuitBreaker`, `rateLimitRps` and `edgeProp`, never `edge.mode` or
 * `edge.security` (a lint rule keeps it so, and readsRecorded.test.ts checks it at run time); a
 * value computed by `cached` carries its reads to every rule that uses it.
 */
export class RecordedReads {
  readonly design: Design;
  private readonly types = new Map<string, ComponentType | undefined>();
  private readonly memo = new Map<string, MemoEntry>();
  protected readonly reads = new ReadLog();
  /** How deep the running code is in shared values being computed (0: in a rule's own frame). */
  protected memoDepth = 0;

  constructor(design: Design) {
    this.design = design;
  }

  /**
   * A value computed once per evaluation; the properties it read count as read by each user,
   * and its users' footprints name it. `compute` gets the context to read from and must read
   * nothing else of a design: after an edit it may run again on the next design's context, to
   * see whether the value changed (see structuralEdits.ts).
   */
  cached<T>(key: string, compute: (context: this) => T): T {
    return this.memoized(key, compute, false, false);
  }

  /** A shared value a scoped rule's frame does not depend on (see RuleContext.scopeNodes). */
  protected cachedQuietly<T>(key: string, compute: (context: this) => T): T {
    return this.memoized(key, compute, false, true);
  }

  /**
   * A shared value about one element, made from what lies near it as a scoped rule's scope
   * says (RuleDefinition.scope): a component's connections and the components at their other
   * ends. Scoped rules using it at their own element depend on it through their scope; after an
   * edit near the element, it is computed again when used.
   */
  cachedNear<T>(key: string, compute: (context: this) => T): T {
    return this.memoized(key, compute, true, true);
  }

  protected memoized<T>(
    key: string,
    compute: (context: this) => T,
    near: boolean,
    quiet: boolean,
    edgeTest?: (context: this, edge: DesignEdge) => boolean,
  ): T {
    this.reads.noteMemo(key, quiet);
    const known = this.memo.get(key);
    if (known !== undefined) {
      this.reads.noteAll(known.reads);
      return known.value as T;
    }
    this.memoDepth += 1;
    try {
      const { value, reads, footprint } = this.reads.frame(() => compute(this));
      const entry: MemoEntry = { value, reads, footprint, compute: compute as (context: RecordedReads) => unknown, near };
      this.memo.set(key, edgeTest === undefined ? entry : { ...entry, edgeTest: edgeTest as (context: RecordedReads, edge: DesignEdge) => boolean });
      return value;
    } finally {
      this.memoDepth -= 1;
    }
  }

  /** Computes `entry`, a shared value of the design before an edit, again for this design, as it was made (edgesWhere's test kept). */
  recompute(key: string, entry: MemoEntry): unknown {
    return this.memoized(key, entry.compute, entry.near, false, entry.edgeTest);
  }

  /**
   * Brings `entry`, a shared value of the design before an edit, to this design by running
   * `update` in a frame of its own: the new entry has what both read and looked at, as a value
   * computed from scratch would read no more than what its parts did.
   */
  refreshMemo(key: string, entry: MemoEntry, update: (context: this) => unknown): unknown {
    this.memoDepth += 1;
    try {
      const { value, reads, footprint } = this.reads.frame(() => update(this));
      this.memo.set(key, { ...entry, value, reads: unionOf(entry.reads, reads)!, footprint: mergeFootprints(entry.footprint, footprint) });
      return value;
    } finally {
      this.memoDepth -= 1;
    }
  }

  /** The shared values computed so far, in the order they were completed (a value after those it used). */
  memoEntries(): ReadonlyMap<string, MemoEntry> {
    return this.memo;
  }

  /** Gives this context a shared value already known (from the evaluation of an earlier design that gives the same). */
  seedMemo(key: string, entry: MemoEntry): void {
    this.memo.set(key, entry);
  }

  /** Runs `run` and returns what it gave with the keys of the component properties and connection fields it read, and its footprint. */
  tracked<T>(run: () => T, scoped = false): { value: T; reads: ReadonlySet<string>; footprint: Footprint } {
    return this.reads.frame(run, scoped);
  }

  /** Records that the running rule read `key`, a component property or a connection field's key (for code outside this class). */
  noteRead(key: string): void {
    this.reads.note(key);
  }

  type(node: DesignNode): ComponentType | undefined {
    if (!this.types.has(node.type)) this.types.set(node.type, resolveType(this.design, node.type));
    return this.types.get(node.type);
  }

  /** The definition of a property in the node's type (its default, bounds, unit). */
  propDef(node: DesignNode, key: string): PropertyDef | undefined {
    return this.type(node)?.props.find((p) => p.key === key);
  }

  /** Whether the node's type declares the property (so the fact applies to it). */
  hasProp(node: DesignNode, key: string): boolean {
    return this.type(node)?.props.some((p) => p.key === key) ?? false;
  }

  /** The node's value for a property, or its type's default when the node leaves it unset. */
  prop(node: DesignNode, key: string): PropValue | undefined {
    this.reads.note(key);
    const own = node.props[key];
    if (own !== undefined) return own;
    const def = this.propDef(node, key);
    return def === undefined ? undefined : defaultValue(def, this.design.workload.provider);
  }

  /** The node's own value for a property, without its type's default. */
  own(node: DesignNode, key: string): PropValue | undefined {
    this.reads.note(key);
    return node.props[key];
  }

  /** Every property value the node sets: the running rule depends on all of them. */
  ownProps(node: DesignNode): DesignNode['props'] {
    this.reads.note(ANY_PROP);
    return node.props;
  }

  num(node: DesignNode, key: string): number | undefined {
    const value = this.prop(node, key);
    return typeof value === 'number' ? value : undefined;
  }

  flag(node: DesignNode, key: string): boolean {
    return this.prop(node, key) === true;
  }

  text(node: DesignNode, key: string): string | undefined {
    const value = this.prop(node, key);
    return typeof value === 'string' ? value : undefined;
  }

  /** Whether the connection is synchronous or asynchronous. */
  mode(edge: DesignEdge): EdgeMode {
    this.reads.noteField(FIELD_BIT.mode);
    return edge.mode;
  }

  isSync(edge: DesignEdge): boolean {
    return this.mode(edge) === 'sync';
  }

  protocol(edge: DesignEdge): Protocol {
    this.reads.noteField(FIELD_BIT.protocol);
    return edge.protocol;
  }

  /** Calls made on the connection for one request arriving at its source. */
  calls(edge: DesignEdge): number {
    this.reads.noteField(FIELD_BIT.callsPerRequest);
    return edge.callsPerRequest;
  }

  tls(edge: DesignEdge): boolean {
    this.reads.noteField(FIELD_BIT['security.tls']);
    return edge.security.tls;
  }

  mtls(edge: DesignEdge): boolean {
    this.reads.noteField(FIELD_BIT['security.mtls']);
    return edge.security.mtls;
  }

  authn(edge: DesignEdge): AuthnMethod {
    this.reads.noteField(FIELD_BIT['security.authn']);
    return edge.security.authn;
  }

  timeoutMs(edge: DesignEdge): number | undefined {
    this.reads.noteField(FIELD_BIT['resilience.timeoutMs']);
    return edge.resilience.timeoutMs;
  }

  retries(edge: DesignEdge): number {
    this.reads.noteField(FIELD_BIT['resilience.retries']);
    return edge.resilience.retries;
  }

  circuitBreaker(edge: DesignEdge): boolean {
    this.reads.noteField(FIELD_BIT['resilience.circuitBreaker']);
    return edge.resilience.circuitBreaker;
  }

  rateLimitRps(edge: DesignEdge): number | undefined {
    this.reads.noteField(FIELD_BIT['resilience.rateLimitRps']);
    return edge.resilience.rateLimitRps;
  }

  /** A free property of the connection (`carries`, `access`, `crossRegion`, `idempotent`…). */
  edgeProp(edge: DesignEdge, key: string): PropValue | undefined {
    const bit = propBit(key);
    if (bit === undefined) this.reads.note(edgePropKey(key));
    else this.reads.noteField(bit);
    return edge.props[key];
  }
}
