import { useMemo } from 'react';
import { PATTERN_INFO, TEMPLATES, localize, newId, templateDesign } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';

/** The reference architectures a design can start from. */
export function TemplateGallery() {
  const open = useArch((s) => s.templatesOpen);
  return open ? <GalleryContent /> : null;
}

function GalleryContent() {
  const t = useT();
  const store = useArchStoreApi();
  const language = useArch((s) => s.language);
  const setOpen = useArch((s) => s.setTemplatesOpen);
  // The component count of each template, read once from its design.
  const sizes = useMemo(() => new Map(TEMPLATES.map((tpl) => [tpl.id, templateDesign(tpl.id, 'en', 'count').nodes.length])), []);

  const use = (id: string) => {
    const state = store.getState();
    const design = templateDesign(id, state.language, newId('design'));
    state.loadDesign(design);
    state.notify({ kind: 'info', key: 'templates.opened', values: { name: design.name } });
    setOpen(false);
  };

  return (
    <Modal title={t('templates.title')} onClose={() => setOpen(false)} wide footer={<Button onClick={() => setOpen(false)}>{t('templates.close')}</Button>}>
      <p className="mb-4 text-sm text-slate-700">{t('templates.intro')}</p>
      <ul aria-label={t('templates.list')} className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:grid-cols-3">
        {TEMPLATES.map((tpl) => {
          const name = localize(tpl.name, language);
          return (
            <li key={tpl.id} aria-label={name} className="flex flex-col rounded-lg border border-slate-200 p-3">
              <h3 className="font-semibold text-slate-900">{name}</h3>
              <p className="text-xs text-slate-500">{t('templates.components', { count: sizes.get(tpl.id) ?? 0 })}</p>
              <p className="mt-1 flex-1 text-sm text-slate-700">{localize(tpl.summary, language)}</p>
              <ul className="mt-2 flex flex-wrap gap-1">
                {tpl.patterns.map((p) => (
                  <li key={p} className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-900">
                    {localize(PATTERN_INFO[p].name, language)}
                  </li>
                ))}
              </ul>
              <Button variant="primary" className="mt-3 self-start" onClick={() => use(tpl.id)}>
                {t('templates.use', { name })}
              </Button>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
