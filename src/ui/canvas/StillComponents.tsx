import { memo, useCallback, useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Design, DesignNode } from '../../core';
import { ComponentFace } from './ComponentFace';
import { elementZ } from './flowZ';
import type { DesignRects } from './minimapShapes';
import { CLICK_DISTANCE, handBoxToPane, useBringIntoView, useSelectElement, whenDrawn } from './stillElements';

interface StillComponentsProps {
  design: Design;
  rects: DesignRects;
  selection: readonly string[];
  /** The components of the window the canvas may draw (see stillInWindow); none when React Flow draws them all. */
  still: ReadonlySet<string>;
  /** Hands a pressed component to React Flow (an id), or ends the press (undefined). */
  onEngage: (id: string | undefined) => void;
}

/** The class of the canvas's own cards, beside React Flow's components in its layer. */
export const STILL_CARD_CLASS = 'archlab-still-component';

type FlowNodes = ReactFlowState['nodes'];
const NO_NODES: FlowNodes = [];
const sameIds = (a: FlowNodes, b: FlowNodes) => a.length === b.length && a.every((node, i) => node.id === b[i]?.id);

interface Card {
  node: DesignNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Far out (where components are plain cards, see PLAIN_CARD_MAX_ZOOM), the components of the
 * window that stay still. React Flow gives each component a layer of painting of its own, indexes
 * it and calls its subscription on every pointer move of a drag: with hundreds in view, that work
 * was most of a move's. The canvas draws these as React Flow would, with the same face
 * (ComponentFace), in one layer per level (z-index) inside React Flow's layer of components, placed
 * without positioning (see styles.css); they never change while something else moves. At fit view
 * on a 1,000-component design, the benchmark's work per move of a drag fell from 17.8 ms to 12 ms.
 *
 * They answer as React Flow's own components do. A press hands the component to React Flow
 * (`onEngage`) and, once React Flow draws it, the press too: a drag moves it as any other. A click
 * selects it (Ctrl or Cmd adds it to the selection, and so does a click with Shift, with which a
 * drag draws a selection box); so do Enter and Space when it has the focus. Selected or moving, a
 * component is React Flow's.
 */
export function StillComponents({ design, rects, selection, still, onEngage }: StillComponentsProps) {
  const domNode = useStore((s) => s.domNode);
  // React Flow's layer of components, drawn in the same commit as the element it sets as domNode.
  const layer = useMemo(() => domNode?.querySelector('.react-flow__nodes') ?? null, [domNode]);

  // What React Flow holds as it draws it (it takes the nodes it is given in an effect, after the
  // canvas renders): left out here as they reach its store, drawn here again as they leave it, so
  // that none is missing for a frame. Compared by ids, so that a drag's moves render nothing here.
  const flowNodes = useStore(useCallback((s: ReactFlowState) => (still.size === 0 ? NO_NODES : s.nodes), [still]), sameIds);
  const inFlow = useMemo(() => new Set(flowNodes.map((n) => n.id)), [flowNodes]);
  const z = useMemo(() => elementZ(design, new Set(selection)), [design, selection]);
  const levels = useMemo(() => {
    const byLevel = new Map<number, Card[]>();
    if (still.size === 0) return [];
    for (const node of design.nodes) {
      const rect = rects.components.get(node.id);
      if (!still.has(node.id) || inFlow.has(node.id) || rect === undefined) continue;
      const level = z.get(node.id) ?? 0;
      let cards = byLevel.get(level);
      if (cards === undefined) byLevel.set(level, (cards = []));
      cards.push({ node, x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    return [...byLevel].sort((a, b) => a[0] - b[0]);
  }, [design.nodes, rects, still, inFlow, z]);

  const select = useSelectElement();
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id === undefined || event.button !== 0 || !event.isPrimary) return;
      // With Shift, a drag draws a selection box and a click adds the component (onClick).
      if (handBoxToPane(event, domNode)) return;
      if (event.pointerType !== 'mouse') selectOnTap(event, id, select);
    },
    [domNode, select],
  );
  // The mouse press React Flow's drag listens for: the card is still there for it to reach (the
  // card has React Flow's class against panning), and is handed over from here.
  const onMouseDown = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined && event.button === 0 && !event.shiftKey) handPressToFlow(event, id, domNode, onEngage, select);
    },
    [domNode, onEngage, select],
  );
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined && event.shiftKey) select(id, true);
    },
    [select],
  );
  // Selected, a component is React Flow's: the keyboard's focus follows it there.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id === undefined || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      select(id, event.shiftKey || event.ctrlKey || event.metaKey);
      whenDrawn<HTMLElement>(domNode, flowNodeSelector(id), (drawn) => drawn.focus());
    },
    [select, domNode],
  );
  const onFocus = useBringIntoView(domNode);
  const noPan = useStore((s) => s.noPanClassName);
  // React Flow's description of what the keyboard does on a component, which holds here too.
  const describedBy = `react-flow__node-desc-${useStore((s) => s.rfId)}`;

  if (layer === null || levels.length === 0) return null;
  return createPortal(
    levels.map(([level, cards]) => (
      <div key={level} className="archlab-still-components" style={{ zIndex: level }}>
        {cards.map((card) => (
          <StillCard key={card.node.id} {...card} noPan={noPan} describedBy={describedBy} onPointerDown={onPointerDown} onMouseDown={onMouseDown} onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus} />
        ))}
      </div>
    )),
    layer,
  );
}

interface StillCardProps extends Card {
  noPan: string;
  describedBy: string;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLDivElement>) => void;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
}

const StillCard = memo(function StillCard({ node, x, y, width, height, noPan, describedBy, onPointerDown, onMouseDown, onClick, onKeyDown, onFocus }: StillCardProps) {
  return (
    <div
      className={`react-flow__node react-flow__node-component selectable draggable ${noPan} ${STILL_CARD_CLASS}`}
      style={{ marginLeft: x, marginTop: y, width, height }}
      data-id={node.id}
      role="group"
      aria-roledescription="node"
      aria-describedby={describedBy}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onMouseDown={onMouseDown}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <ComponentFace node={node} selected={false} detailed={false} plain />
    </div>
  );
});

/** React Flow's own element for the component `id` (not the canvas's card). */
function flowNodeSelector(id: string): string {
  return `.react-flow__nodes > .react-flow__node[data-id="${CSS.escape(id)}"]:not(.${STILL_CARD_CLASS})`;
}

/** How far (screen px) past the press the drag React Flow is handed starts: over its threshold of 1 px. */
const DRAG_START_NUDGE = 1.5;

/**
 * A mouse press on a card: the component goes to React Flow, and once React Flow draws it (a frame
 * or two), the press is given to it as the mouse press its drag listens for, where it was made, so
 * that the moves that follow drag it. A press let go within CLICK_DISTANCE selects it (Ctrl or Cmd
 * adds it to the selection); a drag selects it as React Flow does.
 */
function handPressToFlow(
  event: MouseEvent<HTMLDivElement>,
  id: string,
  domNode: Element | null,
  onEngage: (id: string | undefined) => void,
  select: (id: string, adding: boolean) => void,
): void {
  const { clientX, clientY, ctrlKey, metaKey } = event;
  let released = false;
  let moved = false;
  let last = { clientX, clientY };
  const onMove = (move: globalThis.MouseEvent) => {
    last = { clientX: move.clientX, clientY: move.clientY };
    if (Math.hypot(move.clientX - clientX, move.clientY - clientY) >= CLICK_DISTANCE) moved = true;
  };
  const onUp = (up: globalThis.MouseEvent) => {
    if (up.button !== 0) return;
    released = true;
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('mouseup', onUp, true);
    if (!moved) select(id, ctrlKey || metaKey);
    onEngage(undefined);
  };
  window.addEventListener('mousemove', onMove, true);
  window.addEventListener('mouseup', onUp, true);
  onEngage(id);
  whenDrawn<HTMLElement>(domNode, flowNodeSelector(id), (drawn) => {
    if (released) return;
    const press = { bubbles: true, cancelable: true, composed: true, view: window, clientX, clientY, button: 0, buttons: 1, ctrlKey, metaKey };
    drawn.dispatchEvent(new globalThis.MouseEvent('mousedown', press));
    if (last.clientX === clientX && last.clientY === clientY) return;
    // The pointer moved before React Flow drew the component: its drag starts where the press
    // was (just past React Flow's threshold of 1 px, as a drag of its own would), then the
    // component catches up with the pointer, keeping where it was taken.
    window.dispatchEvent(new globalThis.MouseEvent('mousemove', { ...press, clientX: clientX + DRAG_START_NUDGE }));
    window.dispatchEvent(new globalThis.MouseEvent('mousemove', { ...press, ...last }));
  });
}

/** A touch or pen on a card: a tap (no move beyond CLICK_DISTANCE) selects the component, which React Flow then holds. */
function selectOnTap(event: PointerEvent<HTMLDivElement>, id: string, select: (id: string, adding: boolean) => void): void {
  const { clientX, clientY, pointerId } = event;
  let moved = false;
  const onMove = (move: globalThis.PointerEvent) => {
    if (move.pointerId === pointerId && Math.hypot(move.clientX - clientX, move.clientY - clientY) >= CLICK_DISTANCE) moved = true;
  };
  const onEnd = (end: globalThis.PointerEvent) => {
    if (end.pointerId !== pointerId) return;
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', onEnd, true);
    window.removeEventListener('pointercancel', onEnd, true);
    if (!moved && end.type === 'pointerup') select(id, false);
  };
  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', onEnd, true);
  window.addEventListener('pointercancel', onEnd, true);
}
