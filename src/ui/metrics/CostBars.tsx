import type { Currency } from '../../core';
import { useT } from '../i18n';
import { formatMoney, formatPercent } from './format';
import { useNames } from './names';

/** Amounts as labelled horizontal bars, largest first, each with its share of the total. */
export function CostBars({ title, items, total, currency }: {
  title: string;
  items: readonly { key: string; label: string; value: number }[];
  total: number;
  currency: Currency;
}) {
  const t = useT();
  const { language } = useNames();
  const sorted = [...items].filter((i) => i.value > 0).sort((a, b) => b.value - a.value);
  if (sorted.length === 0) return null;
  const largest = sorted[0]!.value;
  return (
    <div className="mt-2">
      <h4 className="mb-0.5 text-xs font-semibold text-slate-700">{title}</h4>
      <ul aria-label={title}>
        {sorted.map((item) => (
          <li key={item.key} className="mb-1 text-xs">
            <div className="flex justify-between gap-2">
              <span className="min-w-0 truncate" title={item.label}>{item.label}</span>
              <span className="shrink-0 tabular-nums">
                {formatMoney(item.value, currency, language)} <span className="text-slate-500">· {formatPercent(total > 0 ? (item.value / total) * 100 : 0, language, t)}</span>
              </span>
            </div>
            <div aria-hidden className="h-1.5 rounded bg-slate-200">
              <div className="h-1.5 rounded bg-blue-600" style={{ width: `${(item.value / largest) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
