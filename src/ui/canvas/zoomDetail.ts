/** The zoom below which 10 px text cannot be read: small text, icons and handles are left out. */
export const LABEL_MIN_ZOOM = 0.45;

/**
 * The zoom below which a group's dashed border (dashes about 6 px long at full size) would be
 * drawn as dashes under 1.5 px: it is drawn solid, which looks the same and costs far less.
 */
export const SOLID_BORDER_MAX_ZOOM = 0.25;

/**
 * The zoom below which a connection's finding mark (a dot 14 px wide at full size) would be a
 * speck under 3.5 px: it is left out. Thousands of connections in view each drew one, and the
 * Findings tab and the components' badges still say what the findings are.
 */
export const EDGE_MARK_MIN_ZOOM = 0.25;

/**
 * The zoom below which a component's name (14 px text) is under 3.5 px: the card is drawn plain,
 * without rounded corners or clipping, and a long name wraps rather than being cut at the edge.
 * Each clip is a layer of painting the browser sorts out again on every frame of a drag: with
 * hundreds of cards in view, the clips alone cost a few milliseconds a frame.
 */
export const PLAIN_CARD_MAX_ZOOM = 0.25;

/** What the canvas draws at a zoom. With thousands of elements, details cost the most to paint. */
export interface ZoomDetail {
  /** Connection labels, a component's icon, technology and type lines, and handles. */
  readonly labels: boolean;
  /**
   * How much longer than at full size an asynchronous connection's dashes are drawn: a power of
   * two, so that on screen they stay 3 to 6 pixels long. Dashes of a fraction of a pixel look
   * like a solid line and are the most costly thing to paint on a large design.
   */
  readonly dashScale: number;
  /** Groups' dashed borders drawn solid. */
  readonly solidBorders: boolean;
  /** Finding marks on connections. */
  readonly edgeMarks: boolean;
  /** Components drawn as plain cards (see PLAIN_CARD_MAX_ZOOM). */
  readonly plainCards: boolean;
}

export function zoomDetail(zoom: number): ZoomDetail {
  let dashScale = 1;
  while (zoom * dashScale < 0.5 && dashScale < 64) dashScale *= 2;
  return { labels: zoom >= LABEL_MIN_ZOOM, dashScale, solidBorders: zoom < SOLID_BORDER_MAX_ZOOM, edgeMarks: zoom >= EDGE_MARK_MIN_ZOOM, plainCards: zoom < PLAIN_CARD_MAX_ZOOM };
}

/** Whether two zooms draw the same details (the canvas then keeps its state, and re-renders nothing). */
export function sameDetail(a: ZoomDetail, b: ZoomDetail): boolean {
  return a.labels === b.labels && a.dashScale === b.dashScale && a.solidBorders === b.solidBorders && a.edgeMarks === b.edgeMarks && a.plainCards === b.plainCards;
}

/** The dash pattern of asynchronous connections at a dash scale (a CSS value). */
export function edgeDash(scale: number): string {
  return `${6 * scale} ${4 * scale}`;
}
