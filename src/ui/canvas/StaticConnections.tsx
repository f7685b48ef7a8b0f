import { memo, useCallback, useMemo, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import type { Design, DesignEdge } from '../../core';
import { connectionPath } from '../export/imageScene';
import { ConnectionMarker, ConnectionShape } from './ConnectionShape';
import { STATIC_LAYER_CLASS } from './dragLayers';
import { connectionZ } from './flowZ';
import { connectionCurve, piecesWithin, type CurvePiece } from './connectionCurve';
import type { DesignRects, Rect } from './minimapShapes';
import { handBoxToPane, useBringIntoView, useSelectElement, useSelectWithKeys } from './stillElements';

interface StaticConnectionsProps {
  design: Design;
  rects: DesignRects;
  /** The z-index React Flow gives each component and group (elementZ). */
  z: ReadonlyMap<string, number>;
  /** The connections near the view (useFlowNearView): those React Flow does not hold are drawn here. */
  near: ReadonlySet<string>;
  /** The window around the view the connections are drawn in: of a long one, only the pieces in it (piecesWithin). */
  area: Rect | undefined;
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
  /** The pieces of the curve to draw, when it does not lie wholly in the window. */
  pieces: readonly CurvePiece[] | undefined;
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
export function StaticConnections({ design, rects, z, near, area, nameOf }: StaticConnectionsProps) {
  const domNode = useStore((s) => s.domNode);
  // React Flow's connection layer, drawn in the same commit as the element it sets as domNode.
  const layer = useMemo(() => domNode?.querySelector('.react-flow__edges') ?? null, [domNode]);

  // What React Flow holds as it draws it: it takes the connections it is given in an effect, after
  // the canvas renders. Left out as they reach React Flow's store (and drawn here again as they
  // leave it), none is drawn twice or missing for a frame when a drag starts or ends.
  const flowEdges = useStore((s) => s.edges);
  const inFlow = useMemo(() => new Set(flowEdges.map((e) => e.id)), [flowEdges]);
  const parentOf = useMemo(() => new Map<string, string | undefined>(design.nodes.map((n) => [n.id, n.parent])), [design.nodes]);
  const piecesOf = useMemo(() => createPiecesKeeper(), []);
  const levels = useMemo(() => {
    const byLevel = new Map<number, Placed[]>();
    const pieceOf = piecesOf(area);
    for (const edge of design.edges) {
      if (!near.has(edge.id) || inFlow.has(edge.id)) continue;
      const source = rects.components.get(edge.source);
      const target = rects.components.get(edge.target);
      if (source === undefined || target === undefined) continue;
      const [path, labelX, labelY] = connectionPath(source, target, HANDLE_OUTSET);
      const pieces = pieceOf(edge.id, path, source, target);
      const level = connectionZ(edge, parentOf, z);
      let placed = byLevel.get(level);
      if (placed === undefined) byLevel.set(level, (placed = []));
      placed.push({ edge, path, pieces, labelX, labelY, name: nameOf(edge) });
    }
    return [...byLevel].sort((a, b) => a[0] - b[0]);
  }, [design.edges, near, inFlow, rects, parentOf, z, nameOf, area, piecesOf]);

  const select = useSelectElement();
  const onClick = useCallback(
    (event: MouseEvent<SVGGElement>) => {
      const id = event.currentTarget.dataset.id;
      if (id !== undefined) select(id, event.shiftKey || event.ctrlKey || event.metaKey);
    },
    [select],
  );
  // A click does not move the focus to React Flow's connection: with the focus on one of React
  // Flow's connections, Escape deselects that one alone, where with the focus nowhere it clears
  // the whole selection. Enter and Space do, as on React Flow's own.
  const onKeyDown = useSelectWithKeys(domNode, flowEdgeSelector);
  const onPointerDown = useCallback((event: PointerEvent<SVGGElement>) => void handBoxToPane(event, domNode), [domNode]);
  const onFocus = useBringIntoView(domNode);
  const noPan = useStore((s) => s.noPanClassName);
  // React Flow's description of what the keyboard does on a connection, which holds here too.
  const describedBy = `react-flow__edge-desc-${useStore((s) => s.rfId)}`;

  if (layer === null) return null;
  return createPortal(
    <>
      <svg className="archlab-connection-defs" aria-hidden width={0} height={0}>
        <ConnectionMarker />
      </svg>
      {levels.map(([level, placed]) => (
        <svg key={level} className={STATIC_LAYER_CLASS} style={{ zIndex: level }}>
          {placed.map((p) => (
            <StaticConnection key={p.edge.id} {...p} noPan={noPan} describedBy={describedBy} onClick={onClick} onKeyDown={onKeyDown} onPointerDown={onPointerDown} onFocus={onFocus} />
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
  /** The id of React Flow's description of a connection's keys. */
  describedBy: string;
  onClick: (event: MouseEvent<SVGGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onFocus: (event: FocusEvent<SVGGElement>) => void;
}

const StaticConnection = memo(function StaticConnection({ edge, path, pieces, labelX, labelY, name, noPan, describedBy, onClick, onKeyDown, onPointerDown, onFocus }: StaticConnectionProps) {
  return (
    <g
      className={`react-flow__edge react-flow__edge-connection selectable ${noPan}`}
      data-id={edge.id}
      data-source={edge.source}
      data-target={edge.target}
      role="group"
      aria-roledescription="edge"
      aria-label={name}
      aria-describedby={describedBy}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onFocus={onFocus}
    >
      <ConnectionShape edge={edge} path={path} pieces={pieces} labelX={labelX} labelY={labelY} selected={false} />
    </g>
  );
});

/**
 * The pieces of the connections to draw in a window (piecesWithin), worked out again only for a
 * connection whose curve or window changed: the same array otherwise, so that a connection whose
 * pieces did not change is not drawn again. Each call to the keeper starts a pass over the
 * connections drawn; what the pass does not ask for is forgotten at the next one.
 */
function createPiecesKeeper() {
  type Kept = { path: string; area: Rect; pieces: readonly CurvePiece[] | undefined };
  let known = new Map<string, Kept>();
  return (area: Rect | undefined) => {
    const previous = known;
    known = new Map();
    return (id: string, path: string, source: Rect, target: Rect): readonly CurvePiece[] | undefined => {
      if (area === undefined) return undefined;
      const last = previous.get(id);
      const kept = last !== undefined && last.path === path && last.area === area ? last : { path, area, pieces: piecesWithin(connectionCurve(source, target, HANDLE_OUTSET), area) };
      known.set(id, kept);
      // A curve found to miss the window by a hair (its ends are set out from the sides): drawn whole.
      return kept.pieces?.length === 0 ? undefined : kept.pieces;
    };
  };
}

/** React Flow's own element for the connection `id` (not the canvas's drawing of it). */
function flowEdgeSelector(id: string): string {
  return `.react-flow__edges > svg:not(.${STATIC_LAYER_CLASS}) > .react-flow__edge[data-id="${CSS.escape(id)}"]`;
}
