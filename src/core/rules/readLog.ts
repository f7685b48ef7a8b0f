/** In a rule's reads: it read every property of some component (see RuleContext.ownProps). */
export const ANY_PROP = '*';

/**
 * The read-log key of a connection field: `edge.mode`, `edge.security.mtls`, `edge.props.carries`.
 * A component property's key is its name, which never holds a dot, so the two never meet.
 */
export function edgeKey(field: string): string {
  let key = edgeKeys.get(field);
  if (key === undefined) {
    key = `edge.${field}`;
    edgeKeys.set(field, key);
  }
  return key;
}

/** The read-log key of a connection's free property (`edgeKey('props.' + name)`). */
export function edgePropKey(name: string): string {
  let key = edgePropKeys.get(name);
  if (key === undefined) {
    key = edgeKey(`props.${name}`);
    edgePropKeys.set(name, key);
  }
  return key;
}

/** Keys built once: rules read connection fields in loops over thousands of connections. */
const edgeKeys = new Map<string, string>();
const edgePropKeys = new Map<string, string>();

export function isEdgeKey(key: string): boolean {
  return key.startsWith('edge.');
}

/** In a rule's reads: it read every field of some connection (code outside RuleContext did). */
export const ANY_EDGE_FIELD = edgeKey('*');

/**
 * Which component property keys and connection fields the running code reads, frame by frame: a rule's check, or a
 * value a rule computes once for all (RuleContext.cached). A frame's reads also count for the
 * frame around it, so a rule depends on what the shared values it uses read.
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

  /** Records that the running frame read property `key` of some component. */
  note(key: string): void {
    this.current?.add(key);
  }

  /** Records keys read earlier on the running frame's behalf (a shared value it reuses). */
  noteAll(keys: ReadonlySet<string> | undefined): void {
    if (keys === undefined || this.current === undefined) return;
    for (const key of keys) this.current.add(key);
  }
}
