import { useId, useMemo } from 'react';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { linkableElements } from './elementNames';

/** The elements a decision is about: each with an Unlink button, and a picker to add one. */
export function LinkedElements({ links, onChange }: { links: readonly string[]; onChange: (links: string[]) => void }) {
  const t = useT();
  const pickerId = useId();
  const design = useArch((s) => s.design);
  const elements = useMemo(() => linkableElements(design), [design]);
  const nameOf = new Map(elements.map((e) => [e.id, e.name]));
  const linked = new Set(links);
  const choices = elements.filter((e) => !linked.has(e.id));

  return (
    <fieldset className="mt-2">
      <legend className="text-xs font-medium text-slate-600">{t('decisions.links')}</legend>
      {links.length === 0 ? (
        <p className="text-sm text-slate-500">{t('decisions.noLinks')}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {links.map((id) => {
            const name = nameOf.get(id) ?? id;
            return (
              <li key={id} className="flex items-center gap-1 rounded border border-slate-300 bg-slate-100 py-0.5 pl-2 text-sm text-slate-800">
                <span className="max-w-56 truncate">{name}</span>
                <Button variant="ghost" className="!px-1.5 !py-0" aria-label={t('decisions.unlink', { name })}
                  onClick={() => onChange(links.filter((link) => link !== id))}>
                  ×
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {choices.length > 0 && (
        <div className="mt-2">
          <label htmlFor={pickerId} className="block text-xs font-medium text-slate-600">
            {t('decisions.addLink')}
          </label>
          <select id={pickerId} value="" onChange={(e) => e.target.value !== '' && onChange([...links, e.target.value])}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm">
            <option value="">{t('decisions.chooseElement')}</option>
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
