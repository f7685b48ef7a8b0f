import { memo, useContext } from 'react';
import type { DesignEdge } from '../../core';
import { EdgeFindingMark } from '../findings/EdgeFindingMark';
import type { CurvePiece } from './connectionCurve';
import { DetailContext } from './DetailContext';

/** The arrowhead every connection ends with (ConnectionMarker draws it once for the canvas). */
const ARROW_MARKER_ID = 'archlab-connection-arrow';
const ARROW_COLOUR = '#64748b';

/** The arrowhead's definition: a closed arrow as React Flow draws its own, in the connections' grey. */
export function ConnectionMarker() {
  return (
    <defs>
      <marker
        id={ARROW_MARKER_ID}
        className="react-flow__arrowhead"
        markerWidth="18"
        markerHeight="18"
        viewBox="-10 -10 20 20"
        markerUnits="strokeWidth"
        orient="auto-start-reverse"
        refX="0"
        refY="0"
      >
        <polyline points="-5,-4 0,0 -5,4 -5,-4" strokeLinecap="round" strokeLinejoin="round" style={{ stroke: ARROW_COLOUR, fill: ARROW_COLOUR, strokeWidth: 1 }} />
      </marker>
    </defs>
  );
}

const labelStyle = {
  fontSize: 10,
  fill: 'var(--color-slate-700)',
  // A halo in the canvas colour keeps the text readable over the lines it crosses.
  stroke: 'var(--color-surface)',
  strokeWidth: 3,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

export interface ConnectionShapeProps {
  edge: DesignEdge;
  /** The curve, and where its label goes (getBezierPath). */
  path: string;
  /**
   * The pieces of the curve to draw instead of the whole (the canvas's still connections: of a
   * long one, the pieces in the window around the view, see piecesWithin).
   */
  pieces?: readonly CurvePiece[] | undefined;
  labelX: number;
  labelY: number;
  selected: boolean;
}

/**
 * A connection as the canvas draws it, by React Flow (ConnectionEdge) or on the layer of those
 * that stay still (StaticConnections): solid when synchronous, dashed when asynchronous, an arrow
 * at the target, a wide invisible stroke to click, its label and protocol as SVG text, and the
 * count of its findings.
 */
export const ConnectionShape = memo(function ConnectionShape({ edge, path, pieces, labelX, labelY, selected }: ConnectionShapeProps) {
  const detail = useContext(DetailContext);
  const text = !detail.labels ? '' : [edge.label, edge.protocol.toUpperCase()].filter((part) => part !== undefined && part !== '').join(' · ');
  const style = {
    stroke: selected ? '#2563eb' : ARROW_COLOUR,
    strokeWidth: selected ? 2 : 1.5,
    // Set on the canvas for the zoom (zoomDetail.ts).
    strokeDasharray: edge.mode === 'async' ? 'var(--edge-dash, 6 4)' : undefined,
  };
  const drawn = pieces ?? [{ d: path, offset: 0, toEnd: true }];
  return (
    <>
      {drawn.map((piece, i) => (
        <path
          key={i}
          id={i === 0 ? edge.id : undefined}
          className="react-flow__edge-path"
          d={piece.d}
          fill="none"
          markerEnd={piece.toEnd ? `url(#${ARROW_MARKER_ID})` : undefined}
          // A piece's dashes fall where the whole curve's would.
          style={piece.offset === 0 ? style : { ...style, strokeDashoffset: piece.offset }}
        />
      ))}
      <path className="react-flow__edge-interaction" d={pieces === undefined ? path : pieces.map((p) => p.d).join(' ')} fill="none" strokeOpacity={0} strokeWidth={20} />
      {text !== '' && (
        <text x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central" className="react-flow__edge-text" style={labelStyle}>
          {text}
        </text>
      )}
      {detail.edgeMarks && <EdgeFindingMark id={edge.id} x={labelX} y={labelY} />}
    </>
  );
});
