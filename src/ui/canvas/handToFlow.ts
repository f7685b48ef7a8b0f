import { CLICK_DISTANCE, whenDrawn } from './stillElements';

/*
 * A press on one of the canvas's own cards of still components (StillComponents) is handed to
 * React Flow: the component goes to React Flow (`engage`), and once React Flow draws it (a frame
 * or two), the press is given to React Flow's element as the mouse press or touch its drag
 * listens for, where it was made, so that the moves that follow drag it as any other component.
 */

/** The class of the canvas's own cards, beside React Flow's components in its layer. */
export const STILL_CARD_CLASS = 'archlab-still-component';

/** React Flow's own element for the component `id` (not the canvas's card). */
export function flowNodeSelector(id: string): string {
  return `.react-flow__nodes > .react-flow__node[data-id="${CSS.escape(id)}"]:not(.${STILL_CARD_CLASS})`;
}

/** How far (screen px) past the press the drag React Flow is handed starts: over its threshold of 1 px. */
const DRAG_START_NUDGE = 1.5;

export interface Hand {
  /** React Flow's layer of everything it draws (its domNode). */
  domNode: Element | null;
  /** Hands the component to React Flow (an id), or ends the press (undefined). */
  engage: (id: string | undefined) => void;
  /** Selects the component, alone or added to the selection. */
  select: (id: string, adding: boolean) => void;
}

/**
 * A mouse press on a card. The pointer may move before React Flow draws the component: its drag
 * then starts where the press was (just past React Flow's threshold, as a drag of its own would),
 * and the component catches up with the pointer, keeping where it was taken. A press let go
 * within CLICK_DISTANCE selects it (Ctrl or Cmd adds it to the selection); a drag selects it as
 * React Flow does. Once React Flow draws it, it has the focus, as a pressed component of React
 * Flow's does.
 */
export function handMouseToFlow(event: { clientX: number; clientY: number; ctrlKey: boolean; metaKey: boolean }, id: string, hand: Hand): void {
  const { clientX, clientY, ctrlKey, metaKey } = event;
  let released = false;
  let moved = false;
  let last = { clientX, clientY };
  const onMove = (move: MouseEvent) => {
    last = { clientX: move.clientX, clientY: move.clientY };
    if (Math.hypot(move.clientX - clientX, move.clientY - clientY) >= CLICK_DISTANCE) moved = true;
  };
  const end = (clicked: boolean) => {
    released = true;
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('mouseup', onUp, true);
    window.removeEventListener('blur', onBlur);
    if (clicked && !moved) hand.select(id, ctrlKey || metaKey);
    hand.engage(undefined);
  };
  const onUp = (up: MouseEvent) => {
    if (up.button === 0) end(true);
  };
  // The window lost the mouse in the middle of the press (another window took it): no click.
  const onBlur = () => end(false);
  window.addEventListener('mousemove', onMove, true);
  window.addEventListener('mouseup', onUp, true);
  window.addEventListener('blur', onBlur);
  hand.engage(id);
  whenDrawn<HTMLElement>(hand.domNode, flowNodeSelector(id), (drawn) => {
    drawn.focus({ preventScroll: true });
    if (released) return;
    const press = { bubbles: true, cancelable: true, composed: true, view: window, clientX, clientY, button: 0, buttons: 1, ctrlKey, metaKey };
    drawn.dispatchEvent(new MouseEvent('mousedown', press));
    if (last.clientX === clientX && last.clientY === clientY) return;
    window.dispatchEvent(new MouseEvent('mousemove', { ...press, clientX: clientX + DRAG_START_NUDGE }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...press, ...last }));
  });
}

/**
 * A touch on a card. A touch's events go to where it started, whatever lies under it later: the
 * card stays (`hold`, drawn unseen) until the touch ends, and what it receives is given to React
 * Flow's element as touches of its own. A tap (no move beyond CLICK_DISTANCE) selects the
 * component, and the mouse events the browser would send after it are not sent: they would land
 * on whatever lies there by then. A touch with more fingers is left to the canvas.
 */
export function handTouchToFlow(event: TouchEvent, card: HTMLElement, id: string, hand: Hand, hold: (id: string | undefined) => void): void {
  if (event.touches.length !== 1) return;
  let drawn: HTMLElement | undefined;
  let pending: TouchEvent | undefined;
  let ended = false;
  let moved = false;
  const start = event.touches[0]!;
  const forward = (from: TouchEvent, type: string) => {
    if (drawn === undefined) return;
    const target = drawn;
    const copy = (t: Touch) => new Touch({ identifier: t.identifier, target, clientX: t.clientX, clientY: t.clientY, screenX: t.screenX, screenY: t.screenY, pageX: t.pageX, pageY: t.pageY });
    const touches = [...from.touches].map(copy);
    target.dispatchEvent(new TouchEvent(type, { bubbles: true, cancelable: true, composed: true, view: window, touches, targetTouches: touches, changedTouches: [...from.changedTouches].map(copy) }));
  };
  const onMove = (move: TouchEvent) => {
    move.preventDefault();
    const at = move.touches[0];
    if (at !== undefined && Math.hypot(at.clientX - start.clientX, at.clientY - start.clientY) >= CLICK_DISTANCE) moved = true;
    if (drawn === undefined) pending = move;
    else forward(move, 'touchmove');
  };
  const onEnd = (end: TouchEvent) => {
    if (end.touches.length > 0) return;
    ended = true;
    card.removeEventListener('touchmove', onMove);
    card.removeEventListener('touchend', onEnd);
    card.removeEventListener('touchcancel', onEnd);
    forward(end, end.type);
    if (!moved && end.type === 'touchend') {
      end.preventDefault();
      hand.select(id, false);
    }
    hold(undefined);
    hand.engage(undefined);
  };
  card.addEventListener('touchmove', onMove, { passive: false });
  card.addEventListener('touchend', onEnd);
  card.addEventListener('touchcancel', onEnd);
  hold(id);
  hand.engage(id);
  whenDrawn<HTMLElement>(hand.domNode, flowNodeSelector(id), (element) => {
    if (ended) return;
    drawn = element;
    forward(event, 'touchstart');
    if (pending !== undefined) forward(pending, 'touchmove');
  });
}
