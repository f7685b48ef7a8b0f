import { UNITS, type MessageKey, type Unit } from '../../core';
import { useT } from '../i18n';
import type { PropertyDraft } from './customTypeForm';
import { Field, fieldClass } from './Field';

interface Props {
  index: number;
  draft: PropertyDraft;
  errors: Record<string, MessageKey>;
  onChange: (next: PropertyDraft) => void;
  onRemove: () => void;
}

/** One property of a custom type being defined. */
export function PropertyDraftRow({ index, draft, errors, onChange, onRemove }: Props) {
  const t = useT();
  const n = index + 1;
  const error = (field: string) => errors[`props.${index}.${field}`];
  const set = <K extends keyof PropertyDraft>(key: K, value: PropertyDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <fieldset className="mb-2 grid grid-cols-6 gap-2 rounded border border-slate-200 p-2">
      <Field className="col-span-3" label={t('customType.propLabel', { n })} error={error('label')}>
        {(props) => <input {...props} value={draft.label} onChange={(e) => set('label', e.target.value)} className={fieldClass} />}
      </Field>
      <Field className="col-span-2" label={t('customType.propKind', { n })}>
        {(props) => (
          <select
            {...props}
            value={draft.kind}
            onChange={(e) => onChange({ ...draft, kind: e.target.value === 'boolean' ? 'boolean' : 'number', default: e.target.value === 'boolean' ? 'false' : '1' })}
            className={fieldClass}
          >
            <option value="number">{t('customType.number')}</option>
            <option value="boolean">{t('customType.boolean')}</option>
          </select>
        )}
      </Field>
      <button type="button" onClick={onRemove} aria-label={t('customType.removeProperty', { n })} className="self-end rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
        ✕
      </button>
      {draft.kind === 'number' ? (
        <>
          <Field className="col-span-2" label={t('customType.propUnit', { n })}>
            {(props) => (
              <select {...props} value={draft.unit} onChange={(e) => set('unit', e.target.value as Unit)} className={fieldClass}>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {(['default', 'min', 'max'] as const).map((field) => (
            <Field
              key={field}
              className={field === 'default' ? 'col-span-2' : 'col-span-1'}
              label={t(field === 'default' ? 'customType.propDefault' : field === 'min' ? 'customType.propMin' : 'customType.propMax', { n })}
              error={error(field)}
            >
              {(props) => <input {...props} inputMode="decimal" value={draft[field]} onChange={(e) => set(field, e.target.value)} className={fieldClass} />}
            </Field>
          ))}
        </>
      ) : (
        <Field className="col-span-3" label={t('customType.propDefault', { n })}>
          {(props) => (
            <select {...props} value={draft.default} onChange={(e) => set('default', e.target.value)} className={fieldClass}>
              <option value="false">{t('customType.no')}</option>
              <option value="true">{t('customType.yes')}</option>
            </select>
          )}
        </Field>
      )}
    </fieldset>
  );
}
