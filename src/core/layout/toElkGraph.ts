import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs';
import type { DefaultSizes } from '../model/moveElements';
import type { Box, Design, DesignEdge, DesignGroup } from '../model/types';

export type { ElkExtendedEdge, ElkLabel, ElkNode, LayoutOptions } from 'elkjs';

export type LayoutDirection = 'LR' | 'TB';

/**
 * Sizes of elements without a stored width and height. The same as the canvas defaults
 * (src/ui/canvas/toFlow.ts: NODE_WIDTH, NODE_HEIGHT, GROUP_WIDTH, GROUP_HEIGHT), so a laid-out
 * component takes on the canvas the room ELK gave it.
 */
export const DEFAULT_LAYOUT_SIZES: DefaultSizes = {
  node: { width: 200, height: 72 },
  group: { width: 360, height: 240 },
};

export interface ElkGraphOptions {
  direction: LayoutDirection;
  sizes?: DefaultSizes;
}

/** Room inside a group: its label row on top, a margin on the other sides (px). */
export const GROUP_PADDING = { top: 48, left: 24, bottom: 24, right: 24 } as const;

/** Spacing between elements (px): enough that boxes never touch and edge labels fit. */
export const LAYOUT_SPACING = {
  nodeNode: 50,
  /** Between layers, at least; more when (left to right) the longest edge label needs it. */
  betweenLayers: 90,
  /** At most, between layers, however long the labels. */
  maxBetweenLayers: 300,
  edgeNode: 24,
  edgeEdge: 16,
  components: 80,
} as const;

/**
 * How hard ELK tries to remove crossings (its `thoroughness`, default 7). From `largeFrom`
 * components on, a lower value keeps a layout of 500 components well under 2 s (npm run bench);
 * crossing minimisation is the costliest phase of a large layout.
 */
export const LAYOUT_THOROUGHNESS = { small: 7, large: 2, largeFrom: 200 } as const;

/** Rough text metrics of the canvas labels (10–12 px sans-serif), to reserve room for them. */
const EDGE_LABEL_CHAR_WIDTH = 6;
const EDGE_LABEL_MARGIN = 24;
const GROUP_LABEL_CHAR_WIDTH = 7.5;

/** The id of the ELK root node; design ids start with a letter or digit (ids.ts), so it cannot clash. */
export const ROOT_ID = '#root';

const ELK_DIRECTION: Record<LayoutDirection, string> = { LR: 'RIGHT', TB: 'DOWN' };

/**
 * The gap between layers. The canvas writes a connection's label at the middle of the
 * connection: left to right, that is in the gap, so the gap must hold the longest label (edge
 * labels are not given to ELK as label nodes: they would double the nodes to lay out). Top to
 * bottom, a label is one line high and the default gap holds it.
 */
function layerGap(design: Design, direction: LayoutDirection): number {
  if (direction === 'TB') return LAYOUT_SPACING.betweenLayers;
  const longest = design.edges.reduce((max, edge) => Math.max(max, edgeLabelText(edge).length), 0);
  const needed = Math.ceil(longest * EDGE_LABEL_CHAR_WIDTH) + 8 + 2 * EDGE_LABEL_MARGIN;
  return Math.min(LAYOUT_SPACING.maxBetweenLayers, Math.max(LAYOUT_SPACING.betweenLayers, needed));
}

/** Options of every graph ELK lays out (the root and each group's inside). */
function graphOptions(design: Design, direction: LayoutDirection): LayoutOptions {
  const thoroughness = design.nodes.length >= LAYOUT_THOROUGHNESS.largeFrom ? LAYOUT_THOROUGHNESS.large : LAYOUT_THOROUGHNESS.small;
  return {
    'elk.algorithm': 'layered',
    'elk.direction': ELK_DIRECTION[direction],
    'elk.spacing.nodeNode': String(LAYOUT_SPACING.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(layerGap(design, direction)),
    'elk.spacing.edgeNode': String(LAYOUT_SPACING.edgeNode),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(LAYOUT_SPACING.edgeNode),
    'elk.spacing.edgeEdge': String(LAYOUT_SPACING.edgeEdge),
    'elk.layered.spacing.edgeEdgeBetweenLayers': String(LAYOUT_SPACING.edgeEdge),
    'elk.spacing.componentComponent': String(LAYOUT_SPACING.components),
    'elk.layered.thoroughness': String(thoroughness),
    // The canvas draws its own curves between handles: ELK's orthogonal routes would only cost
    // time and widen the gaps between layers for their channels.
    'elk.edgeRouting': 'POLYLINE',
  };
}

const own = (elements: Readonly<Record<string, Box>>, id: string): Box | undefined =>
  Object.hasOwn(elements, id) ? elements[id] : undefined;

/** What the canvas writes on a connection: its label and protocol (ConnectionEdge.tsx). */
export function edgeLabelText(edge: DesignEdge): string {
  return [edge.label, edge.protocol.toUpperCase()].filter((part) => part !== '').join(' · ');
}

/** The chain of groups holding an element, innermost first (cycle-safe). */
function ancestors(parentOf: ReadonlyMap<string, string | undefined>, parent: string | undefined): string[] {
  const chain: string[] = [];
  let current = parent;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return chain;
}

/** The innermost group holding both ends of an edge, or undefined for the root. */
function commonContainer(a: readonly string[], b: readonly string[]): string | undefined {
  const other = new Set(b);
  return a.find((id) => other.has(id));
}

/**
 * The design as an ELK compound graph for the layered algorithm: groups are compound nodes
 * nested as in the design (padded, with room for their label on top), components are leaf
 * nodes of their stored size or the default one, connections are edges, and the gap between
 * layers holds the connections' labels. Each edge sits in the innermost group that
 * holds both its ends, and the root lays out the whole hierarchy at once
 * (`hierarchyHandling: INCLUDE_CHILDREN`), so edges crossing group borders are laid out too.
 * An empty group is a leaf of its stored or default size. Coordinates are not read: ELK
 * places everything anew.
 */
export function toElkGraph(design: Design, options: ElkGraphOptions): ElkNode {
  const sizes = options.sizes ?? DEFAULT_LAYOUT_SIZES;
  const layoutOptions = graphOptions(design, options.direction);
  const elements = design.layout.elements;
  const parentOf = new Map<string, string | undefined>(design.groups.map((g) => [g.id, g.parent]));
  const groupIds = new Set(design.groups.map((g) => g.id));
  const inGroup = (parent: string | undefined) => (parent !== undefined && groupIds.has(parent) ? parent : undefined);

  const root: ElkNode = {
    id: ROOT_ID,
    layoutOptions: { ...layoutOptions, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.padding': '[top=0,left=0,bottom=0,right=0]' },
    children: [],
    edges: [],
  };
  const compound = new Map<string, ElkNode>();
  for (const group of design.groups) compound.set(group.id, groupNode(group, elements, sizes, layoutOptions));
  const containerOf = (parent: string | undefined): ElkNode => {
    const id = inGroup(parent);
    return id === undefined ? root : (compound.get(id) as ElkNode);
  };

  // Groups in document order under their parent (a parent listed after its child still works).
  for (const group of design.groups) containerOf(group.parent).children?.push(compound.get(group.id) as ElkNode);
  for (const node of design.nodes) {
    const box = own(elements, node.id);
    containerOf(node.parent).children?.push({
      id: node.id,
      width: box?.width ?? sizes.node.width,
      height: box?.height ?? sizes.node.height,
    });
  }

  const nodeParent = new Map(design.nodes.map((n) => [n.id, inGroup(n.parent)]));
  for (const edge of design.edges) {
    const from = ancestors(parentOf, nodeParent.get(edge.source));
    const to = ancestors(parentOf, nodeParent.get(edge.target));
    const container = containerOf(commonContainer(from, to));
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
    (container.edges ??= []).push(elkEdge);
  }

  for (const node of compound.values()) {
    if (node.edges?.length === 0) delete node.edges;
    if (node.children?.length !== 0) continue;
    // An empty group is a leaf of its stored or default size: no padding nor minimum to apply.
    delete node.children;
    node.layoutOptions = {};
  }
  return root;
}

/** A group as a compound node; its minimum width leaves room for its label and kind. */
function groupNode(group: DesignGroup, elements: Readonly<Record<string, Box>>, sizes: DefaultSizes, options: LayoutOptions): ElkNode {
  const box = own(elements, group.id);
  const { top, left, bottom, right } = GROUP_PADDING;
  // Label, a gap, the kind in capitals (about as long as "availability zone"), the side margins.
  const labelWidth = Math.ceil((group.label.length + 18) * GROUP_LABEL_CHAR_WIDTH) + left + right;
  return {
    id: group.id,
    // Used when the group is empty (a leaf); ELK sizes a group with children to fit them.
    width: box?.width ?? sizes.group.width,
    height: box?.height ?? sizes.group.height,
    layoutOptions: {
      ...options,
      'elk.padding': `[top=${top},left=${left},bottom=${bottom},right=${right}]`,
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${Math.min(labelWidth, 480)}, ${top + bottom + 24})`,
    },
    children: [],
    edges: [],
  };
}
