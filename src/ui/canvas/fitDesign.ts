import { useCallback } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import type { Design } from '../../core';
import { useArchStoreApi } from '../../store';
import { designRects, union, type Rect } from './minimapShapes';

/** Margin around what a fit shows, as a share of the view (React Flow's default for fitView). */
export const FIT_PADDING = 0.1;

export interface FitOptions {
  /** Ids of components and groups to show; all of the design when absent. */
  ids?: readonly string[];
  padding?: number;
  maxZoom?: number;
  duration?: number;
}

/** What `ids` (or the whole design) cover on the canvas, or undefined when there is nothing. */
export function boundsOf(design: Pick<Design, 'nodes' | 'groups' | 'layout'>, ids?: readonly string[]): Rect | undefined {
  const rects = designRects(design);
  if (ids === undefined) return rects.bounds;
  let bounds: Rect | undefined;
  for (const id of ids) {
    const rect = rects.components.get(id) ?? rects.groups.get(id);
    if (rect !== undefined) bounds = union(bounds, rect);
  }
  return bounds;
}

/** The viewport that shows `bounds` whole in a view of `width` × `height` pixels, within the zoom limits. */
export function viewportShowing(bounds: Rect, width: number, height: number, minZoom: number, maxZoom: number, padding = FIT_PADDING): Viewport {
  return getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding);
}

/**
 * Fits the view to the design or to some of its elements, from the design's own boxes: React
 * Flow's fitView knows only the nodes it was given, and the canvas gives it those near the view
 * (see viewWindow.ts).
 */
export function useFitDesign(): (options?: FitOptions) => boolean {
  const store = useArchStoreApi();
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (options: FitOptions = {}) => {
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      const bounds = boundsOf(store.getState().design, options.ids);
      if (bounds === undefined || width === 0 || height === 0) return false;
      const viewport = viewportShowing(bounds, width, height, minZoom, Math.min(maxZoom, options.maxZoom ?? maxZoom), options.padding);
      void flow.setViewport(viewport, options.duration === undefined ? undefined : { duration: options.duration });
      return true;
    },
    [store, flowStore, flow],
  );
}
