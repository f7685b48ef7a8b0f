import { Clock } from 'lucide-react';
import type { EntryLatency } from '../../core';
import { useT } from '../i18n';
import { formatNumber, formatPercent } from './format';
import { useNames } from './names';

export type Percentile = 'p99' | 'p50';

/**
 * A path's hops as a waterfall: each bar starts where the previous hop ended and is as long as
 * the hop's time, against the objective's mark. The hop with the largest share is marked; time
 * past the objective is red.
 */
export function Waterfall({ entry, percentile }: { entry: EntryLatency; percentile: Percentile }) {
  const t = useT();
  const names = useNames();
  const language = names.language;
  const ms = (v: number) => formatNumber(v, language, 1);
  const times = entry.hops.map((h) => (percentile === 'p99' ? h.p99Ms : h.p50Ms));
  const starts: number[] = [];
  let total = 0;
  for (const time of times) {
    starts.push(total);
    total += time;
  }
  const scale = Math.max(total, entry.sloMs, 1e-9);
  const slo = (entry.sloMs / scale) * 100;

  return (
    <ol aria-label={t('metrics.latency.hops', { entry: names.node(entry.entry) })} className="relative mt-1">
      {entry.hops.map((hop, i) => {
        const time = times[i]!;
        const start = starts[i]!;
        const culprit = hop.node === entry.culprit;
        // The part of the bar within the objective, and the part past it.
        const within = Math.max(0, Math.min(start + time, entry.sloMs) - start);
        const bars = [
          { from: start, length: within, colour: culprit ? 'bg-amber-500' : 'bg-blue-600' },
          { from: start + within, length: time - within, colour: 'bg-red-600' },
        ].filter((b, k) => b.length > 0 || (time === 0 && k === 0));
        const name = names.node(hop.node);
        const share = formatPercent(total > 0 ? (time / total) * 100 : 0, language, t);
        const parts = hop.network === undefined
          ? t('metrics.latency.entryParts', { service: ms(percentile === 'p99' ? hop.serviceP99Ms : hop.serviceP50Ms), queue: ms(hop.queueMs) })
          : t('metrics.latency.parts', {
            network: ms(hop.networkMs), where: t(`metrics.latency.network.${hop.network}`),
            service: ms(percentile === 'p99' ? hop.serviceP99Ms : hop.serviceP50Ms), queue: ms(hop.queueMs),
          });
        return (
          <li key={`${hop.node}-${i}`} aria-label={t('metrics.latency.hop', { name, ms: ms(time), share }) + (culprit ? ` (${t('metrics.latency.culprit')})` : '')}
            className={`mb-1 rounded px-1 py-0.5 text-xs ${culprit ? 'bg-amber-50 ring-1 ring-amber-400' : ''}`}>
            <div className="flex items-baseline gap-1">
              <span className={`min-w-0 flex-1 truncate ${culprit ? 'font-semibold' : ''}`} title={name}>{name}</span>
              {hop.timeoutExceeded && <Clock size={12} role="img" aria-label={t('metrics.latency.timeoutHop')} className="shrink-0 self-center text-red-700 dark:text-red-400" />}
              <span className="shrink-0 tabular-nums">{ms(time)} ms · {share}</span>
            </div>
            {culprit && <p className="text-[11px] font-semibold text-amber-800 dark:text-amber-300">{t('metrics.latency.culprit')}</p>}
            <div className="relative mt-0.5 h-2 rounded-sm bg-slate-100" aria-hidden>
              {bars.map((b) => (
                <div key={b.colour} className={`absolute inset-y-0 rounded-sm ${b.colour}`}
                  style={{ left: `${(b.from / scale) * 100}%`, width: `max(${(b.length / scale) * 100}%, 2px)` }} />
              ))}
              <div className="absolute -inset-y-0.5 w-px bg-slate-700" style={{ left: `${Math.min(slo, 100)}%` }} />
            </div>
            <p className="text-[11px] text-slate-500">{parts}</p>
          </li>
        );
      })}
    </ol>
  );
}
