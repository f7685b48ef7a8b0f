import { memo, useCallback, useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { Design, DesignEdge } from '../../core';
import { useArchStoreApi } from '../../store';
import { connectionPath } from '../export/imageScene';
import { ConnectionMarker, ConnectionShape } from './ConnectionShape';
import { STATIC_LAYER_CLASS } from './dragLayers';
import { connectionZ, elementZ } from './flowZ';
import type { DesignRects } from './minimapShapes';

interface StaticConnectionsProps {
  design: Design;
  rects: DesignRects;
  selection: readonly string[];
  /** The connections near the view (useFlowNearView): those React Flow does not hold are drawn here. */
  near: ReadonlySet<string>;
  /** A connection's accessible name (useConnectionName). */
  nameOf: (edge: DesignEdge) => string;
}

/**
 * How far a connection's ends lie out from the sides of its components: React Flow ends them at
 * the outer edge of the handles, 6 px wide and centred on the side (its style sheet).
 */
const HANDLE_OUTSET = 3;

interface Placed {
  edge: DesignEdge;
  path: string;
  labelX: number;
  labelY: number;
  name: string;
}

/**
 * The connections near the view that stay still: not selected, no end being dragged. React Flow
 * draws each connection it holds as an <svg> of its own, which the browser lays out, paints and
 * layers apart on every frame of a drag; these are drawn once, in one <svg> per level (z-index),
 * inside React Flow's connection layer, so that they sit between the components and groups as
 * React Flow's own would. They look and answer as React Flow's connections do: a click selects
 * one (Shift, Ctrl or Cmd adds it to the selection), and so do Enter and Space when one has the
 * focus; selected, it is React Flow's to draw and to drag from.
 */
export function StaticConnections({ design, rects, selection, near, nameOf }: StaticConnectionsProps) {
  const domNode = useStore((s) => s.domNode);
  // React Flow's connection layer, drawn in the same commit as the element it sets as domNode.
  const layer = useMemo(() => domNode?.querySelector('.react-flow__edges') ?? null, [domNode]);

  // What React Flow holds as it draws it: it takes the connections it is given in an effect, after
  // the canvas renders. Left out as they reach React Flow's store (and drawn here again as they
  // leave it), none is drawn twice or missing for a frame when a drag starts or ends.
  const flowEdges = useStore((s) => s.edges);
  const inFlow = useMemo(() => new Set(flowEdges.map((e) => e.id)), [flowEdges]);
  const z = useMemo(() => elementZ(design, new Set(selection)), [design, selection]);
  const parentOf = useMemo(() => new Map<string, string | undefined>(design.nodes.map((n) => [n.id, n.parent])), [design.nodes]);
  const levels = useMemo(() => {
    const byLevel = new Map<number, Placed[]>();
    for (const edge of design.edges) {
      if (!near.has(edge.id) || inFlow.has(edge.id)) continue;
      const source = rects.components.get(edge.source);
      const target = rects.components.get(edge.target);
      if (source === undefined || target === undefined) continue;
      const [path, labelX, labelY] = connectionPath(source, target, HANDLE_OUTSET);
      const level = connectionZ(edge, parentOf, z);
      let placed = byLevel.get(level);
      if (placed === undefined) byLevel.set(level, (placed = []));
      placed.push({ edge, path, labelX, labelY, name: nameOf(edge) });
    }
    return [...byLevel].sort((a, b) => a[0] - b[0]);
  }, [design.edges, near, inFlow, rects, parentOf, z, nameOf]);

  const store = useArchStoreApi();
  const flowStore = useStoreApi();
  const select = useCallback(
    (id: string, adding: boolean) => {
      const { selection: current, select: setSelection } = store.getState();
      flowStore.setState({ nodesSelectionActive: false });
      setSelection(adding ? [...current.filter((x) => x !== id), id] : [id]);
    },
    [store, flowStore],
  );
  const onClick = useCallback(
    (event: MouseEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined) select(id, event.shiftKey || event.ctrlKey || event.metaKey);
    },
    [select],
  );
  // Selected, a connection is React Flow's: the keyboard's focus follows it there. A click's does
  // not: with the focus on one of React Flow's connections, Escape deselects that one alone,
  // where with the focus nowhere it clears the whole selection.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id === undefined || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      select(id, event.shiftKey || event.ctrlKey || event.metaKey);
      focusWhenDrawn(layer, id);
    },
    [select, layer],
  );
  const onPointerDown = useCallback((event: PointerEvent<SVGGElement>) => handBoxToPane(event, domNode), [domNode]);
  // The canvas draws the connections of a window around the view: one reached with Tab outside
  // the view is brought into it, as React Flow does for a component.
  const flow = useReactFlow();
  const onFocus = useCallback(
    (event: FocusEvent<SVGGElement>) => {
      const pane = domNode?.getBoundingClientRect();
      const box = event.currentTarget.getBoundingClientRect();
      if (pane === undefined || (box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom)) return;
      const middle = flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      void flow.setCenter(middle.x, middle.y, { zoom: flow.getZoom() });
    },
    [domNode, flow],
  );
  const noPan = useStore((s) => s.noPanClassName);

  if (layer === null) return null;
  return createPortal(
    <>
      <svg className="archlab-connection-defs" aria-hidden width={0} height={0}>
        <ConnectionMarker />
      </svg>
      {levels.map(([level, placed]) => (
        <svg key={level} className={STATIC_LAYER_CLASS} style={{ zIndex: level }}>
          {placed.map((p) => (
            <StaticConnection key={p.edge.id} {...p} noPan={noPan} onClick={onClick} onKeyDown={onKeyDown} onPointerDown={onPointerDown} onFocus={onFocus} />
          ))}
        </svg>
      ))}
    </>,
    layer,
  );
}

interface StaticConnectionProps extends Placed {
  /** React Flow's class for what the view must not pan from (a press on a connection selects it). */
  noPan: string;
  onClick: (event: MouseEvent<SVGGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onFocus: (event: FocusEvent<SVGGElement>) => void;
}

const StaticConnection = memo(function StaticConnection({ edge, path, labelX, labelY, name, noPan, onClick, onKeyDown, onPointerDown, onFocus }: StaticConnectionProps) {
  return (
    <g
      className={`react-flow__edge react-flow__edge-connection selectable ${noPan}`}
      data-id={edge.id}
      data-source={edge.source}
      data-target={edge.target}
      role="group"
      aria-roledescription="edge"
      aria-label={name}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onFocus={onFocus}
    >
      <ConnectionShape edge={edge} path={path} labelX={labelX} labelY={labelY} selected={false} />
    </g>
  );
});

/**
 * React Flow starts a box selection from a press with Shift anywhere on its pane, on its own
 * connections too. These are drawn outside its tree of events, so a press with Shift here that
 * becomes a drag (3 px) is handed to the pane as the press it would have seen, where it was made;
 * one that stays a click adds the connection to the selection.
 */
function handBoxToPane(event: PointerEvent<SVGGElement>, domNode: Element | null): void {
  if (!event.shiftKey || event.button !== 0 || !event.isPrimary) return;
  const pane = domNode?.querySelector('.react-flow__pane');
  if (pane === null || pane === undefined) return;
  const { clientX, clientY, pointerId, pointerType } = event;
  const stop = () => {
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', stop, true);
    window.removeEventListener('pointercancel', stop, true);
  };
  const onMove = (move: globalThis.PointerEvent) => {
    if (move.pointerId !== pointerId || Math.hypot(move.clientX - clientX, move.clientY - clientY) < 3) return;
    stop();
    const press = { bubbles: true, cancelable: true, composed: true, clientX, clientY, pointerId, pointerType, isPrimary: true, button: 0, buttons: 1, shiftKey: true };
    pane.dispatchEvent(new globalThis.PointerEvent('pointerdown', press));
  };
  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', stop, true);
  window.addEventListener('pointercancel', stop, true);
}

/** Focuses the connection `id` once React Flow draws it in `layer` (within a few frames). */
function focusWhenDrawn(layer: Element | null, id: string, frames = 10): void {
  requestAnimationFrame(() => {
    const drawn = layer?.querySelector<SVGGElement>(`:scope > svg:not(.${STATIC_LAYER_CLASS}) > .react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (drawn) drawn.focus();
    else if (frames > 1) focusWhenDrawn(layer, id, frames - 1);
  });
}
