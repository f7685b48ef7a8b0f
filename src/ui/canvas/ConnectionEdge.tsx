import { memo } from 'react';
import { getBezierPath, type EdgeProps } from '@xyflow/react';
import { ConnectionShape } from './ConnectionShape';
import type { FlowEdge } from './toFlow';

/**
 * A connection React Flow holds (selected, or with a moving end: see useFlowNearView), drawn
 * where React Flow places its ends.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<FlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (data === undefined) return null;
  return <ConnectionShape edge={data.edge} path={path} labelX={labelX} labelY={labelY} selected={selected === true} />;
});
