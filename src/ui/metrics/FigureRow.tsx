import type { ReactNode } from 'react';
import { ChevronRight } from 'lucide-react';
import type { Figure } from '../../core';
import { Working } from './Working';

const TONES = { plain: '', good: 'text-green-800 dark:text-green-400', bad: 'text-red-700 dark:text-red-400' } as const;

/** A named figure that unfolds into its working: formula, inputs and sources. */
export function FigureRow({ label, note, value, figure, tone = 'plain', extra }: {
  label: string;
  /** A short line under the label. */
  note?: string;
  value: string;
  figure: Figure;
  tone?: keyof typeof TONES;
  extra?: ReactNode;
}) {
  return (
    <details className="group">
      <summary className="flex cursor-pointer list-none items-baseline gap-1 rounded py-0.5 text-xs hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <ChevronRight size={12} className="shrink-0 self-center text-slate-500 transition-transform group-open:rotate-90" aria-hidden />
        <span className="min-w-0 flex-1 text-slate-600">
          {label}
          {note !== undefined && <span className="block text-[11px] text-slate-500">{note}</span>}
        </span>
        {extra}
        <span className={`shrink-0 text-right font-medium tabular-nums ${TONES[tone]}`}>{value}</span>
      </summary>
      <Working figure={figure} />
    </details>
  );
}
