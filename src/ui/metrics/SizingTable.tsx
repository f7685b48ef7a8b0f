import { useMemo } from 'react';
import type { DesignMetrics } from '../../core';
import { useT } from '../i18n';
import { ShowMore, useShown } from './ShowMore';
import { SizingRow } from './SizingRow';

/** Every component's load and size, those over capacity first. */
export function SizingTable({ metrics }: { metrics: DesignMetrics }) {
  const t = useT();
  const [shown, more] = useShown();
  const rows = useMemo(() => {
    const over = metrics.nodes.filter((n) => n.sizing.overCapacity);
    return over.length === 0 ? metrics.nodes : [...over, ...metrics.nodes.filter((n) => !n.sizing.overCapacity)];
  }, [metrics]);
  if (rows.length === 0) return <p className="text-xs text-slate-600">{t('metrics.sizing.none')}</p>;
  return (
    <div>
      <table className="w-full table-fixed border-collapse text-xs">
        <caption className="sr-only">{t('metrics.section.sizing')}</caption>
        <colgroup>
          <col />
          <col className="w-[5rem]" />
          <col className="w-[3.5rem]" />
        </colgroup>
        <thead>
          <tr className="text-left text-[11px] text-slate-600">
            <th scope="col" className="pb-0.5 font-medium">{t('metrics.sizing.component')}</th>
            <th scope="col" className="pb-0.5 text-right font-medium">{t('metrics.sizing.load')}</th>
            <th scope="col" className="pb-0.5 text-right font-medium">{t('metrics.sizing.replicas')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((node) => <SizingRow key={node.id} node={node} currency={metrics.cost.currency} />)}
        </tbody>
      </table>
      <ShowMore shown={shown} total={rows.length} onMore={more} />
      <p className="mt-1 text-[11px] text-slate-500">{t('metrics.sizing.replicasHint')}</p>
    </div>
  );
}
