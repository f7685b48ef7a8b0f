import { describe, expect, it } from 'vitest';
import { articulationPoints, longestPathFrom, reachableFrom, type Adjacency } from './graph';

/** A directed adjacency from `a>b` pairs, successors in the order given. */
function directed(...pairs: string[]): Adjacency {
  const map = new Map<string, string[]>();
  for (const pair of pairs) {
    const [from, to] = pair.split('>') as [string, string];
    const list = map.get(from);
    if (list === undefined) map.set(from, [to]);
    else list.push(to);
  }
  return map;
}

/** A symmetric adjacency from `a-b` pairs. */
function undirected(...pairs: string[]): Adjacency {
  const map = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = map.get(from);
    if (list === undefined) map.set(from, [to]);
    else list.push(to);
  };
  for (const pair of pairs) {
    const [a, b] = pair.split('-') as [string, string];
    add(a, b);
    add(b, a);
  }
  return map;
}

/** A chain n0 → n1 → … → n(count-1). */
function chain(count: number): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (let i = 0; i + 1 < count; i += 1) map.set(`n${i}`, [`n${i + 1}`]);
  return map;
}

const sorted = (set: Set<string>) => [...set].sort();

describe('reachableFrom', () => {
  it('includes the starts and everything downstream, nothing upstream', () => {
    const next = directed('a>b', 'b>c', 'x>a', 'c>d', 'e>f');
    expect(sorted(reachableFrom(['a'], next))).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(reachableFrom(['c', 'e'], next))).toEqual(['c', 'd', 'e', 'f']);
  });

  it('terminates on cycles and self-loops', () => {
    const next = directed('a>b', 'b>c', 'c>a', 'c>c', 'c>d');
    expect(sorted(reachableFrom(['b'], next))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns the starts alone when they have no successor, and nothing from no start', () => {
    expect(sorted(reachableFrom(['lonely'], new Map()))).toEqual(['lonely']);
    expect(reachableFrom([], directed('a>b')).size).toBe(0);
  });

  it('walks a 10,000-node chain without overflowing the stack', () => {
    expect(reachableFrom(['n0'], chain(10_000)).size).toBe(10_000);
  });
});

describe('longestPathFrom', () => {
  it('follows a chain to its end', () => {
    expect(longestPathFrom('a', directed('a>b', 'b>c', 'c>d'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is the start alone when nothing follows it', () => {
    expect(longestPathFrom('a', new Map())).toEqual(['a']);
    expect(longestPathFrom('a', directed('b>a'))).toEqual(['a']);
  });

  it('takes the longer branch, whichever comes first', () => {
    expect(longestPathFrom('a', directed('a>short', 'a>b', 'b>c', 'c>d'))).toEqual(['a', 'b', 'c', 'd']);
    expect(longestPathFrom('a', directed('a>b', 'b>c', 'c>d', 'a>short'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('goes through a diamond once, by its longer side', () => {
    // a → b → d and a → c → x → d, then d → e: the longest path runs through c and x.
    const next = directed('a>b', 'a>c', 'b>d', 'c>x', 'x>d', 'd>e');
    expect(longestPathFrom('a', next)).toEqual(['a', 'c', 'x', 'd', 'e']);
  });

  it('breaks ties by the order of successors', () => {
    expect(longestPathFrom('a', directed('a>b', 'a>c', 'b>d', 'c>d'))).toEqual(['a', 'b', 'd']);
    expect(longestPathFrom('a', directed('a>c', 'a>b', 'b>d', 'c>d'))).toEqual(['a', 'c', 'd']);
  });

  it('cuts a cycle where it closes and never repeats a node', () => {
    const next = directed('a>b', 'b>c', 'c>a', 'c>d');
    expect(longestPathFrom('a', next)).toEqual(['a', 'b', 'c', 'd']);
    const loop = directed('a>a', 'a>b', 'b>a');
    expect(longestPathFrom('a', loop)).toEqual(['a', 'b']);
    // Two cycles sharing a node, and a tail reached from the second one.
    const knot = longestPathFrom('s', directed('s>x', 'x>y', 'y>x', 'y>z', 'z>s', 'z>t'));
    expect(new Set(knot).size).toBe(knot.length);
    expect(knot).toEqual(['s', 'x', 'y', 'z', 't']);
  });

  it('gives a simple path along existing edges on a dense cyclic graph', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const next = new Map(ids.map((id) => [id, ids.filter((other) => other !== id)]));
    const path = longestPathFrom('c', next);
    expect(path[0]).toBe('c');
    expect(new Set(path).size).toBe(path.length);
    expect(path).toHaveLength(6);
    for (let i = 1; i < path.length; i += 1) expect(next.get(path[i - 1]!)).toContain(path[i]);
  });

  it('walks a 10,000-node chain without overflowing the stack', () => {
    const path = longestPathFrom('n0', chain(10_000));
    expect(path).toHaveLength(10_000);
    expect(path[9_999]).toBe('n9999');
  });

  it('handles a 10,000-node chain that closes into a ring', () => {
    const ring = chain(10_000);
    ring.set('n9999', ['n0']);
    const path = longestPathFrom('n5000', ring);
    expect(path).toHaveLength(10_000);
    expect(path.at(-1)).toBe('n4999');
  });
});

describe('articulationPoints', () => {
  it('finds the inner nodes of a path', () => {
    expect(sorted(articulationPoints(['a', 'b', 'c', 'd'], undirected('a-b', 'b-c', 'c-d')))).toEqual(['b', 'c']);
  });

  it('finds none in a cycle or a complete graph', () => {
    expect(articulationPoints(['a', 'b', 'c', 'd'], undirected('a-b', 'b-c', 'c-d', 'd-a')).size).toBe(0);
    expect(articulationPoints(['a', 'b', 'c', 'd'], undirected('a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d')).size).toBe(0);
  });

  it('finds the centre of a star, as a root or not', () => {
    const star = undirected('hub-a', 'hub-b', 'hub-c');
    expect(sorted(articulationPoints(['hub', 'a', 'b', 'c'], star))).toEqual(['hub']);
    expect(sorted(articulationPoints(['a', 'hub', 'b', 'c'], star))).toEqual(['hub']);
  });

  it('finds the joint of two triangles (a bow tie) and the ends of a bridge', () => {
    const bowTie = undirected('a-b', 'b-c', 'c-a', 'c-d', 'd-e', 'e-c');
    expect(sorted(articulationPoints(['a', 'b', 'c', 'd', 'e'], bowTie))).toEqual(['c']);
    // Two squares joined by the bridge x-y.
    const bridge = undirected('a-b', 'b-c', 'c-x', 'x-a', 'x-y', 'y-d', 'd-e', 'e-f', 'f-y');
    expect(sorted(articulationPoints(['a', 'b', 'c', 'x', 'y', 'd', 'e', 'f'], bridge))).toEqual(['x', 'y']);
  });

  it('works component by component, isolated nodes included', () => {
    const graph = undirected('a-b', 'b-c', 'p-q', 'q-r', 'r-p');
    expect(sorted(articulationPoints(['a', 'b', 'c', 'p', 'q', 'r', 'alone'], graph))).toEqual(['b']);
  });

  it('does not depend on the order of the nodes', () => {
    const graph = undirected('a-b', 'b-c', 'c-d', 'c-e', 'e-f', 'f-c');
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const expected = ['b', 'c'];
    expect(sorted(articulationPoints(ids, graph))).toEqual(expected);
    expect(sorted(articulationPoints([...ids].reverse(), graph))).toEqual(expected);
    expect(sorted(articulationPoints(['e', 'a', 'd', 'f', 'c', 'b'], graph))).toEqual(expected);
  });

  it('finds every inner node of a 10,000-node path without overflowing the stack', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `n${i}`);
    const neighbours = new Map(ids.map((id, i) => [id, [ids[i - 1], ids[i + 1]].filter((x): x is string => x !== undefined)]));
    const points = articulationPoints(ids, neighbours);
    expect(points.size).toBe(9_998);
    expect(points.has('n0')).toBe(false);
    expect(points.has('n9999')).toBe(false);
  });
});
