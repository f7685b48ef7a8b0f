import { getBezierPath, Position } from '@xyflow/react';
import { resolveType, typeDisplayName, type Box, type Design, type IconName, type Language } from '../../core';
import { GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH, fallbackBox } from '../canvas/toFlow';

/** Characters XML does not allow (controls other than tab and new lines): an SVG with one would not load. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * A connection as the canvas draws it: React Flow's bezier curve from the middle of the source's
 * right side to the middle of the target's left side (the path, then the label's x and y), each
 * end `outset` pixels out from the side (where the canvas's handles end).
 */
export function connectionPath(source: Box & { width: number; height: number }, target: Box & { width: number; height: number }, outset = 0): [string, number, number] {
  const [path, labelX, labelY] = getBezierPath({
    sourceX: source.x + source.width + outset,
    sourceY: source.y + source.height / 2,
    sourcePosition: Position.Right,
    targetX: target.x - outset,
    targetY: target.y + target.height / 2,
    targetPosition: Position.Left,
  });
  return [path, labelX, labelY];
}

/** A text as an image can hold it: one line, without characters XML refuses. */
export function imageText(text: string): string {
  return text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

/** Space around the drawing, in pixels. */
export const IMAGE_MARGIN = 24;

export interface SceneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneNode extends SceneRect {
  id: string;
  label: string;
  technology: string;
  /** The catalog type's name, or '' when it is the same as the label (as on the canvas). */
  typeName: string;
  icon: IconName | undefined;
}

export interface SceneGroup extends SceneRect {
  id: string;
  label: string;
  kind: string;
}

export interface SceneEdge {
  id: string;
  path: string;
  labelX: number;
  labelY: number;
  /** Label and protocol, as the canvas shows them. */
  text: string;
  async: boolean;
}

/** What an image of a design draws, in image coordinates (the top left corner is 0, 0). */
export interface Scene {
  width: number;
  height: number;
  /** Parents before children, so that inner groups are drawn over outer ones. */
  groups: SceneGroup[];
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** The elements an image of `selection` draws: the selected ones and everything inside a selected group. */
function chosenIds(design: Design, selection: ReadonlySet<string> | undefined): Set<string> | undefined {
  if (selection === undefined) return undefined;
  const chosen = new Set(selection);
  const parentOf = new Map<string, string | undefined>([...design.groups, ...design.nodes].map((e) => [e.id, e.parent]));
  const inside = (id: string): boolean => {
    const seen = new Set<string>();
    for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      if (selection.has(p)) return true;
      seen.add(p);
    }
    return false;
  };
  for (const element of [...design.groups, ...design.nodes]) if (inside(element.id)) chosen.add(element.id);
  return chosen;
}

function groupDepths(design: Design): Map<string, number> {
  const parentOf = new Map(design.groups.map((g) => [g.id, g.parent]));
  const depths = new Map<string, number>();
  for (const group of design.groups) {
    let depth = 0;
    const seen = new Set<string>([group.id]);
    for (let p = parentOf.get(group.id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      depth += 1;
      seen.add(p);
    }
    depths.set(group.id, depth);
  }
  return depths;
}

/**
 * Lays out an image of a design as the canvas draws it: groups, components (same sizes and
 * fallback positions as the canvas) and connections from a component's right side to the
 * next one's left side, as Bézier curves. With `selection`, only the selected elements, the
 * contents of selected groups, and the connections between drawn components. Returns null
 * when there is nothing to draw.
 */
export function buildScene(design: Design, options: { language: Language; selection?: ReadonlySet<string> }): Scene | null {
  const chosen = chosenIds(design, options.selection);
  const keep = (id: string) => chosen === undefined || chosen.has(id);
  const boxes = design.layout.elements;
  const boxOf = (id: string, index: number): Box => (Object.hasOwn(boxes, id) ? boxes[id]! : fallbackBox(index));

  const depths = groupDepths(design);
  const groups: SceneGroup[] = [];
  design.groups.forEach((g, index) => {
    if (!keep(g.id)) return;
    const box = boxOf(g.id, index);
    groups.push({ id: g.id, label: imageText(g.label), kind: g.kind, x: box.x, y: box.y, width: box.width ?? GROUP_WIDTH, height: box.height ?? GROUP_HEIGHT });
  });
  groups.sort((a, b) => depths.get(a.id)! - depths.get(b.id)!);

  const nodes: SceneNode[] = [];
  design.nodes.forEach((n, index) => {
    if (!keep(n.id)) return;
    const box = boxOf(n.id, index);
    const type = resolveType(design, n.type);
    const typeName = type === undefined ? n.type : typeDisplayName(type, options.language, design.workload.provider);
    nodes.push({
      id: n.id,
      label: imageText(n.label),
      technology: imageText(n.technology),
      typeName: typeName === n.label ? '' : imageText(typeName),
      icon: type?.icon,
      x: box.x,
      y: box.y,
      width: box.width ?? NODE_WIDTH,
      height: box.height ?? NODE_HEIGHT,
    });
  });
  if (nodes.length === 0 && groups.length === 0) return null;

  const all = [...groups, ...nodes];
  const left = Math.min(...all.map((r) => r.x)) - IMAGE_MARGIN;
  const top = Math.min(...all.map((r) => r.y)) - IMAGE_MARGIN;
  const right = Math.max(...all.map((r) => r.x + r.width)) + IMAGE_MARGIN;
  const bottom = Math.max(...all.map((r) => r.y + r.height)) + IMAGE_MARGIN;
  for (const r of all) {
    r.x -= left;
    r.y -= top;
  }

  const drawn = new Map(nodes.map((n) => [n.id, n]));
  const edges: SceneEdge[] = [];
  for (const e of design.edges) {
    const source = drawn.get(e.source);
    const target = drawn.get(e.target);
    if (source === undefined || target === undefined) continue;
    const [path, labelX, labelY] = connectionPath(source, target);
    const text = [imageText(e.label), e.protocol.toUpperCase()].filter((part) => part !== '').join(' · ');
    edges.push({ id: e.id, path, labelX, labelY, text, async: e.mode === 'async' });
  }
  return { width: Math.ceil(right - left), height: Math.ceil(bottom - top), groups, nodes, edges };
}
