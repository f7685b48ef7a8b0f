/*
 * Read-log keys. A component property's key is its name: PROP_NAME_PATTERN (model/ids.ts) allows
 * letters and digits only, so a name never holds the dot of a connection field's key
 * (`edge.mode`, `edge.security.mtls`, `edge.props.carries`) nor is the `*` of a wildcard.
 */

/** In a rule's reads: it read every property of some component (see RuleContext.ownProps). */
export const ANY_PROP = '*';

/** The read-log key of a connection field (`mode`, `security.mtls`…). */
export function edgeKey(field: string): string {
  return `edge.${field}`;
}

export function isEdgeKey(key: string): boolean {
  return key.startsWith('edge.');
}

/** In a rule's reads: it read every field of some connection (code outside RuleContext did). */
export const ANY_EDGE_FIELD = edgeKey('*');

/**
 * The connection fields RuleContext has an accessor for, and the free properties rules read most.
 * Rules read them in loops over thousands of connections, so a frame records them as bits of a
 * number (see ReadLog.noteField) and turns them into keys once, when it ends.
 */
const FIELDS = [
  'mode', 'protocol', 'callsPerRequest', 'security.tls', 'security.mtls', 'security.authn',
  'resilience.timeoutMs', 'resilience.retries', 'resilience.circuitBreaker', 'resilience.rateLimitRps',
  'props.carries', 'props.access',
] as const;

export type EdgeField = (typeof FIELDS)[number];

const FIELD_KEYS: readonly string[] = FIELDS.map(edgeKey);

/** Each field's bit in a frame's record. */
export const FIELD_BIT = Object.fromEntries(FIELDS.map((field, i) => [field, 1 << i])) as Readonly<Record<EdgeField, number>>;

/** The bit of a free property of connections, when it has one. */
export function propBit(name: string): number | undefined {
  return name === 'carries' ? FIELD_BIT['props.carries'] : name === 'access' ? FIELD_BIT['props.access'] : undefined;
}

const edgePropKeys = new Map<string, string>();

/** The read-log key of a connection's free property (`edge.props.carries`), built once per name. */
export function edgePropKey(name: string): string {
  let key = edgePropKeys.get(name);
  if (key === undefined) {
    key = edgeKey(`props.${name}`);
    edgePropKeys.set(name, key);
  }
  return key;
}

/** In a footprint's flags: the code went through every component, every connection, or read groups. */
export const ALL_NODES = 1;
export const ALL_EDGES = 2;
export const GROUPS = 4;

/**
 * Which parts of a design's structure some code looked at (see RuleContext): enough to tell,
 * after an edit, whether it could see anything different.
 * - `flags`: ALL_NODES, it went through every component (any component added, removed or
 *   changed concerns it); ALL_EDGES, every connection (any connection, or any component at the
 *   end of one, concerns it); GROUPS, some group.
 * - `nodes`: components it looked up by id (or reached at a connection's end).
 * - `adjacency`: components whose lists of connections in or out it read.
 * - `edges`: connections it looked up by id.
 * - `roles`: roles whose every component it went through (any component of those roles
 *   added, removed or changed concerns it, before or after the change).
 * - `memo`: values computed once per evaluation (RuleContext.cached) it used; what they read
 *   is in their own footprints.
 * Ids are not kept when a flag already covers them.
 */
/** Filled while its frame runs, never changed once it closes: footprints merged later share its sets (see unionOf). */
export interface Footprint {
  flags: number;
  nodes?: Set<string>;
  adjacency?: Set<string>;
  edges?: Set<string>;
  memo?: Set<string>;
  /** Roles whose components it went through, all of them. */
  roles?: Set<string>;
}

/** The elements of both sets: one of them when it holds the other (sets of a closed frame are never changed). */
export function unionOf<T>(x: ReadonlySet<T> | undefined, y: ReadonlySet<T> | undefined): ReadonlySet<T> | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  const [large, small] = x.size >= y.size ? [x, y] : [y, x];
  for (const item of small) if (!large.has(item)) return new Set([...large, ...small]);
  return large;
}

/** What either footprint looked at. */
export function mergeFootprints(a: Footprint, b: Footprint): Footprint {
  const merged: Footprint = { flags: a.flags | b.flags };
  for (const key of ['nodes', 'adjacency', 'edges', 'memo', 'roles'] as const) {
    const both = unionOf(a[key], b[key]);
    if (both !== undefined) merged[key] = both as Set<string>;
  }
  return merged;
}

/**
 * Which component properties and connection fields the running code reads, and which parts of
 * the structure it looks at, frame by frame: a rule's check, or a value a rule computes once
 * for all (RuleContext.cached). A frame's value reads also count for the frame around it, so a
 * rule depends on what the shared values it uses read; its footprint names the shared value
 * instead, which is compared after an edit (see structuralEdits.ts).
 */
export class ReadLog {
  private current: Set<string> | undefined;
  /** The fields of FIELDS the running frame read, as bits. */
  private fields = 0;
  private print: Footprint | undefined;
  /**
   * The running frame is a scoped rule's (see RuleDefinition.scope): what it reads of its
   * element's neighbourhood is known by contract, so only groups and shared values are kept.
   */
  private scoped = false;

  /** Runs `run` in a frame of its own and returns what it gave with the keys it read and its footprint. */
  frame<T>(run: () => T, scoped = false): { value: T; reads: ReadonlySet<string>; footprint: Footprint } {
    const outer = this.current;
    const outerFields = this.fields;
    const outerPrint = this.print;
    const outerScoped = this.scoped;
    const reads = new Set<string>();
    const footprint: Footprint = { flags: 0 };
    this.current = reads;
    this.fields = 0;
    this.print = footprint;
    this.scoped = scoped;
    try {
      return { value: run(), reads, footprint };
    } finally {
      for (let i = 0; i < FIELD_KEYS.length; i += 1) if ((this.fields & (1 << i)) !== 0) reads.add(FIELD_KEYS[i]!);
      this.current = outer;
      this.fields = outerFields;
      this.print = outerPrint;
      this.scoped = outerScoped;
      this.noteAll(reads);
    }
  }

  /** Records that the running frame read `key`: a component property, or a connection field (see edgeKey). */
  note(key: string): void {
    this.current?.add(key);
  }

  /** Records that the running frame read a field of FIELDS (by its bit in FIELD_BIT). */
  noteField(bit: number): void {
    this.fields |= bit;
  }

  /** Records keys read earlier on the running frame's behalf (a shared value it reuses). */
  noteAll(keys: ReadonlySet<string> | undefined): void {
    if (keys === undefined || this.current === undefined) return;
    for (const key of keys) this.current.add(key);
  }

  /** Records that the running frame went through every component, every connection, or read groups. */
  noteFlag(flag: number): void {
    if (this.print === undefined || (this.scoped && flag !== GROUPS)) return;
    this.print.flags |= flag;
  }

  /** Records that the running frame went through every component having one of these roles. */
  noteRoles(roles: readonly string[]): void {
    const print = this.print;
    if (print === undefined || this.scoped || (print.flags & ALL_NODES) !== 0) return;
    print.roles ??= new Set();
    for (const role of roles) print.roles.add(role);
  }

  /** Records that the running frame looked a component up by id. */
  noteNode(id: string): void {
    const print = this.print;
    if (print === undefined || this.scoped || (print.flags & ALL_NODES) !== 0) return;
    (print.nodes ??= new Set()).add(id);
  }

  /** Records that the running frame reached a component at a connection's end. */
  noteEnd(id: string): void {
    const print = this.print;
    if (print === undefined || this.scoped || (print.flags & (ALL_NODES | ALL_EDGES)) !== 0) return;
    (print.nodes ??= new Set()).add(id);
  }

  /** Records that the running frame read a component's connections in or out. */
  noteAdjacency(id: string): void {
    const print = this.print;
    if (print === undefined || this.scoped || (print.flags & ALL_EDGES) !== 0) return;
    (print.adjacency ??= new Set()).add(id);
  }

  /** Records that the running frame looked a connection up by id. */
  noteEdge(id: string): void {
    const print = this.print;
    if (print === undefined || this.scoped || (print.flags & ALL_EDGES) !== 0) return;
    (print.edges ??= new Set()).add(id);
  }

  /**
   * Records that the running frame used a shared value. With `covered`, not in a scoped rule's
   * frame, whose scope covers it (a value about its element, made from what lies near it, or
   * the list of elements it reports on).
   */
  noteMemo(key: string, covered = false): void {
    const print = this.print;
    if (print !== undefined && !(covered && this.scoped)) (print.memo ??= new Set()).add(key);
  }
}
