import type { Lab } from '../../core';
import type { LabProgress } from '../../platform/labProgress';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { AddLabButton } from './AddLabButton';

export type LabStatus = 'notStarted' | 'inProgress' | 'completed';

/** A lab is completed when every part is; started when one part is. */
export function labStatus(lab: Lab, progress: LabProgress): LabStatus {
  // A part counts once it was started in a design (hints alone do not start it).
  const parts = lab.parts.map((p) => progress[lab.number]?.[p.id]).map((p) => (p?.designId === '' ? undefined : p));
  if (parts.every((p) => p?.completed === true)) return 'completed';
  return parts.some((p) => p !== undefined) ? 'inProgress' : 'notStarted';
}

const STATUS_STYLE: Record<LabStatus, string> = {
  notStarted: 'text-slate-500',
  inProgress: 'text-amber-700 dark:text-amber-400',
  completed: 'text-green-700 dark:text-green-400',
};

/** The labs (the course's nine, then those added from files), each with its module and how far the participant got. */
export function LabList({ labs, custom, progress, onOpen }: { labs: readonly Lab[]; custom: readonly Lab[]; progress: LabProgress; onOpen: (lab: number) => void }) {
  const t = useT();
  const language = useArch((s) => s.language);
  return (
    <section aria-labelledby="labs-heading">
      <h2 id="labs-heading" className="text-sm font-semibold">{t('labsTab.list')}</h2>
      <p className="mt-1 mb-3 text-xs leading-relaxed text-slate-600">{t('labsTab.intro')}</p>
      <ul className="space-y-1.5">
        {labs.map((lab) => {
          const status = labStatus(lab, progress);
          const title = lab.title[language];
          const isCustom = custom.includes(lab);
          return (
            <li key={lab.number}>
              <button type="button" onClick={() => onOpen(lab.number)} aria-label={`${t('labsTab.open', { number: lab.number, title })} (${t(`labsTab.${status}`)}${isCustom ? `, ${t('labsTab.custom')}` : ''})`}
                className="w-full rounded border border-slate-200 px-2.5 py-2 text-left hover:bg-slate-100">
                <span className="block text-xs text-slate-500">
                  {t('labs.lab', { number: lab.number })} · {t('labs.module', { module: lab.module })}
                  {isCustom && ` · ${t('labsTab.custom')}`}
                </span>
                <span className="block text-sm font-medium text-slate-900">{title}</span>
                <span className={`block text-xs font-medium ${STATUS_STYLE[status]}`}>{t(`labsTab.${status}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <AddLabButton onAdded={onOpen} />
    </section>
  );
}
