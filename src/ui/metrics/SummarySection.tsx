import type { DesignMetrics } from '../../core';
import { useT } from '../i18n';
import { FigureRow } from './FigureRow';
import { formatMoney, formatNumber, formatPercent, withUnit } from './format';
import { useNames } from './names';
import { Verdict } from './Verdict';

const MAX_ENTRIES = 4;

/** The figures that matter first: monthly cost, each entry point's p99 and availability against its goal, and capacity. */
export function SummarySection({ metrics }: { metrics: DesignMetrics }) {
  const t = useT();
  const names = useNames();
  const language = names.language;
  const { cost, latency, overCapacity, workload } = metrics;
  const availability = new Map(metrics.availability.map((a) => [a.entry, a]));
  // The entry points furthest over their objective first.
  const entries = [...latency.entries].sort((a, b) => a.marginMs - b.marginMs);
  const target = formatPercent(workload.availabilityTargetPct, language, t);

  return (
    <div>
      <p className="text-xs text-slate-600">{t('metrics.summary.monthlyCost')}</p>
      <p className="text-xl font-semibold tabular-nums">{formatMoney(cost.total.value, cost.currency, language)}</p>
      {cost.costPerMillionRequests !== undefined && (
        <p className="text-xs text-slate-600">
          {t('metrics.summary.perMillion', { value: formatMoney(cost.costPerMillionRequests.value, cost.currency, language) })}
        </p>
      )}
      <p className={`mt-1 flex items-center gap-1 text-xs ${overCapacity.length > 0 ? 'font-medium text-red-700 dark:text-red-400' : 'text-slate-700'}`}>
        <Verdict ok={overCapacity.length === 0} label={overCapacity.length === 0 ? t('metrics.summary.noneOverCapacity') : t('metrics.sizing.overCapacity')} />
        {overCapacity.length === 0
          ? t('metrics.summary.noneOverCapacity')
          : t('metrics.summary.overCapacity', { count: overCapacity.length, list: overCapacity.slice(0, 5).map(names.node).join(', ') + (overCapacity.length > 5 ? '…' : '') })}
      </p>
      {entries.length === 0 && <p className="mt-1 text-xs text-slate-600">{t('metrics.summary.noEntry')}</p>}
      <ul className="mt-1">
        {entries.slice(0, MAX_ENTRIES).map((entry) => {
          const name = names.node(entry.entry);
          const slo = formatNumber(entry.sloMs, language);
          const avail = availability.get(entry.entry);
          return (
            <li key={entry.entry} className="mt-1">
              <FigureRow label={t('metrics.summary.latency', { entry: name })} value={withUnit(entry.p99.value, 'ms', language, t)} figure={entry.p99}
                tone={entry.withinSlo ? 'plain' : 'bad'}
                extra={<Verdict ok={entry.withinSlo} label={entry.withinSlo
                  ? t('metrics.summary.withinSlo', { slo })
                  : t('metrics.summary.overSlo', { slo, over: formatNumber(-entry.marginMs, language) })} />} />
              {avail !== undefined && (
                <FigureRow label={t('metrics.summary.availability', { entry: name })} value={formatPercent(avail.availability.value, language, t)}
                  figure={avail.availability} tone={avail.meetsTarget ? 'plain' : 'bad'}
                  extra={<Verdict ok={avail.meetsTarget} label={avail.meetsTarget ? t('metrics.summary.meetsTarget', { target }) : t('metrics.summary.belowTarget', { target })} />} />
              )}
            </li>
          );
        })}
      </ul>
      {entries.length > MAX_ENTRIES && (
        <p className="text-xs text-slate-500">{t('metrics.summary.moreEntries', { count: entries.length - MAX_ENTRIES })}</p>
      )}
    </div>
  );
}
