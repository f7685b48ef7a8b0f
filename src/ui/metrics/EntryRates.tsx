import { useId, useMemo, useState } from 'react';
import { X } from 'lucide-react';
import { resolveType, workloadSchema, type Design, type LoadSource, type Workload } from '../../core';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { CommitField } from '../panel/fields/CommitField';
import { readNumber } from '../panel/fields/numbers';
import { Button } from '../primitives/Button';
import { numberCheck } from './schemaCheck';

const rateSchema = workloadSchema.unwrap().shape.entryRps.unwrap().valueType;

/** Components that could take a rate of their own: clients, and entry points fed the peak rate. */
function candidates(design: Design, sources: readonly LoadSource[]): string[] {
  const own = design.workload.entryRps;
  const entries = new Set(sources.filter((s) => s.basis === 'peak-rps').map((s) => s.node));
  return design.nodes
    .filter((n) => !Object.hasOwn(own, n.id) && (entries.has(n.id) || resolveType(design, n.type)?.roles.includes('client') === true))
    .map((n) => n.id);
}

/** The peak rate of each client or entry point that has its own, beside the design-wide peak. */
export function EntryRates({ apply, sources }: { apply: (patch: Partial<Workload>) => void; sources: readonly LoadSource[] }) {
  const t = useT();
  const id = useId();
  const design = useArch((s) => s.design);
  const language = useArch((s) => s.language);
  const [choice, setChoice] = useState('');
  const rates = design.workload.entryRps;
  const labels = useMemo(() => new Map(design.nodes.map((n) => [n.id, n.label])), [design.nodes]);
  const label = (nodeId: string) => labels.get(nodeId) ?? nodeId;
  const others = useMemo(() => candidates(design, sources), [design, sources]);
  const without = (nodeId: string) => Object.fromEntries(Object.entries(rates).filter(([key]) => key !== nodeId));
  if (Object.keys(rates).length === 0 && others.length === 0) return null;

  return (
    <fieldset aria-describedby={`${id}-hint`} className="mb-2 rounded border border-slate-200 px-2 pt-1">
      <legend className="px-1 text-xs font-medium text-slate-600">{t('metrics.workload.entryRates')}</legend>
      <p id={`${id}-hint`} className="mb-1 text-[11px] text-slate-500">{t('metrics.workload.entryHint')}</p>
      {Object.entries(rates).map(([nodeId, rate]) => (
        <div key={nodeId} className="flex items-start gap-1">
          <div className="min-w-0 flex-1">
            <CommitField label={label(nodeId)} unit="req/s" value={String(rate)} validate={numberCheck(rateSchema, language, t)}
              onCommit={(text) => apply({ entryRps: { ...rates, [nodeId]: readNumber(text) as number } })} />
          </div>
          <Button variant="ghost" className="mt-4 !p-1" aria-label={t('metrics.workload.removeRate', { name: label(nodeId) })}
            onClick={() => apply({ entryRps: without(nodeId) })}>
            <X size={14} aria-hidden />
          </Button>
        </div>
      ))}
      {others.length > 0 && (
        <div className="mb-2 flex items-end gap-1">
          <label className="min-w-0 flex-1 text-xs font-medium text-slate-600">
            {t('metrics.workload.addRate')}
            <select value={choice} onChange={(e) => setChoice(e.target.value)}
              className="mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm">
              <option value="">—</option>
              {others.map((n) => <option key={n} value={n}>{label(n)}</option>)}
            </select>
          </label>
          <Button disabled={choice === ''} onClick={() => {
            if (choice === '') return;
            apply({ entryRps: { ...rates, [choice]: design.workload.peakRps } });
            setChoice('');
          }}>{t('metrics.workload.addRateButton')}</Button>
        </div>
      )}
    </fieldset>
  );
}
