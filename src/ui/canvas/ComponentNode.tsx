import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentFlowNode } from './toFlow';

/** A component on the canvas: label, technology and catalog type. User text is plain text. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  return (
    <div
      className={`h-full w-full overflow-hidden rounded-md border bg-white px-3 py-2 shadow-sm ${selected ? 'border-blue-600 ring-2 ring-blue-300' : 'border-slate-300'}`}
    >
      <Handle type="target" position={Position.Left} className="!bg-slate-400" />
      <div className="truncate text-sm font-semibold text-slate-900" title={node.label}>
        {node.label}
      </div>
      {node.technology !== '' && <div className="truncate text-xs text-slate-600">{node.technology}</div>}
      <div className="truncate font-mono text-[10px] uppercase tracking-wide text-slate-400">{node.type}</div>
      <Handle type="source" position={Position.Right} className="!bg-slate-400" />
    </div>
  );
});
