import { memo, useContext } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { useT } from '../i18n';
import { ResizeContext } from './ResizeContext';
import type { GroupFlowNode } from './toFlow';

const kindStyles: Record<string, string> = {
  system: 'border-blue-400 bg-blue-50/40',
  'trust-zone': 'border-amber-500 bg-amber-50/40 border-dashed',
  region: 'border-slate-500 bg-slate-50/30',
  zone: 'border-slate-400 bg-surface/20 border-dashed',
  cluster: 'border-violet-400 bg-violet-50/30',
  'edge-site': 'border-emerald-500 bg-emerald-50/30',
};

/** A labelled container: system boundary, trust zone, region, zone, cluster or edge site. */
export const GroupNode = memo(function GroupNode({ id, data, selected }: NodeProps<GroupFlowNode>) {
  const t = useT();
  const onResizeEnd = useContext(ResizeContext);
  const { group } = data;
  return (
    <>
    <NodeResizer isVisible={selected === true} minWidth={160} minHeight={100} lineClassName="!border-blue-400" handleClassName="!h-2.5 !w-2.5 !bg-blue-500"
      onResizeEnd={(_event, box) => onResizeEnd(id, box)} />
    <div
      className={`h-full w-full rounded-lg border-2 ${kindStyles[group.kind] ?? ''} ${selected ? 'ring-2 ring-blue-400' : ''}`}
    >
      <div className="flex items-baseline gap-2 px-2 py-1">
        <span className="truncate text-xs font-semibold text-slate-800">{group.label}</span>
        <span className="text-[10px] uppercase tracking-wide text-slate-500">{t(`groupKinds.${group.kind}`)}</span>
      </div>
    </div>
    </>
  );
});
