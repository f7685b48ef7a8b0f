import { useEffect } from 'react';
import { labComplete, type Lab, type LabPart } from '../../core';
import { readLabProgress, withPart, writeLabProgress } from '../../platform/labProgress';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { useObjectives } from './useObjectives';

/** A part's objectives against the open design, ticked live; completion is remembered. */
export function ObjectiveList({ lab, part, completed }: { lab: Lab; part: LabPart; completed: boolean }) {
  const t = useT();
  const language = useArch((s) => s.language);
  const results = useObjectives(part);
  const done = labComplete(results);
  const passed = results.filter((r) => r.passed).length;

  useEffect(() => {
    if (done && !completed) writeLabProgress(withPart(readLabProgress(), lab.number, part.id, { completed: true }));
  }, [done, completed, lab.number, part.id]);

  return (
    <section aria-label={t('labs.objectives')} className="mt-2">
      <h3 className="text-sm font-semibold">{t('labs.objectives')}</h3>
      <p role="status" className={`mb-1 text-xs font-medium ${done ? 'text-green-700 dark:text-green-400' : 'text-slate-600'}`}>
        {done ? t('labs.complete') : t('labs.progress', { passed, count: results.length })}
      </p>
      <ul className="space-y-1.5">
        {results.map((r) => (
          <li key={r.id} aria-label={`${r.label[language]}: ${r.passed ? t('labsTab.passed') : t('labsTab.failed')}`}
            className="flex gap-2 text-sm">
            <span aria-hidden="true" className={`mt-0.5 shrink-0 font-bold ${r.passed ? 'text-green-700 dark:text-green-400' : 'text-slate-400'}`}>
              {r.passed ? '✓' : '○'}
            </span>
            <span className="min-w-0">
              <span className={r.passed ? 'text-slate-900' : 'text-slate-800'}>{r.label[language]}</span>
              <span className="block text-xs text-slate-500">{r.detail[language]}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
