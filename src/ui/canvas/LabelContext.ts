import { createContext } from 'react';

/**
 * Whether small text is drawn: connection labels, and a component's icon, technology and type
 * lines (see zoomDetail.ts).
 */
export const LabelContext = createContext(true);
