import type { DesignEdge, DesignNode } from '../model/types';

/**
 * The design's graph as arrays of indices (nodes and edges in design order). Walks over a large
 * design go faster on these: following each component's connections from object to object
 * reads memory in no order, and on 10,000 components that costs more than the work itself.
 */
export interface IndexedGraph {
  /** Node index by id. */
  readonly index: ReadonlyMap<string, number>;
  /** Each edge's source and target node index (-1 when it names no component), by edge index. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The edges leaving node i are outEdges[outStart[i] … outStart[i + 1]), in design order. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
}

export function indexGraph(nodes: readonly DesignNode[], edges: readonly DesignEdge[]): IndexedGraph {
  const n = nodes.length;
  const m = edges.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i += 1) index.set(nodes[i]!.id, i);
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const outStart = new Int32Array(n + 1);
  for (let k = 0; k < m; k += 1) {
    const e = edges[k]!;
    from[k] = index.get(e.source) ?? -1;
    to[k] = index.get(e.target) ?? -1;
    if (from[k]! >= 0) outStart[from[k]! + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) outStart[i + 1]! += outStart[i]!;
  const outEdges = new Int32Array(outStart[n]!);
  const fill = outStart.slice(0, n);
  for (let k = 0; k < m; k += 1) {
    const u = from[k]!;
    if (u < 0) continue;
    outEdges[fill[u]!] = k;
    fill[u]! += 1;
  }
  return { index, from, to, outStart, outEdges };
}
