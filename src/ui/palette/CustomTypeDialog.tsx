import { useState } from 'react';
import { C4_KINDS, CATALOG, CATEGORIES, ICONS } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';
import { TypeIcon } from '../icons';
import { checkDraft, emptyProperty, type DraftErrors, type TypeDraft } from './customTypeForm';
import { Field, fieldClass } from './Field';
import { PropertyDraftRow } from './PropertyDraftRow';

const initial: TypeDraft = { name: '', category: 'integration', c4: 'container', icon: 'box', technology: '', description: '', props: [] };

/** Defines a component type inside the open design; it then appears in the palette. */
export function CustomTypeDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useArchStoreApi();
  const customTypes = useArch((s) => s.design.customTypes);
  const [draft, setDraft] = useState<TypeDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = <K extends keyof TypeDraft>(key: K, value: TypeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const create = () => {
    const taken = new Set([...CATALOG.map((c) => c.id), ...customTypes.map((c) => c.id)]);
    const result = checkDraft(draft, taken);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    const state = store.getState();
    if (state.dispatch({ op: 'add-custom-type', type: result.type })) {
      state.notify({ kind: 'info', key: 'customType.created', values: { name: result.type.name } });
      onClose();
    }
  };

  return (
    <Modal
      title={t('customType.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('customType.cancel')}</Button>
          <Button variant="primary" onClick={create}>
            {t('customType.create')}
          </Button>
        </>
      }
    >
      <form
        className="grid grid-cols-2 gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <Field className="col-span-2" label={t('customType.name')} error={errors.name}>
          {(props) => <input {...props} autoFocus maxLength={100} value={draft.name} onChange={(e) => set('name', e.target.value)} className={fieldClass} />}
        </Field>
        <Field label={t('customType.category')}>
          {(props) => (
            <select {...props} value={draft.category} onChange={(e) => set('category', e.target.value as TypeDraft['category'])} className={fieldClass}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('customType.c4')}>
          {(props) => (
            <select {...props} value={draft.c4} onChange={(e) => set('c4', e.target.value as TypeDraft['c4'])} className={fieldClass}>
              {C4_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`c4Kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('customType.icon')}>
          {(props) => (
            <div className="flex items-center gap-2">
              <TypeIcon name={draft.icon} size={20} className="text-slate-600" />
              <select {...props} value={draft.icon} onChange={(e) => set('icon', e.target.value as TypeDraft['icon'])} className={fieldClass}>
                {ICONS.map((icon) => (
                  <option key={icon} value={icon}>
                    {icon}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field label={t('customType.technology')}>
          {(props) => <input {...props} maxLength={200} value={draft.technology} onChange={(e) => set('technology', e.target.value)} className={fieldClass} />}
        </Field>
        <Field className="col-span-2" label={t('customType.description')}>
          {(props) => <textarea {...props} rows={2} maxLength={2000} value={draft.description} onChange={(e) => set('description', e.target.value)} className={fieldClass} />}
        </Field>
        <div className="col-span-2">
          <h3 className="mb-1 text-sm font-semibold">{t('customType.properties')}</h3>
          {draft.props.map((p, i) => (
            <PropertyDraftRow
              key={i}
              index={i}
              draft={p}
              errors={errors}
              onChange={(next) => set('props', draft.props.map((q, j) => (j === i ? next : q)))}
              onRemove={() => set('props', draft.props.filter((_, j) => j !== i))}
            />
          ))}
          <Button onClick={() => set('props', [...draft.props, emptyProperty()])}>{t('customType.addProperty')}</Button>
        </div>
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
