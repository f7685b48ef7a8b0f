import { useState } from 'react';
import type { Lab } from '../../core';
import type { LabProgress } from '../../platform/labProgress';
import { removeCustomLab } from '../../platform/customLabs';
import { useArch, useArchStoreApi } from '../../store';
import { useLibrary } from '../PlatformContext';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { ComparisonTable } from './ComparisonTable';
import { Hints } from './Hints';
import { ObjectiveList } from './ObjectiveList';
import { openPart, startPart } from './labActions';
import { Paragraphs } from './paragraphs';

/** One lab: its brief and scenario, its parts to start or resume, the live objectives, the hints. */
export function LabDetail({ lab, custom, progress, onBack }: { lab: Lab; custom: boolean; progress: LabProgress; onBack: () => void }) {
  const t = useT();
  const store = useArchStoreApi();
  const library = useLibrary();
  const language = useArch((s) => s.language);
  const designId = useArch((s) => s.design.id);
  const [missing, setMissing] = useState<string | null>(null);
  const mine = progress[lab.number] ?? {};
  const currentPart = lab.parts.find((p) => mine[p.id]?.designId === designId);
  // Hints belong to the lab: counted once, whichever part is open.
  const hintPart = lab.parts[0]!;

  const resume = async (partId: string, id: string) => {
    setMissing((await openPart(store, library, id)) ? null : partId);
  };

  return (
    <article aria-labelledby="lab-heading">
      <Button variant="ghost" className="-ml-2 mb-1" onClick={onBack}>
        ← {t('labsTab.back')}
      </Button>
      <p className="text-xs text-slate-500">
        {t('labs.lab', { number: lab.number })} · {t('labs.module', { module: lab.module })}
      </p>
      <h2 id="lab-heading" className="mb-2 text-base font-semibold text-slate-900">{lab.title[language]}</h2>
      <h3 className="text-sm font-semibold">{t('labs.brief')}</h3>
      <Paragraphs text={lab.brief[language]} />
      <h3 className="text-sm font-semibold">{t('labs.scenario')}</h3>
      <Paragraphs text={lab.scenario[language]} />

      {lab.parts.map((part) => {
        const title = lab.parts.length > 1 ? part.title[language] : lab.title[language];
        const record = mine[part.id];
        const saved = record?.designId === '' ? undefined : record;
        const isCurrent = part === currentPart;
        return (
          <section key={part.id} aria-label={title} className="mt-3 rounded border border-slate-200 p-2">
            {lab.parts.length > 1 && <h3 className="text-sm font-semibold">{part.title[language]}</h3>}
            {isCurrent ? (
              <>
                <p className="text-xs text-blue-800">{t('labsTab.current')}</p>
                <ObjectiveList lab={lab} part={part} completed={saved?.completed === true} />
              </>
            ) : (
              <div className="flex flex-wrap gap-1.5">
                {saved !== undefined && (
                  <Button onClick={() => void resume(part.id, saved.designId)}>{t('labsTab.resumePart', { title })}</Button>
                )}
                <Button variant={saved === undefined ? 'primary' : 'default'} onClick={() => startPart(store, lab, part.id)}>
                  {t(saved === undefined ? 'labsTab.startPart' : 'labsTab.restartPart', { title })}
                </Button>
                {missing === part.id && <p role="alert" className="text-xs text-red-700">{t('labsTab.missingDesign')}</p>}
                {saved !== undefined && <p className="w-full text-xs text-slate-500">{t('labsTab.otherPart')}</p>}
              </div>
            )}
          </section>
        );
      })}

      {lab.parts.length > 1 && <ComparisonTable lab={lab} progress={progress} />}
      <Hints lab={lab} partId={hintPart.id} shown={mine[hintPart.id]?.hintsShown ?? 0} />
      {custom && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <Button variant="ghost" className="text-red-700" onClick={() => {
            removeCustomLab(lab.number);
            store.getState().notify({ kind: 'info', key: 'labsTab.removed', values: { number: lab.number } });
            onBack();
          }}>
            {t('labsTab.remove')}
          </Button>
        </div>
      )}
    </article>
  );
}
