import type { ReactNode } from 'react';
import type { DesignNode } from '../../core';
import { FindingBadge } from '../findings/FindingBadge';

interface ComponentFaceProps {
  node: DesignNode;
  selected: boolean;
  /** Icon, technology and type lines, and a shadow (zoomed in enough to read them). */
  detailed: boolean;
  /** A plain card: square, unclipped, its name wrapped (see PLAIN_CARD_MAX_ZOOM). */
  plain: boolean;
  /** The icon before the name (when detailed). */
  icon?: ReactNode;
  /** The type's name, shown under the technology when detailed and not the component's own name. */
  typeName?: string;
  /** Drawn inside the card (React Flow's handles). */
  children?: ReactNode;
}

/**
 * What a component looks like on the canvas, whoever draws it: React Flow (ComponentNode) or,
 * far out, the canvas itself (StillComponents). User text is plain text.
 */
export function ComponentFace({ node, selected, detailed, plain, icon, typeName, children }: ComponentFaceProps) {
  return (
    <div
      className={`h-full w-full border bg-surface px-3 py-2 ${plain ? '' : 'overflow-hidden rounded-md'} ${detailed ? 'shadow-sm' : ''} ${selected ? 'border-blue-600 ring-2 ring-blue-300' : 'border-slate-300'}`}
    >
      {children}
      <div className="flex items-center gap-1.5">
        {detailed && icon}
        <div className={`min-w-0 flex-1 text-sm font-semibold text-slate-900 ${plain ? 'wrap-anywhere' : 'truncate'}`} title={node.label}>
          {node.label}
        </div>
        <FindingBadge id={node.id} className="shrink-0" />
      </div>
      {detailed && node.technology !== '' && <div className="truncate text-xs text-slate-600">{node.technology}</div>}
      {detailed && typeName !== undefined && typeName !== node.label && <div className="truncate text-[10px] tracking-wide text-slate-400 uppercase">{typeName}</div>}
    </div>
  );
}
