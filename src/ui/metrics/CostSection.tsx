import { useMemo } from 'react';
import type { Category, DesignMetrics, Provider } from '../../core';
import { useT } from '../i18n';
import { CostBars } from './CostBars';
import { CostCsvButton } from './CostCsvButton';
import { FigureRow } from './FigureRow';
import { formatMoney, formatPercent, withUnit } from './format';
import { useNames } from './names';
import { ShowMore, useShown } from './ShowMore';

/** Monthly cost: totals, pricing models and their savings, shares by category and provider, each component, and the CSV. */
export function CostSection({ metrics, designName }: { metrics: DesignMetrics; designName: string }) {
  const t = useT();
  const names = useNames();
  const language = names.language;
  const { cost } = metrics;
  const money = (value: number) => formatMoney(value, cost.currency, language);
  const [shown, more] = useShown();
  const priced = useMemo(() => metrics.nodes.filter((n) => n.cost.lines.length > 0).sort((a, b) => b.cost.monthly.value - a.cost.monthly.value), [metrics]);
  const notPriced = metrics.nodes.length - priced.length;
  const byCategory = Object.entries(cost.byCategory).map(([key, value]) => ({ key, label: t(`categories.${key as Category}`), value }));
  const byProvider = Object.entries(cost.byProvider).map(([key, value]) => ({ key, label: t(`providers.${key as Provider}`), value }));

  return (
    <div>
      <FigureRow label={t('metrics.figures.total')} value={money(cost.total.value)} figure={cost.total} />
      {cost.costPerMillionRequests !== undefined && (
        <FigureRow label={t('metrics.figures.perMillion')} value={money(cost.costPerMillionRequests.value)} figure={cost.costPerMillionRequests} />
      )}
      {cost.currency !== 'USD' && (
        <FigureRow label={t('metrics.figures.exchangeRate')} value={withUnit(cost.exchangeRate.value, cost.exchangeRate.unit, language, t)} figure={cost.exchangeRate} />
      )}
      {cost.lines.length === 0 && <p className="text-xs text-slate-600">{t('metrics.cost.none')}</p>}

      <h4 className="mt-2 mb-0.5 text-xs font-semibold text-slate-700">{t('metrics.cost.options')}</h4>
      <ul aria-label={t('metrics.cost.options')}>
        {cost.pricingOptions.map((option) => (
          <li key={option.pricing} className={option.pricing === cost.pricing ? 'rounded bg-blue-50' : ''}>
            <FigureRow label={option.pricing === cost.pricing ? `${t(`metrics.pricing.${option.pricing}`)} (${t('metrics.cost.current')})` : t(`metrics.pricing.${option.pricing}`)}
              value={money(option.total.value)} figure={option.total}
              extra={option.savingPct > 0.05 ? <span className="shrink-0 text-[11px] text-green-800 dark:text-green-400">−{formatPercent(option.savingPct, language, t)}</span> : undefined} />
          </li>
        ))}
      </ul>

      <CostBars title={t('metrics.cost.byCategory')} items={byCategory} total={cost.total.value} currency={cost.currency} />
      <CostBars title={t('metrics.cost.byProvider')} items={byProvider} total={cost.total.value} currency={cost.currency} />

      <h4 className="mt-2 mb-0.5 text-xs font-semibold text-slate-700">{t('metrics.cost.perComponent')}</h4>
      <ul aria-label={t('metrics.cost.perComponent')}>
        {priced.slice(0, shown).map((node) => (
          <li key={node.id}>
            <FigureRow label={node.label} value={money(node.cost.monthly.value)} figure={node.cost.monthly}
              note={[...new Set(node.cost.lines.map((l) => t(`metrics.cost.kinds.${l.kind}`)))].join(' + ')} />
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={priced.length} onMore={more} />
      {notPriced > 0 && <p className="mt-1 text-[11px] text-slate-500">{t('metrics.cost.notPriced', { count: notPriced })}</p>}
      <CostCsvButton metrics={metrics} designName={designName} />
    </div>
  );
}
