/**
 * The graph of the bare React Flow page: a design's groups and components as default nodes
 * (groups as React Flow "group" nodes, parents first, positions relative to the parent as
 * ArchLab's canvas has them, the same sizes) and its connections as default edges.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Design } from '../../src/core';

export interface BareGraph {
  nodes: Node[];
  edges: Edge[];
  /** Size of the canvas in CSS pixels (the benchmark uses the size of ArchLab's canvas). */
  width: number;
  height: number;
}

/** Sizes ArchLab's canvas gives elements without a stored size (src/ui/canvas/toFlow.ts). */
const NODE = { width: 200, height: 72 };
const GROUP = { width: 360, height: 240 };

export function toBareGraph(design: Design, size: { width: number; height: number }): BareGraph {
  const boxes = design.layout.elements;
  const byId = new Map(design.groups.map((g) => [g.id, g]));
  const depth = (id: string | undefined, seen = 0): number => {
    const parent = id === undefined ? undefined : byId.get(id)?.parent;
    return parent === undefined || seen > byId.size ? 0 : 1 + depth(parent, seen + 1);
  };
  const origin = (id: string | undefined) => (id === undefined ? { x: 0, y: 0 } : (boxes[id] ?? { x: 0, y: 0 }));
  const place = (id: string, parent: string | undefined) => {
    const box = boxes[id] ?? { x: 0, y: 0 };
    const p = origin(parent);
    return { x: box.x - p.x, y: box.y - p.y };
  };
  const groups: Node[] = [...design.groups]
    .sort((a, b) => depth(a.id) - depth(b.id))
    .map((g) => {
      const width = boxes[g.id]?.width ?? GROUP.width;
      const height = boxes[g.id]?.height ?? GROUP.height;
      return {
        id: g.id,
        type: 'group',
        position: place(g.id, g.parent),
        ...(g.parent === undefined ? {} : { parentId: g.parent }),
        data: { label: g.label },
        width,
        height,
        style: { width, height },
      };
    });
  const components: Node[] = design.nodes.map((n) => ({
    id: n.id,
    position: place(n.id, n.parent),
    ...(n.parent === undefined ? {} : { parentId: n.parent }),
    data: { label: n.label },
    width: boxes[n.id]?.width ?? NODE.width,
    height: boxes[n.id]?.height ?? NODE.height,
  }));
  const edges: Edge[] = design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { nodes: [...groups, ...components], edges, width: size.width, height: size.height };
}
