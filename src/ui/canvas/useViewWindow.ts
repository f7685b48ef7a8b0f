import { useEffect, useRef, useState } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { viewportShowing } from './fitDesign';
import { visibleRect, type Rect } from './minimapShapes';
import { windowAround, windowServes } from './viewWindow';

/**
 * The window around the view that the canvas gives React Flow the elements of (viewWindow.ts),
 * undefined until React Flow knows its size. It changes when the view leaves it or zooms well
 * into it, not on each frame of a pan or a drag. When `fitTo` is given, the view is first fitted
 * to it (a design as it opens): the canvas does that itself, since React Flow's fitView would
 * fit the elements it was given.
 */
export function useViewWindow(fitTo: Rect | undefined): Rect | undefined {
  const flowStore = useStoreApi();
  const [viewWindow, setViewWindow] = useState<Rect | undefined>(undefined);
  const current = useRef<Rect | undefined>(undefined);
  // Read once: the fit is for the design as it opens.
  const [fit] = useState(fitTo);

  useEffect(() => {
    let fitted = fit === undefined;
    const follow = (state: ReactFlowState) => {
      const { width, height, panZoom, transform } = state;
      if (width === 0 || height === 0 || panZoom === null) return;
      let view: Rect;
      if (!fitted && fit !== undefined) {
        fitted = true;
        const viewport = viewportShowing(fit, width, height, state.minZoom, state.maxZoom);
        void panZoom.setViewport(viewport);
        view = visibleRect([viewport.x, viewport.y, viewport.zoom], width, height);
      } else {
        view = visibleRect(transform, width, height);
      }
      if (current.current !== undefined && windowServes(current.current, view)) return;
      current.current = windowAround(view);
      setViewWindow(current.current);
    };
    follow(flowStore.getState());
    return flowStore.subscribe(follow);
  }, [flowStore, fit]);

  return viewWindow;
}
