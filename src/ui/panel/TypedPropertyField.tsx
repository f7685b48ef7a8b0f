import { checkPropValue, INSTANCE_TYPES, type Language, type PropertyDef, type PropValue, type Provider } from '../../core';
import { useT } from '../i18n';
import { ChoiceField, CheckField } from './fields/ChoiceField';
import { CommitField } from './fields/CommitField';
import { readNumber } from './fields/numbers';

interface Props {
  def: PropertyDef;
  value: PropValue | undefined;
  language: Language;
  provider: Provider | undefined;
  onChange: (value: PropValue) => void;
}

/** One typed property of a component: number with unit and bounds, yes/no, option or instance type. */
export function TypedPropertyField({ def, value, language, provider, onChange }: Props) {
  const t = useT();
  const label = def.label[language];
  switch (def.kind) {
    case 'number':
      return (
        <CommitField
          label={label}
          value={value === undefined ? '' : String(value)}
          placeholder={String(def.default)}
          unit={def.unit === 'count' ? undefined : def.unit}
          hint={def.help?.[language]}
          validate={(text) => {
            const n = readNumber(text);
            if (n === null) return text.trim() === '' && value === undefined ? null : t('inspector.notNumber');
            const problem = checkPropValue(def, n);
            return problem === null ? null : t(problem.key, problem.values);
          }}
          onCommit={(text) => {
            const n = readNumber(text);
            if (n !== null) onChange(n);
          }}
        />
      );
    case 'boolean':
      // Unset, it is its type's default (as the rules and the metrics read it).
      return <CheckField label={label} checked={(value ?? def.default) === true} onChange={onChange} />;
    case 'enum':
      return (
        <ChoiceField
          label={label}
          value={typeof value === 'string' ? value : def.default}
          options={def.options.map((o) => ({ value: o.value, label: o.label[language] }))}
          onChange={onChange}
        />
      );
    case 'instance-type': {
      const current = typeof value === 'string' ? value : def.defaults[provider ?? 'aws'];
      const offered = INSTANCE_TYPES.filter((i) => (provider === undefined ? true : i.provider === provider) || i.id === current);
      const options = offered.map((i) => ({
        value: i.id,
        label: `${i.id} — ${i.vcpu} vCPU, ${i.memoryGiB} GiB${i.gpus > 0 ? `, ${i.gpus}× ${i.gpuModel ?? 'GPU'}` : ''}`,
      }));
      if (!offered.some((i) => i.id === current)) options.unshift({ value: current, label: current });
      return <ChoiceField label={label} value={current} options={options} onChange={onChange} />;
    }
  }
}
