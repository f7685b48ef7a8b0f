import type { Design, DesignNode } from '../model/types';
import { sameRuleInputs } from './reuse';
import { same } from './sameValue';

/**
 * When two designs differ, for the rules, only in the property values of some components (the
 * inspector's typed fields: replicas, zones, encryption…), the keys whose values changed. Null
 * when anything else the rules read changed: a component added, removed or retyped, a label, a
 * parent, a connection, a group, the workload, the patterns, the policy or the custom types.
 */
export function changedProps(before: Design, after: Design): ReadonlySet<string> | null {
  if (!sameRuleInputs(before, after, 'nodes') || before.nodes.length !== after.nodes.length) return null;
  const keys = new Set<string>();
  for (let i = 0; i < before.nodes.length; i += 1) {
    const a = before.nodes[i]!;
    const b = after.nodes[i]!;
    if (a === b) continue;
    if (!sameApartFromProps(a, b)) return null;
    for (const key of new Set([...Object.keys(a.props), ...Object.keys(b.props)])) {
      if (!same(a.props[key], b.props[key])) keys.add(key);
    }
  }
  return keys;
}

function sameApartFromProps(a: DesignNode, b: DesignNode): boolean {
  const x = a as unknown as Readonly<Record<string, unknown>>;
  const y = b as unknown as Readonly<Record<string, unknown>>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (key !== 'props' && !same(x[key], y[key])) return false;
  }
  return true;
}
