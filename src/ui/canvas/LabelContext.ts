import { createContext } from 'react';

/**
 * Whether small text is drawn: connection labels, and a component's technology and type lines.
 * Below a zoom where 10 px text cannot be read, they are left out: with thousands of elements,
 * drawing them costs more than anything else.
 */
export const LabelContext = createContext(true);

/** The zoom below which connection labels are not drawn. */
export const LABEL_MIN_ZOOM = 0.45;
