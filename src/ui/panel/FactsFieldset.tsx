import type { Language, PropertyDef, PropValue, Provider } from '../../core';
import { useT } from '../i18n';
import { TypedPropertyField } from './TypedPropertyField';

interface Props {
  owner: string;
  facts: readonly PropertyDef[];
  values: Readonly<Record<string, PropValue>>;
  language: Language;
  provider: Provider | undefined;
  onChange: (props: Record<string, PropValue>) => void;
}

/** The architecture facts of a component or connection (release role, data class, access...), read by the rules. */
export function FactsFieldset({ owner, facts, values, language, provider, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="mb-3 border-t border-slate-200 pt-2">
      <legend className="text-xs font-semibold text-slate-700">{t('facts.legend')}</legend>
      <p className="mb-1 text-xs text-slate-500">{t('facts.hint')}</p>
      {facts.map((def) => (
        <TypedPropertyField key={`${owner}-${def.key}`} def={def} value={values[def.key]} language={language} provider={provider}
          onChange={(value) => onChange({ ...values, [def.key]: value })} />
      ))}
    </fieldset>
  );
}
