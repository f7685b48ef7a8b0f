import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './toFlow';

/** A connection: solid when synchronous, dashed when asynchronous, arrow at the target. */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edge = data?.edge;
  const text = [edge?.label, edge?.protocol.toUpperCase()].filter((part) => part !== undefined && part !== '').join(' · ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: selected ? '#2563eb' : '#64748b',
          strokeWidth: selected ? 2 : 1.5,
          strokeDasharray: edge?.mode === 'async' ? '6 4' : undefined,
        }}
      />
      {text !== '' && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-auto absolute rounded bg-surface/90 px-1 text-[10px] text-slate-700"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
