import { RULES, categoryScores, type Evaluation } from '../../core';
import { useT } from '../i18n';

/** A score out of 100 per area of the rules, as labelled bars. */
export function CategoryScores({ evaluation }: { evaluation: Evaluation }) {
  const t = useT();
  const scores = categoryScores(evaluation, RULES).filter((s) => s.score !== undefined);
  if (scores.length === 0) return null;
  return (
    <section aria-labelledby="scores-heading" className="mb-4">
      <h3 id="scores-heading" className="mb-1 text-sm font-semibold">{t('findings.scores')}</h3>
      <ul>
        {scores.map(({ category, score }) => {
          const name = t(`findings.categories.${category}`);
          const value = score ?? 0;
          return (
            <li key={category} className="mb-1 text-xs">
              <div className="flex justify-between"><span>{name}</span><span>{value}</span></div>
              <div role="meter" aria-label={t('findings.scoreLabel', { category: name, score: value })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}
                className="h-1.5 rounded bg-slate-200">
                <div className={`h-1.5 rounded ${value >= 80 ? 'bg-green-600' : value >= 50 ? 'bg-amber-500' : 'bg-red-600'}`} style={{ width: `${value}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
