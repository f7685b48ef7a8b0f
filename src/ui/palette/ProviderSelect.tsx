import { PROVIDERS, type Provider } from '../../core';
import { useArch } from '../../store';
import { useT } from '../i18n';

/** The design's cloud provider: names its managed products in the palette and on the canvas. */
export function ProviderSelect() {
  const t = useT();
  const workload = useArch((s) => s.design.workload);
  const dispatch = useArch((s) => s.dispatch);
  return (
    <label className="mb-2 block text-xs text-slate-600">
      {t('providers.label')}
      <select
        value={workload.provider ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          const provider = (PROVIDERS as readonly string[]).includes(value) ? (value as Provider) : undefined;
          const { provider: _old, ...rest } = workload;
          dispatch({ op: 'update-design', patch: { workload: provider === undefined ? rest : { ...rest, provider } } });
        }}
        className="mt-1 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm text-slate-900"
      >
        <option value="">{t('providers.none')}</option>
        {PROVIDERS.map((p) => (
          <option key={p} value={p}>
            {t(`providers.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
