import { createContext } from 'react';

/** How a group reports the end of a resize (its new box, relative to its parent) to the canvas. */
export const ResizeContext = createContext<(id: string, box: { x: number; y: number; width: number; height: number }) => void>(() => {});
