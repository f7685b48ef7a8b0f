import { describe, expect, it } from 'vitest';
import type { DesignEdge, DesignNode } from '../model/types';
import { indexGraph, walkDepthFirst } from './indexedGraph';

const node = (id: string) => ({ id }) as DesignNode;
const edge = (id: string, source: string, target: string) => ({ id, source, target }) as DesignEdge;

// a → b → c → a (a cycle), a → d, and a connection naming no component.
const nodes = ['a', 'b', 'c', 'd'].map(node);
const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('ca', 'c', 'a'), edge('ad', 'a', 'd'), edge('ax', 'a', 'x')];

describe('indexGraph', () => {
  it('indexes nodes and each node’s outgoing connections in design order', () => {
    const graph = indexGraph(nodes, edges);
    expect(graph.index.get('c')).toBe(2);
    expect([...graph.from]).toEqual([0, 1, 2, 0, 0]);
    expect([...graph.to]).toEqual([1, 2, 0, 3, -1]);
    const out = (i: number) => [...graph.outEdges.slice(graph.outStart[i], graph.outStart[i + 1])];
    expect(out(0)).toEqual([0, 3, 4]);
    expect(out(3)).toEqual([]);
  });
});

describe('walkDepthFirst', () => {
  it('visits callees before callers, each node once, and reports the edge that closes a cycle', () => {
    const graph = indexGraph(nodes, edges);
    const done: number[] = [];
    const closing: number[] = [];
    walkDepthFirst(graph, Uint8Array.from([1, 1, 1, 1, 0]), { closes: (k) => closing.push(k), done: (u) => done.push(u) });
    expect(done).toEqual([2, 1, 3, 0]);
    expect(closing).toEqual([2]);
  });

  it('follows only the edges it is told to', () => {
    const graph = indexGraph(nodes, edges);
    const done: number[] = [];
    walkDepthFirst(graph, Uint8Array.from([0, 1, 0, 0, 0]), { done: (u) => done.push(u) });
    expect(done).toEqual([0, 2, 1, 3]);
  });
});
