import { createContext } from 'react';

/**
 * Whether small text is drawn: connection labels, and a component's technology and type lines.
 * Below a zoom where 10 px text cannot be read, they are left out: with thousands of elements,
 * drawing them costs more than anything else.
 */
export const LabelContext = createContext(true);

/** The zoom below which connection labels are not drawn. */
export const LABEL_MIN_ZOOM = 0.45;

/**
 * How much longer than at full size an asynchronous connection's dashes are drawn at a zoom: a
 * power of two, so that on screen they stay 3 to 6 pixels long. Dashes of a fraction of a pixel
 * look like a solid line and are the most costly thing to paint on a large design.
 */
export function dashScale(zoom: number): number {
  let scale = 1;
  while (zoom * scale < 0.5 && scale < 64) scale *= 2;
  return scale;
}

/**
 * The zoom below which a group's dashed border (dashes about 6 px long at full size) would be
 * drawn as dashes under 1.5 px: it is drawn solid, which looks the same and costs far less.
 */
export const SOLID_BORDER_MAX_ZOOM = 0.25;

/** The dash pattern of asynchronous connections at a dash scale (a CSS value). */
export function edgeDash(scale: number): string {
  return `${6 * scale} ${4 * scale}`;
}
