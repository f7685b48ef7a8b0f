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

/** The keys of the connection fields RuleContext reads, built once: rules read them in loops over thousands of connections. */
export const EDGE_KEYS = {
  mode: edgeKey('mode'),
  protocol: edgeKey('protocol'),
  callsPerRequest: edgeKey('callsPerRequest'),
  tls: edgeKey('security.tls'),
  mtls: edgeKey('security.mtls'),
  authn: edgeKey('security.authn'),
  timeoutMs: edgeKey('resilience.timeoutMs'),
  retries: edgeKey('resilience.retries'),
  circuitBreaker: edgeKey('resilience.circuitBreaker'),
  rateLimitRps: edgeKey('resilience.rateLimitRps'),
} as const;

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

  /** Runs `run` in a frame of its own and returns what it gave with the keys it read. */
  frame<T>(run: () => T): { value: T; reads: ReadonlySet<string> } {
    const outer = this.current;
    const reads = new Set<string>();
    this.current = reads;
    try {
      return { value: run(), reads };
    } finally {
      this.current = outer;
      this.noteAll(reads);
    }
  }

  /** Records that the running frame read `key`: a component property, or a connection field (see edgeKey). */
  note(key: string): void {
    this.current?.add(key);
  }

  /** Records keys read earlier on the running frame's behalf (a shared value it reuses). */
  noteAll(keys: ReadonlySet<string> | undefined): void {
    if (keys === undefined || this.current === undefined) return;
    for (const key of keys) this.current.add(key);
  }
}
