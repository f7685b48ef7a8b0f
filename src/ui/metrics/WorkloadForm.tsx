import { CURRENCIES, PRICING_MODELS, PROVIDERS, workloadSchema, type LoadSource, type Provider, type Workload } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { useT } from '../i18n';
import { ChoiceField } from '../panel/fields/ChoiceField';
import { CommitField } from '../panel/fields/CommitField';
import { readNumber } from '../panel/fields/numbers';
import { EntryRates } from './EntryRates';
import { localUnit } from './format';
import { numberCheck, textCheck } from './schemaCheck';

const shape = workloadSchema.unwrap().shape;

type NumberKey = 'peakRps' | 'payloadKb' | 'latencySloMs' | 'availabilityTargetPct' | 'headroomPct';

/** The design's workload: each field checked by the schema's rule and applied as one undoable step. */
export function WorkloadForm({ sources }: { sources: readonly LoadSource[] }) {
  const t = useT();
  const store = useArchStoreApi();
  const workload = useArch((s) => s.design.workload);
  const language = useArch((s) => s.language);
  const apply = (patch: Partial<Workload>) => {
    const state = store.getState();
    state.dispatch({ op: 'update-design', patch: { workload: { ...state.design.workload, ...patch } } });
  };
  const setProvider = (value: string) => {
    const { provider: _old, ...rest } = store.getState().design.workload;
    const provider = (PROVIDERS as readonly string[]).includes(value) ? (value as Provider) : undefined;
    store.getState().dispatch({ op: 'update-design', patch: { workload: provider === undefined ? rest : { ...rest, provider } } });
  };
  const numberField = (key: NumberKey, label: string, unit: string, hint?: string) => (
    <CommitField key={key} label={label} unit={unit} hint={hint} value={String(workload[key])}
      validate={numberCheck(shape[key].unwrap(), language, t)} onCommit={(text) => apply({ [key]: readNumber(text) as number })} />
  );

  return (
    <div>
      {numberField('peakRps', t('metrics.workload.peakRps'), 'req/s', t('metrics.workload.peakHint'))}
      <EntryRates apply={apply} sources={sources} />
      <div className="grid grid-cols-2 gap-x-2">
        {numberField('payloadKb', t('metrics.workload.payload'), localUnit('KB', t))}
        {numberField('latencySloMs', t('metrics.workload.latencySlo'), 'ms')}
        {numberField('availabilityTargetPct', t('metrics.workload.availabilityTarget'), '%')}
        {numberField('headroomPct', t('metrics.workload.headroom'), '%')}
        <ChoiceField label={t('metrics.workload.provider')} value={workload.provider ?? ''} onChange={setProvider}
          options={[{ value: '', label: t('metrics.workload.providerAny') }, ...PROVIDERS.map((p) => ({ value: p, label: t(`providers.${p}`) }))]} />
        <CommitField key="region" label={t('metrics.workload.region')} value={workload.region} maxLength={200}
          validate={textCheck(shape.region.unwrap(), language)} onCommit={(region) => apply({ region })} />
        <ChoiceField label={t('metrics.workload.pricing')} value={workload.pricing} onChange={(p) => apply({ pricing: p as Workload['pricing'] })}
          options={PRICING_MODELS.map((p) => ({ value: p, label: t(`metrics.pricing.${p}`) }))} />
        <ChoiceField label={t('metrics.workload.currency')} value={workload.currency} onChange={(c) => apply({ currency: c as Workload['currency'] })}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
      </div>
    </div>
  );
}
