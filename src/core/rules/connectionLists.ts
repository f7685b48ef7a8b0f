import type { DesignEdge, DesignNode } from '../model/types';

/** Each component's connections out and in, in design order (a connection to a missing component is in neither list). */
export interface ConnectionLists {
  readonly out: Map<string, DesignEdge[]>;
  readonly into: Map<string, DesignEdge[]>;
}

const NO_EDGES: readonly DesignEdge[] = [];

/**
 * The places where `after` holds another connection than `before` with the same id and ends
 * (its settings edited), when that is all that differs; null otherwise.
 */
function replacedInPlace(after: readonly DesignEdge[], before: readonly DesignEdge[]): number[] | null {
  if (after.length !== before.length) return null;
  const places: number[] = [];
  for (let k = 0; k < after.length; k += 1) {
    const a = after[k]!;
    const b = before[k]!;
    if (a === b) continue;
    if (a.id !== b.id || a.source !== b.source || a.target !== b.target) return null;
    places.push(k);
  }
  return places;
}

/** Whether `longer` is `shorter` with elements added at the end (the same elements, by reference, first). */
function appendsTo<T>(longer: readonly T[], shorter: readonly T[]): boolean {
  if (longer.length <= shorter.length) return false;
  for (let i = 0; i < shorter.length; i += 1) if (longer[i] !== shorter[i]) return false;
  return true;
}

/**
 * The connection lists of `edges` between the components of `nodes`. With `before`, the lists
 * of the design before an edit that kept its components (the same array), they are worked out
 * from those when the edit changed connections in place or appended some, and `sameEnds` says
 * whether every connection kept its id and ends. The lists of `before` are never changed.
 */
export function connectionLists(
  nodes: ReadonlyMap<string, DesignNode>,
  edges: readonly DesignEdge[],
  before?: { readonly edges: readonly DesignEdge[]; readonly lists: ConnectionLists },
): { lists: ConnectionLists; sameEnds: boolean } {
  if (before !== undefined) {
    if (before.edges === edges) return { lists: before.lists, sameEnds: true };
    const replaced = replacedInPlace(edges, before.edges);
    if (replaced !== null) {
      // Connections changed where they are, between the same components (a setting edited).
      const out = new Map(before.lists.out);
      const into = new Map(before.lists.into);
      for (const k of replaced) {
        const was = before.edges[k]!;
        const now = edges[k]!;
        const swap = (list: DesignEdge[] | undefined) => list?.map((e) => (e === was ? now : e));
        const outOfSource = swap(out.get(now.source));
        if (outOfSource !== undefined) out.set(now.source, outOfSource);
        const intoTarget = swap(into.get(now.target));
        if (intoTarget !== undefined) into.set(now.target, intoTarget);
      }
      return { lists: { out, into }, sameEnds: true };
    }
    if (appendsTo(edges, before.edges)) {
      // Connections added at the end (the usual edit): the lists of their ends alone get longer.
      const out = new Map(before.lists.out);
      const into = new Map(before.lists.into);
      for (let k = before.edges.length; k < edges.length; k += 1) {
        const e = edges[k]!;
        if (nodes.has(e.source)) out.set(e.source, [...(out.get(e.source) ?? NO_EDGES), e]);
        if (nodes.has(e.target)) into.set(e.target, [...(into.get(e.target) ?? NO_EDGES), e]);
      }
      return { lists: { out, into }, sameEnds: false };
    }
  }
  const out = new Map<string, DesignEdge[]>();
  const into = new Map<string, DesignEdge[]>();
  for (const e of edges) {
    const fromSource = out.get(e.source);
    if (fromSource !== undefined) fromSource.push(e);
    else if (nodes.has(e.source)) out.set(e.source, [e]);
    const toTarget = into.get(e.target);
    if (toTarget !== undefined) toTarget.push(e);
    else if (nodes.has(e.target)) into.set(e.target, [e]);
  }
  return { lists: { out, into }, sameEnds: false };
}
