import { useMemo, useState } from 'react';
import type { LatencyResult } from '../../core';
import { useT } from '../i18n';
import { EntryLatencyCard } from './EntryLatencyCard';
import { formatNumber } from './format';
import { useNames } from './names';
import { ShowMore, useShown } from './ShowMore';
import { useShowPath } from './useShowPath';
import type { Percentile } from './Waterfall';

/** The latency budget of every entry point, the furthest over its objective first, and the timeouts too long for it. */
export function LatencySection({ latency }: { latency: LatencyResult }) {
  const t = useT();
  const names = useNames();
  const showPath = useShowPath();
  const [percentile, setPercentile] = useState<Percentile>('p99');
  const [shown, more] = useShown(10);
  const [timeoutsShown, moreTimeouts] = useShown(20);
  const entries = useMemo(() => [...latency.entries].sort((a, b) => a.marginMs - b.marginMs), [latency]);
  const ms = (v: number) => formatNumber(v, names.language);
  if (entries.length === 0) return <p className="text-xs text-slate-600">{t('metrics.latency.none')}</p>;

  return (
    <div>
      <div role="group" aria-label={t('metrics.latency.view')} className="mb-1.5 flex items-center gap-1 text-xs">
        <span aria-hidden className="text-slate-600">{t('metrics.latency.view')}</span>
        {(['p99', 'p50'] as const).map((p) => (
          <button key={p} type="button" aria-pressed={percentile === p} onClick={() => setPercentile(p)}
            className={`rounded border px-1.5 py-0.5 ${percentile === p ? 'border-blue-700 bg-blue-50 text-blue-800' : 'border-slate-300 text-slate-700 hover:bg-slate-100'}`}>
            {t(`metrics.latency.${p}`)}
          </button>
        ))}
      </div>
      <ul aria-label={t('metrics.section.latency')}>
        {entries.slice(0, shown).map((entry) => <EntryLatencyCard key={entry.entry} entry={entry} percentile={percentile} onShowPath={showPath} />)}
      </ul>
      <ShowMore shown={shown} total={entries.length} step={10} onMore={more} />
      {latency.timeouts.length > 0 && (
        <div className="mt-1">
          <h4 className="text-xs font-semibold text-red-700 dark:text-red-400">{t('metrics.latency.timeouts')}</h4>
          <ul className="list-disc pl-4 text-[11px] text-slate-700">
            {latency.timeouts.slice(0, timeoutsShown).map((f) => (
              <li key={f.edge}>
                {t('metrics.latency.timeoutLine', { source: names.node(f.source), target: names.node(f.target), timeout: ms(f.timeoutMs), attempts: f.attempts, remaining: ms(f.remainingMs) })}
              </li>
            ))}
          </ul>
          <ShowMore shown={timeoutsShown} total={latency.timeouts.length} step={20} onMore={moreTimeouts} />
        </div>
      )}
    </div>
  );
}
