import type { Design } from '../model/types';
import { sameRuleInputs } from './reuse';
import { same } from './sameValue';

/** What people read and the rules never do: they name elements in messages, nothing more. */
const TEXT_KEYS = new Set(['label', 'description', 'technology']);

type Element = { readonly id: string; readonly label: string } & Readonly<Record<string, unknown>>;

/**
 * Collects the old names that changed between two versions of one list, or returns false when
 * something other than text changed (an element added, removed, moved in the list, or any
 * other field). Only the changed elements are compared field by field.
 */
function collect(
  before: readonly Element[],
  after: readonly Element[],
  names: (e: Element) => string[],
  newName: (e: Element) => string,
  out: Map<string, string>,
): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i += 1) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!TEXT_KEYS.has(key) && !same(a[key], b[key])) return false;
    }
    if (a.label !== b.label) for (const name of names(a)) out.set(name, newName(b));
  }
  return true;
}

/** A name the rules' messages used before an edit, and the element's label after it. */
export interface Rename {
  readonly before: string;
  readonly after: string;
  /** No other component, connection or group had this name: a message holding it named this element. */
  readonly unique: boolean;
}

/**
 * When two designs differ, for the rules, only in texts (labels, descriptions, technology notes
 * of components, connections and groups), the names that changed, as the rules' messages
 * wrote them before: a component's old label, a connection's old label or, for an unnamed
 * connection, the `source → target` the messages used. Null when anything the rules read
 * changed. An empty list means only descriptions or notes changed.
 */
export function renamedTexts(before: Design, after: Design): Rename[] | null {
  if (!sameRuleInputs(before, after, 'nodes', 'edges', 'groups')) return null;
  const out = new Map<string, string>();
  // Labels by id, built only when an unnamed connection needs its ends' names.
  const nameOf = (design: Design) => {
    let nodeLabel: Map<string, string> | undefined;
    return (e: Element) => {
      if (e.label !== '') return e.label;
      nodeLabel ??= new Map(design.nodes.map((n) => [n.id, n.label]));
      return `${nodeLabel.get(e.source as string) ?? ''} → ${nodeLabel.get(e.target as string) ?? ''}`;
    };
  };
  const edgeBefore = nameOf(before);
  const edgeAfter = nameOf(after);
  const edgeName = (e: Element) => [edgeBefore(e)];
  const label = (e: Element) => e.label;
  const ok =
    collect(before.nodes, after.nodes, (n) => [n.label], label, out) &&
    collect(before.edges as unknown as Element[], after.edges as unknown as Element[], edgeName, edgeAfter, out) &&
    collect(before.groups, after.groups, (g) => [g.label], label, out);
  if (!ok) return null;
  // An unnamed connection is named after its ends: renaming a component renames it too.
  if (before.nodes !== after.nodes) {
    const renamedNodes = new Set(before.nodes.filter((n, i) => n.label !== after.nodes[i]!.label).map((n) => n.id));
    after.edges.forEach((e, i) => {
      const old = before.edges[i]!;
      if (old.label === '' && e.label === '' && (renamedNodes.has(e.source) || renamedNodes.has(e.target))) {
        out.set(edgeBefore(old as unknown as Element), edgeAfter(e as unknown as Element));
      }
    });
  }
  const names = new Map<string, number>();
  const count = (name: string) => names.set(name, (names.get(name) ?? 0) + 1);
  for (const n of before.nodes) count(n.label);
  for (const g of before.groups) count(g.label);
  for (const e of before.edges) for (const name of edgeName(e as unknown as Element)) count(name);
  return [...out].filter(([name]) => name !== '').map(([name, label]) => ({ before: name, after: label, unique: names.get(name) === 1 }));
}
