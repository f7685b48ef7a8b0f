import { PRICING_MODELS, type Figure, type FigureInput, type PricingModel } from '../../core';
import { useT } from '../i18n';
import { withUnit } from './format';
import { useNames } from './names';

/** A figure's working: its formula in the current language, its inputs with units, and its dated sources. */
export function Working({ figure }: { figure: Figure }) {
  const t = useT();
  const names = useNames();
  const value = (input: FigureInput) => {
    if (typeof input.value === 'number') return withUnit(input.value, input.unit, names.language, t, true);
    if (input.name === 'pricing' && (PRICING_MODELS as readonly string[]).includes(input.value)) return t(`metrics.pricing.${input.value as PricingModel}`);
    return input.value;
  };
  return (
    <div className="mt-1 mb-1.5 rounded border border-slate-200 bg-slate-50 p-2 text-[11px] leading-snug text-slate-700">
      <p className="font-semibold text-slate-600">{t('metrics.working.formula')}</p>
      <p className="mb-1 break-words">{figure.formula[names.language]}</p>
      {figure.inputs.length > 0 && (
        <>
          <p className="font-semibold text-slate-600">{t('metrics.working.inputs')}</p>
          <ul className="mb-1">
            {figure.inputs.map((input, i) => (
              <li key={`${input.name}-${i}`} className="flex justify-between gap-2">
                <span className="min-w-0 break-words">{names.input(input.name)}</span>
                <span className="shrink-0 text-right tabular-nums">{value(input)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {figure.sources !== undefined && figure.sources.length > 0 && (
        <>
          <p className="font-semibold text-slate-600">{t('metrics.working.sources')}</p>
          <ul>
            {figure.sources.map((source) => (
              <li key={`${source.id}-${source.date}`} className="break-words">
                <span className="font-medium">{source.id}</span> {names.source(source.id)}, {source.date}
                {source.estimate && <span className="text-amber-700 dark:text-amber-300"> ({t('metrics.working.estimate')})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
