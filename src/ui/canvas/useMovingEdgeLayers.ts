import { useEffect, useMemo, useState } from 'react';
import type { Design } from '../../core';
import { movingEdgesCss, movingIds } from './movingEdges';

/**
 * While components are dragged or resized, their connections are drawn on layers of their own
 * (see movingEdgesCss), through a style sheet of the document that changes when a drag starts
 * and ends, never on the moves in between.
 */
export function useMovingEdgeLayers(design: Design, dragging: ReadonlyMap<string, unknown>): void {
  const [sheet] = useState(() => new CSSStyleSheet());
  useEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sheet]);
  // The dragged ids as one string: the same from the first move of a drag to its last.
  const dragged = useMemo(() => [...dragging.keys()].sort().join('\n'), [dragging]);
  useEffect(() => {
    sheet.replaceSync(dragged === '' ? '' : movingEdgesCss(movingIds(design, new Set(dragged.split('\n')))));
    // The design changes only when the drag is recorded, after which nothing is dragged.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, dragged]);
}
