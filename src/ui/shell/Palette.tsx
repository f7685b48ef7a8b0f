import { useT } from '../i18n';

/** The left area: the component palette (the catalog and its drag-and-drop come later). */
export function Palette() {
  const t = useT();
  return (
    <aside aria-label={t('palette.title')} className="w-60 shrink-0 overflow-auto border-r border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold text-slate-800">{t('palette.title')}</h2>
      <p className="text-sm leading-relaxed text-slate-600">{t('palette.empty')}</p>
    </aside>
  );
}
