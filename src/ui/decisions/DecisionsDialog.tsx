import { useState } from 'react';
import { adrLabel, draftDecision, localIsoDate } from '../../core';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';
import { DecisionEditor } from './DecisionEditor';

/** The design's architecture decision records: a list to pick from, add to, and an editor. */
export function DecisionsDialog() {
  const open = useArch((s) => s.decisionsOpen);
  return open ? <DecisionsContent /> : null;
}

function DecisionsContent() {
  const t = useT();
  const decisions = useArch((s) => s.design.decisions);
  const dispatch = useArch((s) => s.dispatch);
  const setOpen = useArch((s) => s.setDecisionsOpen);
  const [chosen, setChosen] = useState<string | null>(decisions[0]?.id ?? null);
  const sorted = [...decisions].sort((a, b) => a.number - b.number);
  const current = decisions.find((d) => d.id === chosen) ?? sorted[0];

  const add = () => {
    const draft = draftDecision({ decisions }, t('decisions.newTitle'), localIsoDate(new Date()));
    if (dispatch({ op: 'add-decision', decision: draft })) setChosen(draft.id);
  };

  return (
    <Modal
      title={t('decisions.title')}
      onClose={() => setOpen(false)}
      wide
      footer={<Button onClick={() => setOpen(false)}>{t('decisions.close')}</Button>}
    >
      <div className="grid h-full grid-cols-[16rem_1fr] gap-5">
        <nav aria-label={t('decisions.list')} className="flex min-h-0 flex-col gap-2 border-r border-slate-200 pr-4">
          <Button variant="primary" onClick={add} className="self-start">
            {t('decisions.add')}
          </Button>
          {sorted.length === 0 ? (
            <p className="text-sm text-slate-600">{t('decisions.empty')}</p>
          ) : (
            <ul className="min-h-0 flex-1 space-y-1 overflow-auto">
              {sorted.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    aria-current={d.id === current?.id ? 'true' : undefined}
                    onClick={() => setChosen(d.id)}
                    className={`w-full rounded px-2 py-1.5 text-left text-sm ${d.id === current?.id ? 'bg-blue-50 font-semibold text-blue-900' : 'text-slate-800 hover:bg-slate-100'}`}
                  >
                    <span className="block truncate">
                      {adrLabel(d.number)} {d.title}
                    </span>
                    <span className="block text-xs font-normal text-slate-500">
                      {t(`decisions.statuses.${d.status}`)} · {d.date}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <section className="min-h-0 overflow-auto">
          {current === undefined ? (
            <p className="text-sm text-slate-600">{t('decisions.select')}</p>
          ) : (
            <DecisionEditor key={current.id} decision={current} onRemoved={() => setChosen(null)} />
          )}
        </section>
      </div>
    </Modal>
  );
}
