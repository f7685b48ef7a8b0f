import { memo, useContext } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { EdgeFindingMark } from '../findings/EdgeFindingMark';
import { DetailContext } from './DetailContext';
import type { FlowEdge } from './toFlow';

const labelStyle = { fontSize: 10, fill: 'var(--color-slate-700)' };
const labelBgStyle = { fill: 'var(--color-surface)', fillOpacity: 0.9 };
const labelBgPadding: [number, number] = [3, 1];

/**
 * A connection: solid when synchronous, dashed when asynchronous, arrow at the target. Its label
 * is SVG text drawn with the path: unlike a portal into the label layer, it costs nothing on the
 * store updates of a drag, whatever the number of connections.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edge = data?.edge;
  const detail = useContext(DetailContext);
  const text = !detail.labels ? '' : [edge?.label, edge?.protocol.toUpperCase()].filter((part) => part !== undefined && part !== '').join(' · ');
  return (
    <>
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      label={text === '' ? undefined : text}
      labelX={labelX}
      labelY={labelY}
      labelStyle={labelStyle}
      labelShowBg
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={2}
      style={{
        stroke: selected ? '#2563eb' : '#64748b',
        strokeWidth: selected ? 2 : 1.5,
        // Set on the canvas for the zoom (zoomDetail.ts).
        strokeDasharray: edge?.mode === 'async' ? 'var(--edge-dash, 6 4)' : undefined,
      }}
    />
    {detail.edgeMarks && <EdgeFindingMark id={id} x={labelX} y={labelY} />}
    </>
  );
});
