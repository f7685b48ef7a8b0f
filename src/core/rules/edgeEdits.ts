import type { Design, DesignEdge } from '../model/types';
import { edgeKey, edgePropKey } from './readLog';
import { sameRuleInputs } from './reuse';
import { same } from './sameValue';

/** Connection fields holding one value, each read through its own RuleContext accessor. */
const VALUE_FIELDS: ReadonlySet<string> = new Set(['mode', 'protocol', 'callsPerRequest']);

/** Connection fields holding settings, each setting read through its own accessor. */
const SETTING_FIELDS: ReadonlySet<string> = new Set(['security', 'resilience']);

type Fields = Readonly<Record<string, unknown>>;

/**
 * When two designs differ, for the rules, only in settings of some connections (mode, protocol,
 * calls per request, security, resilience, free properties), their read-log keys
 * (`edge.mode`, `edge.resilience.timeoutMs`, `edge.props.access`…). Null when anything else the
 * rules read changed: a connection added, removed, renamed or reconnected, or anything outside
 * the connections. A field this function does not know counts as anything else.
 */
export function changedEdgeFields(before: Design, after: Design): ReadonlySet<string> | null {
  if (!sameRuleInputs(before, after, 'edges') || before.edges.length !== after.edges.length) return null;
  const keys = new Set<string>();
  for (let i = 0; i < before.edges.length; i += 1) {
    const a = before.edges[i]!;
    const b = after.edges[i]!;
    if (a !== b && !collect(a, b, keys)) return null;
  }
  return keys;
}

/** Adds the keys of the settings that differ between two versions of a connection; false when more than settings differ. */
function collect(a: DesignEdge, b: DesignEdge, keys: Set<string>): boolean {
  const x = a as unknown as Fields;
  const y = b as unknown as Fields;
  for (const field of union(x, y)) {
    if (same(x[field], y[field])) continue;
    if (VALUE_FIELDS.has(field)) keys.add(edgeKey(field));
    else if (SETTING_FIELDS.has(field) || field === 'props') {
      const before = (x[field] ?? {}) as Fields;
      const after = (y[field] ?? {}) as Fields;
      for (const name of union(before, after)) {
        if (!same(before[name], after[name])) keys.add(field === 'props' ? edgePropKey(name) : edgeKey(`${field}.${name}`));
      }
    } else return false;
  }
  return true;
}

function union(x: Fields, y: Fields): Set<string> {
  return new Set([...Object.keys(x), ...Object.keys(y)]);
}
