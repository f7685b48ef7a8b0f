import { memo, useContext, useMemo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { resolveType, typeDisplayName } from '../../core';
import { useArch } from '../../store';
import { TypeIcon } from '../icons';
import { ComponentFace } from './ComponentFace';
import { DetailContext } from './DetailContext';
import type { ComponentFlowNode } from './toFlow';

/**
 * A component on the canvas as React Flow draws it: label, technology and catalog type
 * (ComponentFace), with its handles. Zoomed out below the point where small text can be read, it
 * keeps only its label and findings badge, without icon or shadow (and the canvas hides its
 * handles): far less to paint on every frame of a drag or a pan. Further out, it is a plain card
 * (PLAIN_CARD_MAX_ZOOM), and the canvas draws the still ones itself (StillComponents).
 */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  const customTypes = useArch((s) => s.design.customTypes);
  const language = useArch((s) => s.language);
  const provider = useArch((s) => s.design.workload.provider);
  const type = useMemo(() => resolveType({ customTypes }, node.type), [customTypes, node.type]);
  const typeName = type === undefined ? node.type : typeDisplayName(type, language, provider);
  const { labels: detailed, plainCards: plain } = useContext(DetailContext);
  const icon = type === undefined ? undefined : <TypeIcon name={type.icon} size={14} className="shrink-0 text-slate-500" />;
  return (
    <ComponentFace node={node} selected={selected} detailed={detailed} plain={plain} icon={icon} typeName={typeName}>
      <Handle type="target" position={Position.Left} className="!bg-slate-400" />
      <Handle type="source" position={Position.Right} className="!bg-slate-400" />
    </ComponentFace>
  );
});
