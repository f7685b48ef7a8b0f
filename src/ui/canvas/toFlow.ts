import type { Edge, Node } from '@xyflow/react';
import type { Box, Design, DesignEdge, DesignGroup, DesignNode } from '../../core';

export interface ComponentNodeData extends Record<string, unknown> {
  node: DesignNode;
}
export interface GroupNodeData extends Record<string, unknown> {
  group: DesignGroup;
}
export interface ConnectionEdgeData extends Record<string, unknown> {
  edge: DesignEdge;
}

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type GroupFlowNode = Node<GroupNodeData, 'container'>;
export type FlowNode = ComponentFlowNode | GroupFlowNode;
export type FlowEdge = Edge<ConnectionEdgeData>;

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;
export const GROUP_WIDTH = 360;
export const GROUP_HEIGHT = 240;

/** Where an element without a stored box goes: a grid, in document order. */
export function fallbackBox(index: number): Box {
  // The same object for an index every time, so that an element without a box is not rebuilt.
  fallbackBoxes[index] ??= { x: (index % 5) * (NODE_WIDTH + 60), y: Math.floor(index / 5) * (NODE_HEIGHT + 60) };
  return fallbackBoxes[index];
}

const fallbackBoxes: Box[] = [];

/** Groups ordered so that every parent comes before its children, as React Flow needs. */
export function groupsParentFirst(groups: readonly DesignGroup[]): DesignGroup[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const depth = new Map<string, number>();
  const depthOf = (g: DesignGroup): number => {
    const known = depth.get(g.id);
    if (known !== undefined) return known;
    const parent = g.parent === undefined ? undefined : byId.get(g.parent);
    depth.set(g.id, 0); // guards against cycles in a design not yet validated
    const d = parent === undefined ? 0 : depthOf(parent) + 1;
    depth.set(g.id, d);
    return d;
  };
  return [...groups].sort((a, b) => depthOf(a) - depthOf(b));
}

type Cache<T> = Map<string, { key: unknown[]; value: T }>;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function reuse<T>(cache: Cache<T>, next: Cache<T>, id: string, key: unknown[], build: () => T): T {
  const previous = cache.get(id);
  const value =
    previous !== undefined && previous.key.length === key.length && previous.key.every((k, i) => k === key[i])
      ? previous.value
      : build();
  next.set(id, { key, value });
  return value;
}

/**
 * Maps a design to React Flow nodes and edges. Positions in the design are absolute; React
 * Flow wants children relative to their parent. Every node carries its size as `measured`:
 * without it React Flow forgets a node's handle positions whenever it gets a new node object
 * (each pointer move of a drag) and measures the node again, which re-renders every node. The mapper keeps the objects it made last
 * time and returns the same object for an element whose inputs did not change, so memoised
 * node components do not re-render.
 */
export function createFlowMapper() {
  let nodeCache: Cache<FlowNode> = new Map();
  let edgeCache: Cache<FlowEdge> = new Map();
  let lastNodes: FlowNode[] = [];
  let lastEdges: FlowEdge[] = [];

  return function toFlow(design: Design, selection: readonly string[], connectionName?: (edge: DesignEdge) => string): { nodes: FlowNode[]; edges: FlowEdge[] } {
    const selected = new Set(selection);
    const boxes = design.layout.elements;
    // Own keys only: an id such as "constructor" is also a key of Object.prototype.
    const boxOf = (id: string | undefined): Box | undefined => (id !== undefined && Object.hasOwn(boxes, id) ? boxes[id] : undefined);
    const absolute = (id: string, index: number): Box => boxOf(id) ?? fallbackBox(index);
    const nextNodes: Cache<FlowNode> = new Map();
    const nodes: FlowNode[] = [];
    const groupBoxes = new Map<string, Box>();
    const relative = (box: Box, parent: string | undefined) => {
      const p = parent === undefined ? undefined : groupBoxes.get(parent);
      return p === undefined ? { x: box.x, y: box.y } : { x: box.x - p.x, y: box.y - p.y };
    };

    groupsParentFirst(design.groups).forEach((group, index) => {
      const box = absolute(group.id, index);
      groupBoxes.set(group.id, box);
      const parentBox = group.parent === undefined ? undefined : groupBoxes.get(group.parent);
      const isSelected = selected.has(group.id);
      nodes.push(
        reuse(nodeCache, nextNodes, group.id, [group, box, parentBox, isSelected], () => ({
          id: group.id,
          type: 'container',
          position: relative(box, group.parent),
          ...(group.parent === undefined ? {} : { parentId: group.parent }),
          data: { group },
          selected: isSelected,
          width: box.width ?? GROUP_WIDTH,
          height: box.height ?? GROUP_HEIGHT,
          measured: { width: box.width ?? GROUP_WIDTH, height: box.height ?? GROUP_HEIGHT },
          style: { width: box.width ?? GROUP_WIDTH, height: box.height ?? GROUP_HEIGHT },
        })),
      );
    });
    design.nodes.forEach((node, index) => {
      const box = absolute(node.id, index);
      const parentBox = node.parent === undefined ? undefined : groupBoxes.get(node.parent);
      const isSelected = selected.has(node.id);
      nodes.push(
        reuse(nodeCache, nextNodes, node.id, [node, box, parentBox, isSelected], () => ({
          id: node.id,
          type: 'component',
          position: relative(box, node.parent),
          ...(node.parent === undefined ? {} : { parentId: node.parent }),
          data: { node },
          selected: isSelected,
          width: box.width ?? NODE_WIDTH,
          height: box.height ?? NODE_HEIGHT,
          measured: { width: box.width ?? NODE_WIDTH, height: box.height ?? NODE_HEIGHT },
        })),
      );
    });

    const nextEdges: Cache<FlowEdge> = new Map();
    const edges = design.edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const name = connectionName?.(edge);
      return reuse(edgeCache, nextEdges, edge.id, [edge, isSelected, name], () => ({
        id: edge.id,
        ...(name === undefined ? {} : { ariaLabel: name }),
        source: edge.source,
        target: edge.target,
        type: 'connection',
        data: { edge },
        selected: isSelected,
        // What a drag's style sheet finds the connections of moving components by (dragLayers.ts).
        domAttributes: { 'data-source': edge.source, 'data-target': edge.target } as FlowEdge['domAttributes'],
      }));
    });
    nodeCache = nextNodes;
    edgeCache = nextEdges;
    // The same lists when nothing in them changed: React Flow re-indexes every connection of a
    // new list (on 10,000 components, a selection would otherwise cost a few hundred ms).
    lastNodes = sameItems(nodes, lastNodes) ? lastNodes : nodes;
    lastEdges = sameItems(edges, lastEdges) ? lastEdges : edges;
    return { nodes: lastNodes, edges: lastEdges };
  };
}
