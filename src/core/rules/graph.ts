/**
 * Graph algorithms the rules share, on plain adjacency lists of node ids. Iterative, so a
 * design of 10,000 components never overflows the stack.
 */

export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** Every node reachable from `starts` (the starts included). */
export function reachableFrom(starts: Iterable<string>, next: Adjacency): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of next.get(id) ?? []) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}

/**
 * The longest simple path (in hops) starting at `start`, following `next`. A cycle is cut where
 * it closes, so the answer is the longest path of the graph with back edges removed.
 * Returns the node ids along the path, `start` first. Linear in nodes and edges: each node keeps
 * its path's length and next step, and the path is rebuilt once at the end.
 */
export function longestPathFrom(start: string, next: Adjacency): string[] {
  /** Nodes on the longest path from a finished node, itself included. */
  const length = new Map<string, number>();
  /** The next step of that path (absent at its end). */
  const step = new Map<string, string>();
  const onStack = new Set<string>();
  const frames: { id: string; children: readonly string[]; index: number }[] = [];
  const push = (id: string) => {
    onStack.add(id);
    frames.push({ id, children: next.get(id) ?? [], index: 0 });
  };
  push(start);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.index < frame.children.length) {
      const child = frame.children[frame.index]!;
      frame.index += 1;
      if (!onStack.has(child) && !length.has(child)) push(child);
      continue;
    }
    let best = 0;
    for (const child of frame.children) {
      const size = onStack.has(child) ? undefined : length.get(child);
      if (size !== undefined && size > best) {
        best = size;
        step.set(frame.id, child);
      }
    }
    length.set(frame.id, best + 1);
    onStack.delete(frame.id);
    frames.pop();
  }
  const path = [start];
  for (let at = step.get(start); at !== undefined; at = step.get(at)) path.push(at);
  return path;
}

/**
 * Articulation points of an undirected graph (Tarjan): nodes whose removal disconnects the
 * component they are in. `neighbours` must be symmetric.
 */
export function articulationPoints(nodes: Iterable<string>, neighbours: Adjacency): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const result = new Set<string>();
  let counter = 0;
  for (const root of nodes) {
    if (order.has(root)) continue;
    order.set(root, counter);
    low.set(root, counter);
    counter += 1;
    let rootChildren = 0;
    const stack: { id: string; parent: string | undefined; index: number }[] = [{ id: root, parent: undefined, index: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const list = neighbours.get(frame.id) ?? [];
      if (frame.index < list.length) {
        const to = list[frame.index]!;
        frame.index += 1;
        if (to === frame.parent) continue;
        const seen = order.get(to);
        if (seen !== undefined) {
          low.set(frame.id, Math.min(low.get(frame.id)!, seen));
        } else {
          order.set(to, counter);
          low.set(to, counter);
          counter += 1;
          if (frame.id === root) rootChildren += 1;
          stack.push({ id: to, parent: frame.id, index: 0 });
        }
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === undefined) continue;
      low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      if (parent !== root && low.get(frame.id)! >= order.get(parent)!) result.add(parent);
    }
    if (rootChildren > 1) result.add(root);
  }
  return result;
}
