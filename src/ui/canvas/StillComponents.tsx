import { memo, useCallback, useLayoutEffect, useMemo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent, type TouchEvent } from 'react';
import { createPortal } from 'react-dom';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Design, DesignNode } from '../../core';
import { ComponentFace } from './ComponentFace';
import type { DesignRects } from './minimapShapes';
import { flowNodeSelector, handMouseToFlow, handTouchToFlow, STILL_CARD_CLASS, type Hand } from './handToFlow';
import { handBoxToPane, useBringIntoView, useSelectElement, useSelectWithKeys } from './stillElements';

interface StillComponentsProps {
  design: Design;
  rects: DesignRects;
  /** The z-index React Flow gives each component and group (elementZ). */
  z: ReadonlyMap<string, number>;
  /** The components of the window the canvas may draw (see stillInWindow); none when React Flow draws them all. */
  still: ReadonlySet<string>;
  /** Hands a pressed component to React Flow (an id), or ends the press (undefined). */
  onEngage: (id: string | undefined) => void;
}

type FlowNodes = ReactFlowState['nodes'];
const NO_NODES: FlowNodes = [];
const sameIds = (a: FlowNodes, b: FlowNodes) => a.length === b.length && a.every((node, i) => node.id === b[i]?.id);

interface Card {
  node: DesignNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Kept while a touch that began on it lasts, unseen: React Flow draws the component (handTouchToFlow). */
  hidden: boolean;
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
 * They answer as React Flow's own components do. A press of the mouse or a finger hands the
 * component to React Flow (`onEngage`) and, once React Flow draws it, the press too (handToFlow.ts):
 * a drag moves it as any other. A click or a tap selects it (Ctrl or Cmd adds it to the
 * selection, and so does a click with Shift, with which a drag draws a selection box); so do
 * Enter and Space when it has the focus. Selected or moving, a component is React Flow's.
 */
export function StillComponents({ design, rects, z, still, onEngage }: StillComponentsProps) {
  const domNode = useStore((s) => s.domNode);
  // React Flow's layer of components, drawn in the same commit as the element it sets as domNode.
  const layer = useMemo(() => domNode?.querySelector('.react-flow__nodes') ?? null, [domNode]);

  // What React Flow holds as it draws it (it takes the nodes it is given in an effect, after the
  // canvas renders): left out here as they reach its store, drawn here again as they leave it, so
  // that none is missing for a frame. Compared by ids, so that a drag's moves render nothing here.
  const flowNodes = useStore(useCallback((s: ReactFlowState) => (still.size === 0 ? NO_NODES : s.nodes), [still]), sameIds);
  const inFlow = useMemo(() => new Set(flowNodes.map((n) => n.id)), [flowNodes]);
  // The layers of cards are in a container of their own, kept after every component and group
  // React Flow draws (it adds them at the end of its layer): at the same level, React Flow draws a
  // component over a group, and so are the cards drawn.
  const [container] = useState(() => document.createElement('div'));
  useLayoutEffect(() => {
    if (layer === null) return;
    layer.append(container);
    return () => container.remove();
  }, [layer, container]);
  useLayoutEffect(() => {
    if (layer !== null && container.nextSibling !== null) layer.append(container);
  }, [layer, container, flowNodes]);
  const [touched, setTouched] = useState<string>();
  const levels = useMemo(() => {
    const byLevel = new Map<number, Card[]>();
    if (still.size === 0) return [];
    for (const node of design.nodes) {
      const rect = rects.components.get(node.id);
      const hidden = node.id === touched && inFlow.has(node.id);
      if (!still.has(node.id) || (inFlow.has(node.id) && !hidden) || rect === undefined) continue;
      const level = z.get(node.id) ?? 0;
      let cards = byLevel.get(level);
      if (cards === undefined) byLevel.set(level, (cards = []));
      cards.push({ node, x: rect.x, y: rect.y, width: rect.width, height: rect.height, hidden });
    }
    return [...byLevel].sort((a, b) => a[0] - b[0]);
  }, [design.nodes, rects, still, inFlow, z, touched]);

  const select = useSelectElement();
  const hand = useMemo<Hand>(() => ({ domNode, engage: onEngage, select }), [domNode, onEngage, select]);
  // With Shift, a drag draws a selection box and a click adds the component (onClick).
  const onPointerDown = useCallback((event: PointerEvent<HTMLDivElement>) => void handBoxToPane(event, domNode), [domNode]);
  // The mouse press React Flow's drag listens for: the card is still there for it to reach (the
  // card has React Flow's class against panning), and is handed over from here.
  const onMouseDown = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined && event.button === 0 && !event.shiftKey) handMouseToFlow(event, id, hand);
    },
    [hand],
  );
  const onTouchStart = useCallback(
    (event: TouchEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined) handTouchToFlow(event.nativeEvent, event.currentTarget, id, hand, setTouched);
    },
    [hand],
  );
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined && event.shiftKey) select(id, true);
    },
    [select],
  );
  const onKeyDown = useSelectWithKeys(domNode, flowNodeSelector);
  const onFocus = useBringIntoView(domNode);
  const noPan = useStore((s) => s.noPanClassName);
  // React Flow's description of what the keyboard does on a component, which holds here too.
  const describedBy = `react-flow__node-desc-${useStore((s) => s.rfId)}`;

  if (layer === null || levels.length === 0) return null;
  return createPortal(
    levels.map(([level, cards]) => (
      <div key={level} className="archlab-still-components" style={{ zIndex: level }}>
        {cards.map((card) => (
          <StillCard key={card.node.id} {...card} noPan={noPan} describedBy={describedBy} onPointerDown={onPointerDown} onMouseDown={onMouseDown} onTouchStart={onTouchStart} onClick={onClick} onKeyDown={onKeyDown} onFocus={onFocus} />
        ))}
      </div>
    )),
    container,
  );
}

interface StillCardProps extends Card {
  noPan: string;
  describedBy: string;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLDivElement>) => void;
  onTouchStart: (event: TouchEvent<HTMLDivElement>) => void;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
}

const StillCard = memo(function StillCard({ node, x, y, width, height, hidden, noPan, describedBy, onPointerDown, onMouseDown, onTouchStart, onClick, onKeyDown, onFocus }: StillCardProps) {
  return (
    <div
      className={`react-flow__node react-flow__node-component selectable draggable ${noPan} ${STILL_CARD_CLASS}`}
      style={{ marginLeft: x, marginTop: y, width, height, visibility: hidden ? 'hidden' : undefined }}
      data-id={node.id}
      role="group"
      aria-roledescription="node"
      aria-describedby={describedBy}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onMouseDown={onMouseDown}
      onTouchStart={onTouchStart}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <ComponentFace node={node} selected={false} detailed={false} plain />
    </div>
  );
});

