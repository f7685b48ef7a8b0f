import type { Box, Design } from '../../core';
import { fallbackBox, groupsParentFirst, GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH } from './toFlow';

/** A rectangle in canvas coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the design's groups and components are on the canvas (absolute), and what they cover. */
export interface DesignRects {
  groups: ReadonlyMap<string, Rect>;
  components: ReadonlyMap<string, Rect>;
  bounds: Rect | undefined;
}

/**
 * The rectangles of a design's groups and components, placed as the canvas places them (the
 * stored box, or the fallback grid for an element without one; sizes default as on the canvas).
 */
export function designRects(design: Pick<Design, 'nodes' | 'groups' | 'layout'>): DesignRects {
  const boxes = design.layout.elements;
  const boxOf = (id: string): Box | undefined => (Object.hasOwn(boxes, id) ? boxes[id] : undefined);
  let bounds: Rect | undefined;
  const place = (id: string, index: number, width: number, height: number): Rect => {
    const box = boxOf(id) ?? fallbackBox(index);
    const rect = { x: box.x, y: box.y, width: box.width ?? width, height: box.height ?? height };
    bounds = union(bounds, rect);
    return rect;
  };
  const groups = new Map<string, Rect>();
  groupsParentFirst(design.groups).forEach((group, index) => groups.set(group.id, place(group.id, index, GROUP_WIDTH, GROUP_HEIGHT)));
  const components = new Map<string, Rect>();
  design.nodes.forEach((node, index) => components.set(node.id, place(node.id, index, NODE_WIDTH, NODE_HEIGHT)));
  return { groups, components, bounds };
}

/** The smallest rectangle holding both (the second alone when there is no first). */
export function union(a: Rect | undefined, b: Rect): Rect {
  if (a === undefined) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * One SVG path drawing every rectangle: a single element however many there are, so that the
 * minimap costs the page one shape to keep, not one per component.
 */
export function rectsPath(rects: Iterable<Rect>): string {
  const parts: string[] = [];
  for (const r of rects) {
    const w = Math.round(r.width);
    parts.push(`M${Math.round(r.x)} ${Math.round(r.y)}h${w}v${Math.round(r.height)}h${-w}z`);
  }
  return parts.join('');
}

/**
 * The part of the canvas the minimap shows: the design and the view, with a margin, widened to
 * the minimap's own proportions (so that its scale is the same across and down).
 */
export function minimapViewBox(content: Rect | undefined, view: Rect, width: number, height: number): Rect {
  const all = union(content, view);
  const margin = Math.max(all.width, all.height) * 0.05;
  let w = all.width + 2 * margin;
  let h = all.height + 2 * margin;
  if (w / h > width / height) h = (w * height) / width;
  else w = (h * width) / height;
  return { x: all.x + all.width / 2 - w / 2, y: all.y + all.height / 2 - h / 2, width: w, height: h };
}

/** The part of the canvas in view, from React Flow's transform and the canvas size in pixels. */
export function visibleRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The viewport (React Flow's x, y and zoom) that puts `point` of the canvas at the centre of the view. */
export function viewportCentredOn(point: { x: number; y: number }, zoom: number, width: number, height: number): { x: number; y: number; zoom: number } {
  return { x: width / 2 - point.x * zoom, y: height / 2 - point.y * zoom, zoom };
}
