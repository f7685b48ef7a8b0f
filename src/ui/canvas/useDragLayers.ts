import { useEffect, useMemo, useRef } from 'react';
import { movingLayersCss } from './dragLayers';

/**
 * While components are dragged or resized, they and their connections are drawn on layers of
 * their own (see movingLayersCss), through a style element whose text changes when a drag starts
 * and ends, never on the moves in between. `moving` holds what moves (see movingIds).
 */
export function useDragLayers(moving: ReadonlySet<string>): void {
  const style = useRef<HTMLStyleElement | null>(null);
  useEffect(() => {
    const element = document.createElement('style');
    document.head.append(element);
    style.current = element;
    return () => {
      element.remove();
      style.current = null;
    };
  }, []);
  // Recomputed when the design changes too (an undo during a drag), but the text, and so the
  // style, changes only with what moves.
  const css = useMemo(() => movingLayersCss(moving), [moving]);
  useEffect(() => {
    if (style.current !== null) style.current.textContent = css;
  }, [css]);
}
