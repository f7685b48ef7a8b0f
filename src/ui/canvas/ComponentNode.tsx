import { memo, useContext, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { resolveType, typeDisplayName } from '../../core';
import { useArch } from '../../store';
import { TypeIcon } from '../icons';
import { FindingBadge } from '../findings/FindingBadge';
import { DetailContext } from './DetailContext';
import type { ComponentFlowNode } from './toFlow';

/**
 * A component on the canvas: label, technology and catalog type. User text is plain text.
 * Zoomed out below the point where small text can be read, it keeps only its label and findings
 * badge, without icon or shadow (and the canvas hides its handles): far less to paint on every
 * frame of a drag or a pan.
 */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  const customTypes = useArch((s) => s.design.customTypes);
  const language = useArch((s) => s.language);
  const provider = useArch((s) => s.design.workload.provider);
  const type = useMemo(() => resolveType({ customTypes }, node.type), [customTypes, node.type]);
  const typeName = type === undefined ? node.type : typeDisplayName(type, language, provider);
  const detailed = useContext(DetailContext).labels;
  return (
    <div
      className={`h-full w-full overflow-hidden rounded-md border bg-surface px-3 py-2 ${detailed ? 'shadow-sm' : ''} ${selected ? 'border-blue-600 ring-2 ring-blue-300' : 'border-slate-300'}`}
    >
      <Handle type="target" position={Position.Left} className="!bg-slate-400" />
      <div className="flex items-center gap-1.5">
        {detailed && type !== undefined && <TypeIcon name={type.icon} size={14} className="shrink-0 text-slate-500" />}
        <div className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900" title={node.label}>
          {node.label}
        </div>
        <FindingBadge id={node.id} className="shrink-0" />
      </div>
      {detailed && node.technology !== '' && <div className="truncate text-xs text-slate-600">{node.technology}</div>}
      {detailed && typeName !== node.label && <div className="truncate text-[10px] tracking-wide text-slate-400 uppercase">{typeName}</div>}
      <Handle type="source" position={Position.Right} className="!bg-slate-400" />
    </div>
  );
});
