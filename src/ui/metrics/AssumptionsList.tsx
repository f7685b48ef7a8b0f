import type { Assumption } from '../../core';
import { useT } from '../i18n';
import { useNames } from './names';

const MAX_ELEMENTS = 8;

/** What the figures rest on, in the current language, with the components each is about. */
export function AssumptionsList({ assumptions }: { assumptions: readonly Assumption[] }) {
  const t = useT();
  const names = useNames();
  const about = (ids: readonly string[]) => {
    const shown = ids.slice(0, MAX_ELEMENTS).map((id) => names.node(id) === id ? names.edge(id) : names.node(id));
    return shown.join(', ') + (ids.length > MAX_ELEMENTS ? '…' : '');
  };
  return (
    <ul className="list-disc pl-4 text-[11px] leading-snug text-slate-700">
      {assumptions.map((a) => (
        <li key={a.id} className="mb-1">
          {a.text[names.language]}
          {a.elements !== undefined && a.elements.length > 0 && (
            <span className="block text-slate-500">{t('metrics.assumptions.about', { list: about(a.elements) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
