import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../i18n';
import type { GroupFlowNode } from './toFlow';

const kindStyles: Record<string, string> = {
  system: 'border-blue-400 bg-blue-50/40',
  'trust-zone': 'border-amber-500 bg-amber-50/40 border-dashed',
  region: 'border-slate-500 bg-slate-50/30',
  zone: 'border-slate-400 bg-white/20 border-dashed',
  cluster: 'border-violet-400 bg-violet-50/30',
  'edge-site': 'border-emerald-500 bg-emerald-50/30',
};

/** A labelled container: system boundary, trust zone, region, zone, cluster or edge site. */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<GroupFlowNode>) {
  const t = useT();
  const { group } = data;
  return (
    <div
      className={`h-full w-full rounded-lg border-2 ${kindStyles[group.kind] ?? ''} ${selected ? 'ring-2 ring-blue-400' : ''}`}
    >
      <div className="flex items-baseline gap-2 px-2 py-1">
        <span className="truncate text-xs font-semibold text-slate-800">{group.label}</span>
        <span className="text-[10px] uppercase tracking-wide text-slate-500">{t(`groupKinds.${group.kind}`)}</span>
      </div>
    </div>
  );
});
