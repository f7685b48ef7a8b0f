import type { Lab } from '../../core';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { revealHint } from './labActions';
import { Paragraphs } from './paragraphs';

/** The lab's hints, from gentle to explicit, shown one at a time on request. */
export function Hints({ lab, partId, shown }: { lab: Lab; partId: string; shown: number }) {
  const t = useT();
  const language = useArch((s) => s.language);
  const total = lab.hints.length;
  return (
    <section aria-label={t('labs.hints')} className="mt-4">
      <h3 className="text-sm font-semibold">{t('labs.hints')}</h3>
      <ol className="mt-1 space-y-2">
        {lab.hints.slice(0, shown).map((hint, i) => (
          <li key={i} className="rounded border border-amber-200 bg-amber-50 px-2 py-1.5 dark:border-amber-900">
            <p className="text-xs font-medium text-amber-900 dark:text-amber-300">{t('labsTab.hintCount', { n: i + 1, total })}</p>
            <Paragraphs text={hint[language]} />
          </li>
        ))}
      </ol>
      {shown < total ? (
        <Button className="mt-2" onClick={() => revealHint(lab, partId)}>
          {t('labs.showHint')}
        </Button>
      ) : (
        <p className="mt-1 text-xs text-slate-500">{t('labsTab.noMoreHints')}</p>
      )}
    </section>
  );
}
