import { memo, useId, useState } from 'react';
import { ChevronRight, TriangleAlert } from 'lucide-react';
import type { NodeMetrics } from '../../core';
import { useT } from '../i18n';
import { FigureRow } from './FigureRow';
import { formatAmount, formatMoney, formatNumber, formatPercent, localUnit, withUnit } from './format';
import { useNames } from './names';

/** One component's sizing: name, load and replicas (needed / configured), its other counts, and its working on demand. */
export const SizingRow = memo(function SizingRow({ node, currency }: { node: NodeMetrics; currency: 'USD' | 'EUR' }) {
  const t = useT();
  const names = useNames();
  const id = useId();
  const [open, setOpen] = useState(false);
  const language = names.language;
  const { load, sizing, cost, availability } = node;
  const n = (value: number) => formatNumber(value, language, 0);
  const gb = (value: number) => withUnit(value, 'GB', language, t);
  const replicas = sizing.replicas;

  // Counts beside the name; those short of what the load needs are shown apart, in red.
  const extras: string[] = [];
  const shortfalls: string[] = [];
  const add = (text: string, short = false) => (short ? shortfalls : extras).push(text);
  if (sizing.gpus !== undefined) add(t('metrics.sizing.gpus', { count: sizing.gpus.value }));
  if (sizing.utilisation !== undefined) add(t('metrics.sizing.used', { value: formatPercent(sizing.utilisation.value, language, t) }));
  if (sizing.concurrency !== undefined) add(t('metrics.sizing.inFlight', { value: formatNumber(sizing.concurrency.value, language) }));
  if (sizing.partitions !== undefined) {
    add(t('metrics.sizing.partitions', { needed: n(sizing.partitions.needed.value), configured: n(sizing.partitions.configured) }), sizing.partitions.under);
  }
  if (sizing.brokers !== undefined) add(t('metrics.sizing.brokers', { needed: n(sizing.brokers.needed.value), configured: n(sizing.brokers.configured) }), sizing.brokers.under);
  if (sizing.storage !== undefined) {
    add(t('metrics.sizing.storage', { needed: gb(sizing.storage.needed.value), configured: gb(sizing.storage.configuredGb) }), sizing.storage.under);
  }

  const under = replicas?.needed !== undefined && replicas.needed.value > replicas.configured;
  const figure = (label: string, value: string, f: Parameters<typeof FigureRow>[0]['figure']) => <FigureRow key={label} label={label} value={value} figure={f} />;
  const unit = (f: { value: number; unit: string }) => withUnit(f.value, f.unit, language, t);

  return (
    <>
      <tr className={`border-t border-slate-200 align-top ${sizing.overCapacity ? 'bg-red-50' : ''}`}>
        <td className="py-1 pr-1">
          <button type="button" aria-expanded={open} aria-controls={`${id}-working`} onClick={() => setOpen(!open)}
            aria-label={t('metrics.sizing.showWorking', { name: node.label })}
            className="flex items-start gap-0.5 rounded text-left font-medium break-words hover:underline">
            <ChevronRight size={12} aria-hidden className={`mt-0.5 shrink-0 text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`} />
            <span className="min-w-0">{node.label}</span>
          </button>
          {sizing.overCapacity && (
            <p className="flex items-center gap-0.5 font-semibold text-red-700 dark:text-red-400">
              <TriangleAlert size={12} aria-hidden />{t('metrics.sizing.overCapacity')}
            </p>
          )}
          {extras.length > 0 && <p className="text-[11px] text-slate-500">{extras.join(' · ')}</p>}
          {shortfalls.length > 0 && <p className="text-[11px] text-red-700 dark:text-red-400">{shortfalls.join(' · ')}</p>}
          {sizing.overConcurrency && <p className="text-[11px] text-amber-700 dark:text-amber-300">{t('metrics.sizing.overConcurrency')}</p>}
        </td>
        <td className="py-1 pr-1 text-right tabular-nums">
          <span className="whitespace-nowrap">{formatAmount(load.rate.value, language)}</span> <span className="break-words">{localUnit(load.rate.unit, t, true)}</span>
        </td>
        <td className={`py-1 text-right whitespace-nowrap tabular-nums ${under ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}>
          {replicas === undefined ? '—' : replicas.needed === undefined ? n(replicas.configured)
            : t('metrics.sizing.neededOfConfigured', { needed: n(replicas.needed.value), configured: n(replicas.configured) })}
        </td>
      </tr>
      <tr id={`${id}-working`} hidden={!open}>
        <td colSpan={3} className="pb-1">
          {open && (
            <div className="pl-3">
              {figure(t('metrics.figures.rate'), unit(load.rate), load.rate)}
              {figure(t('metrics.figures.bytes'), unit(load.bytes), load.bytes)}
              {replicas?.needed !== undefined && figure(sizing.brokers === undefined ? t('metrics.figures.replicasNeeded') : t('metrics.figures.brokers'), n(replicas.needed.value), replicas.needed)}
              {sizing.capacity !== undefined && figure(t('metrics.figures.capacity'), unit(sizing.capacity), sizing.capacity)}
              {sizing.utilisation !== undefined && figure(t('metrics.figures.utilisation'), unit(sizing.utilisation), sizing.utilisation)}
              {sizing.gpus !== undefined && figure(t('metrics.figures.gpus'), n(sizing.gpus.value), sizing.gpus)}
              {sizing.concurrency !== undefined && figure(t('metrics.figures.concurrency'), formatNumber(sizing.concurrency.value, language), sizing.concurrency)}
              {sizing.partitions !== undefined && figure(t('metrics.figures.partitions'), n(sizing.partitions.needed.value), sizing.partitions.needed)}
              {sizing.storage !== undefined && figure(t('metrics.figures.storagePerDay'), unit(sizing.storage.perDay), sizing.storage.perDay)}
              {sizing.storage !== undefined && figure(t('metrics.figures.storage'), unit(sizing.storage.needed), sizing.storage.needed)}
              {availability !== undefined && figure(t('metrics.figures.availability'), unit(availability.availability), availability.availability)}
              {figure(t('metrics.figures.monthlyCost'), formatMoney(cost.monthly.value, currency, language), cost.monthly)}
            </div>
          )}
        </td>
      </tr>
    </>
  );
});
