import { useId } from 'react';
import { Route } from 'lucide-react';
import type { EntryLatency } from '../../core';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { FigureRow } from './FigureRow';
import { formatNumber, withUnit } from './format';
import { useNames } from './names';
import { Verdict } from './Verdict';
import { Waterfall, type Percentile } from './Waterfall';

/** One entry point's latency budget: p99 and p50 against the objective, its slowest path as a waterfall. */
export function EntryLatencyCard({ entry, percentile, onShowPath }: { entry: EntryLatency; percentile: Percentile; onShowPath: (entry: EntryLatency) => void }) {
  const t = useT();
  const names = useNames();
  const id = useId();
  const language = names.language;
  const name = names.node(entry.entry);
  const verdict = entry.withinSlo
    ? t('metrics.latency.within', { margin: formatNumber(entry.marginMs, language) })
    : t('metrics.latency.over', { over: formatNumber(-entry.marginMs, language) });

  return (
    <li aria-labelledby={`${id}-name`} className={`mb-2 rounded border p-2 ${entry.withinSlo ? 'border-slate-200' : 'border-red-300'}`}>
      <h4 id={`${id}-name`} className="text-sm font-semibold break-words">{name}</h4>
      <p className={`flex items-center gap-1 text-xs ${entry.withinSlo ? 'text-green-800 dark:text-green-400' : 'font-semibold text-red-700 dark:text-red-400'}`}>
        <Verdict ok={entry.withinSlo} />
        {verdict}
      </p>
      <FigureRow label={t('metrics.figures.p99')} value={withUnit(entry.p99.value, 'ms', language, t)} figure={entry.p99} tone={entry.withinSlo ? 'plain' : 'bad'} />
      <FigureRow label={t('metrics.figures.p50')} value={withUnit(entry.p50.value, 'ms', language, t)} figure={entry.p50} />
      <p className="mt-1 flex items-center gap-1 text-[11px] text-slate-500">
        <span aria-hidden className="inline-block h-2.5 w-px bg-slate-700" />
        {t('metrics.latency.objective', { slo: formatNumber(entry.sloMs, language) })}
      </p>
      <Waterfall entry={entry} percentile={percentile} />
      {entry.unknown.length > 0 && (
        <p className="text-[11px] text-amber-800 dark:text-amber-300">{t('metrics.latency.unknown', { list: entry.unknown.map(names.node).join(', ') })}</p>
      )}
      <Button className="mt-1 !py-0.5 text-xs" onClick={() => onShowPath(entry)}>
        <Route size={13} aria-hidden />{t('metrics.latency.showPath')}
      </Button>
    </li>
  );
}
