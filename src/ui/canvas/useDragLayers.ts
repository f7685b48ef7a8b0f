import { useEffect, useMemo, useRef } from 'react';
import type { Design } from '../../core';
import { movingLayersCss, movingIds } from './dragLayers';

/**
 * While components are dragged or resized, they and their connections are drawn on layers of
 * their own (see movingLayersCss), through a style element whose text changes when a drag starts
 * and ends, never on the moves in between.
 */
export function useDragLayers(design: Design, dragging: ReadonlyMap<string, unknown>): void {
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
  // The dragged ids as one string: the same from the first move of a drag to its last.
  const dragged = useMemo(() => [...dragging.keys()].sort().join('\n'), [dragging]);
  // Recomputed when the design changes too (an undo during a drag), but the text, and so the
  // style, changes only with what moves.
  const css = useMemo(() => (dragged === '' ? '' : movingLayersCss(movingIds(design, new Set(dragged.split('\n'))))), [design, dragged]);
  useEffect(() => {
    if (style.current !== null) style.current.textContent = css;
  }, [css]);
}
