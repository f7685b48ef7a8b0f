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
 * frame of a drag or a pan. Further out, it is a plain card (PLAIN_CARD_MAX_ZOOM).
 */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  const customTypes = useArch((s) => s.design.customTypes);
  const language = useArch((s) => s.language);
  const provider = useArch((s) => s.design.workload.provider);
  const type = useMemo(() => resolveType({ customTypes }, node.type), [customTypes, node.type]);
  const typeName = type === undefined ? node.type : typeDisplayName(type, language, provider);
  const { labels: detailed, plainCards: plain } = useContext(DetailContext);
  return (
    <div
      className={`h-full w-full border bg-surface px-3 py-2 ${plain ? '' : 'overflow-hidden rounded-md'} ${detailed ? 'shadow-sm' : ''} ${selected ? 'border-blue-600 ring-2 ring-blue-300' : 'border-slate-300'}`}
    >
      <Handle type="target" position={Position.Left} className="!bg-slate-400" />
      <div className="flex items-center gap-1.5">
        {detailed && type !== undefined && <TypeIcon name={type.icon} size={14} className="shrink-0 text-slate-500" />}
        <div className={`min-w-0 flex-1 text-sm font-semibold text-slate-900 ${plain ? 'wrap-anywhere' : 'truncate'}`} title={node.label}>
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
