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

/**
 * Which component properties and connection fields the running code reads, frame by frame: a
 * rule's check, or a value a rule computes once for all (RuleContext.cached). A frame's reads
 * also count for the frame around it, so a rule depends on what the shared values it uses read.
 */
export class ReadLog {
  private current: Set<string> | undefined;
  /** The fields of FIELDS the running frame read, as bits. */
  private fields = 0;

  /** Runs `run` in a frame of its own and returns what it gave with the keys it read. */
  frame<T>(run: () => T): { value: T; reads: ReadonlySet<string> } {
    const outer = this.current;
    const outerFields = this.fields;
    const reads = new Set<string>();
    this.current = reads;
    this.fields = 0;
    try {
      return { value: run(), reads };
    } finally {
      for (let i = 0; i < FIELD_KEYS.length; i += 1) if ((this.fields & (1 << i)) !== 0) reads.add(FIELD_KEYS[i]!);
      this.current = outer;
      this.fields = outerFields;
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
}
