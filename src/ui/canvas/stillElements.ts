import { useCallback, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useArchStoreApi } from '../../store';

/*
 * What the canvas's own drawings of still connections (StaticConnections) and, far out, still
 * components (StillComponents) share: they are drawn inside React Flow's layers, but outside its
 * tree of events, and they answer as React Flow's own elements do.
 */

/** How far (screen px) a press may move and still be a click rather than a drag. */
export const CLICK_DISTANCE = 3;

/**
 * React Flow starts a box selection from a press with Shift anywhere on its pane, on its own
 * elements too. The canvas's drawings are outside its tree of events, so a press with Shift there
 * that becomes a drag (CLICK_DISTANCE) is handed to the pane as the press it would have seen,
 * where it was made. Returns whether the press was taken so (one that stays a click is the
 * caller's).
 */
export function handBoxToPane(event: PointerEvent<Element>, domNode: Element | null): boolean {
  if (!event.shiftKey || event.button !== 0 || !event.isPrimary) return false;
  const pane = domNode?.querySelector('.react-flow__pane');
  if (pane === null || pane === undefined) return false;
  const { clientX, clientY, pointerId, pointerType } = event;
  const stop = () => {
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', stop, true);
    window.removeEventListener('pointercancel', stop, true);
  };
  const onMove = (move: globalThis.PointerEvent) => {
    if (move.pointerId !== pointerId || Math.hypot(move.clientX - clientX, move.clientY - clientY) < CLICK_DISTANCE) return;
    stop();
    const press = { bubbles: true, cancelable: true, composed: true, clientX, clientY, pointerId, pointerType, isPrimary: true, button: 0, buttons: 1, shiftKey: true };
    pane.dispatchEvent(new globalThis.PointerEvent('pointerdown', press));
  };
  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', stop, true);
  window.addEventListener('pointercancel', stop, true);
  return true;
}

/**
 * Calls `found` with the element `selector` finds in `root` once React Flow draws it. React Flow
 * draws what it is given within a frame or two; after ten, the element is taken to be gone (its
 * component deleted or undone meanwhile), and nothing is done.
 */
export function whenDrawn<E extends Element>(root: Element | null, selector: string, found: (element: E) => void, frames = 10): void {
  requestAnimationFrame(() => {
    const drawn = root?.querySelector<E>(selector);
    if (drawn) found(drawn);
    else if (frames > 1) whenDrawn(root, selector, found, frames - 1);
  });
}

/**
 * The canvas draws the elements of a window around the view: one reached with Tab outside the
 * view is brought into it, as React Flow does for its own components (a press never lands
 * outside the view).
 */
export function useBringIntoView(domNode: Element | null | undefined): (event: FocusEvent<Element>) => void {
  const flow = useReactFlow();
  return useCallback(
    (event: FocusEvent<Element>) => {
      const pane = domNode?.getBoundingClientRect();
      const box = event.currentTarget.getBoundingClientRect();
      if (pane === undefined || (box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom)) return;
      const middle = flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      void flow.setCenter(middle.x, middle.y, { zoom: flow.getZoom() });
    },
    [domNode, flow],
  );
}

/**
 * Selects an element from the canvas's drawings as a click on React Flow's would: alone, or added
 * to the selection (Shift, Ctrl or Cmd), closing React Flow's box around a previous selection.
 */
export function useSelectElement(): (id: string, adding: boolean) => void {
  const store = useArchStoreApi();
  const flowStore = useStoreApi();
  return useCallback(
    (id: string, adding: boolean) => {
      const { selection: current, select } = store.getState();
      flowStore.setState({ nodesSelectionActive: false });
      select(adding ? [...current.filter((x) => x !== id), id] : [id]);
    },
    [store, flowStore],
  );
}

/**
 * Enter or Space on one of the canvas's drawings selects its element, as on React Flow's own
 * (Shift, Ctrl or Cmd: added to the selection). Selected, the element is React Flow's to draw,
 * and the keyboard's focus follows it there: `drawnBy` gives the selector of React Flow's
 * element for an id.
 */
export function useSelectWithKeys(domNode: Element | null, drawnBy: (id: string) => string): (event: KeyboardEvent<HTMLElement | SVGElement>) => void {
  const select = useSelectElement();
  return useCallback(
    (event: KeyboardEvent<HTMLElement | SVGElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id === undefined || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      select(id, event.shiftKey || event.ctrlKey || event.metaKey);
      whenDrawn<HTMLElement | SVGElement>(domNode, drawnBy(id), (drawn) => drawn.focus());
    },
    [select, domNode, drawnBy],
  );
}
