import type { Design } from '../../core';

/**
 * The components and groups that move with `dragged` (components or groups being dragged or
 * resized): those, and everything inside a group among them, at any depth.
 */
export function movingIds(design: Design, dragged: ReadonlySet<string>): Set<string> {
  const moving = new Set(dragged);
  if (dragged.size === 0) return moving;
  const parentOf = new Map<string, string | undefined>();
  for (const group of design.groups) parentOf.set(group.id, group.parent);
  for (const node of design.nodes) parentOf.set(node.id, node.parent);
  const moves = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (dragged.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  for (const id of parentOf.keys()) if (moves(id)) moving.add(id);
  return moving;
}

/** A CSS string literal holding `text` as it is (quotes, backslashes and control characters escaped). */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Beyond this many moving components and groups (a large group dragged), no layers: the rules
 * would cost more to match than the layers save.
 */
export const MOVING_LAYERS_MAX = 200;

/**
 * The style sheet that draws the moving components and their connections on layers of their own
 * while a drag lasts (each connection is an <svg> of its own, whose <g> carries data-source and
 * data-target, see toFlow.ts; React Flow's `dragging` class marks only the component under the
 * pointer, not the others of a selection or what a dragged group holds). Without it, every frame
 * repaints wherever the moving connections pass, with every other connection there: at 100 % on
 * a 1,000-component design, re-dashing long asynchronous connections took 0.7 s of rasterising
 * per pointer move. A style sheet rather than a class on the connections: changing them would
 * make React Flow index every connection again at the start and at the end of each drag (about
 * 0.13 s each at 10,000 components).
 */
/**
 * The class of the canvas's own <svg>s of still connections (StaticConnections): never a layer of
 * a drag's, even for the frame in which a moving connection passes from one to React Flow.
 */
export const STATIC_LAYER_CLASS = 'archlab-static-connections';

export function movingLayersCss(moving: ReadonlySet<string>): string {
  if (moving.size === 0 || moving.size > MOVING_LAYERS_MAX) return '';
  const selectors: string[] = [];
  for (const id of moving) {
    const value = cssString(id);
    selectors.push(
      `.react-flow__node[data-id=${value}]`,
      `.react-flow__edges > svg:not(.${STATIC_LAYER_CLASS}):has(> [data-source=${value}])`,
      `.react-flow__edges > svg:not(.${STATIC_LAYER_CLASS}):has(> [data-target=${value}])`,
    );
  }
  return `${selectors.join(',\n')} { will-change: transform; }`;
}
