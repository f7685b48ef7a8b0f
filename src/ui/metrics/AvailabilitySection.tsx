import { useMemo } from 'react';
import type { DesignMetrics } from '../../core';
import { useT } from '../i18n';
import { FigureRow } from './FigureRow';
import { formatDowntime, formatPercent } from './format';
import { useNames } from './names';
import { ShowMore, useShown } from './ShowMore';
import { Verdict } from './Verdict';

/** Each entry point's composite availability and downtime a year against the target, the least available first. */
export function AvailabilitySection({ metrics }: { metrics: DesignMetrics }) {
  const t = useT();
  const names = useNames();
  const language = names.language;
  const [shown, more] = useShown(10);
  const entries = useMemo(() => [...metrics.availability].sort((a, b) => a.availability.value - b.availability.value), [metrics]);
  const ownAvailability = useMemo(() => new Map(metrics.nodes.map((n) => [n.id, n.availability?.availability.value])), [metrics]);
  const pct = (value: number) => formatPercent(value, language, t);
  if (entries.length === 0) return <p className="text-xs text-slate-600">{t('metrics.availability.none')}</p>;

  return (
    <div>
      <p className="mb-1 text-xs text-slate-600">{t('metrics.availability.target', { target: pct(metrics.workload.availabilityTargetPct) })}</p>
      <ul aria-label={t('metrics.section.availability')}>
        {entries.slice(0, shown).map((entry) => {
          const weakest = entry.weakest === undefined ? undefined : ownAvailability.get(entry.weakest);
          return (
            <li key={entry.entry} className="mb-2 rounded border border-slate-200 p-2">
              <h4 className="text-sm font-semibold break-words">{names.node(entry.entry)}</h4>
              <p className={`flex items-center gap-1 text-xs ${entry.meetsTarget ? 'text-green-800 dark:text-green-400' : 'font-semibold text-red-700 dark:text-red-400'}`}>
                <Verdict ok={entry.meetsTarget} />
                {entry.meetsTarget ? t('metrics.availability.meets') : t('metrics.availability.below')}
              </p>
              <FigureRow label={t('metrics.figures.availability')} value={pct(entry.availability.value)} figure={entry.availability} tone={entry.meetsTarget ? 'plain' : 'bad'} />
              <FigureRow label={t('metrics.figures.downtime')} value={formatDowntime(entry.downtime.value, language, t)} figure={entry.downtime} />
              {entry.weakest !== undefined && weakest !== undefined && (
                <p className="text-[11px] text-slate-600">{t('metrics.availability.weakest', { name: names.node(entry.weakest), availability: pct(weakest) })}</p>
              )}
              {entry.unknown.length > 0 && (
                <p className="text-[11px] text-slate-500">{t('metrics.availability.unknown', { list: entry.unknown.map(names.node).join(', ') })}</p>
              )}
            </li>
          );
        })}
      </ul>
      <ShowMore shown={shown} total={entries.length} step={10} onMore={more} />
    </div>
  );
}
