import { ADR_STATUSES, adrLabel, adrNumber, decisionSchema, type Decision, type Patch } from '../../core';
import { useArch } from '../../store';
import { ChoiceField } from '../panel/fields/ChoiceField';
import { CommitField } from '../panel/fields/CommitField';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { LinkedElements } from './LinkedElements';

/** A real calendar date written YYYY-MM-DD, as the design file requires (not 2026-02-30). */
const isIsoDate = (text: string) => decisionSchema.shape.date.safeParse(text.trim()).success;

/** Every field of one decision record; each edit is one undoable command. */
export function DecisionEditor({ decision, onRemoved }: { decision: Decision; onRemoved: () => void }) {
  const t = useT();
  const decisions = useArch((s) => s.design.decisions);
  const dispatch = useArch((s) => s.dispatch);
  const notify = useArch((s) => s.notify);
  const update = (patch: Patch<Decision>) => dispatch({ op: 'update-decision', id: decision.id, patch });
  const others = decisions.filter((d) => d.id !== decision.id).sort((a, b) => a.number - b.number);

  const checkNumber = (text: string): string | null => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < 1 || value > 100_000) return t('decisions.numberInvalid');
    if (value === decision.number) return null;
    if (others.some((d) => d.number === value)) return t('decisions.numberTaken', { number: adrNumber(value) });
    if (others.some((d) => d.supersededBy === decision.number)) return t('decisions.numberLinked');
    return null;
  };

  const remove = () => {
    if (!dispatch({ op: 'remove-decision', id: decision.id })) return;
    notify({ kind: 'info', key: 'decisions.removed', values: { number: adrNumber(decision.number) } });
    onRemoved();
  };

  return (
    <div className="space-y-1">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-base font-semibold text-slate-900">
          {t('decisions.heading', { number: adrNumber(decision.number), title: decision.title })}
        </h3>
        <Button variant="ghost" onClick={remove} className="shrink-0 text-red-700">
          {t('decisions.remove')}
        </Button>
      </div>
      <div className="grid grid-cols-[6rem_1fr_9rem] gap-3">
        <CommitField label={t('decisions.number')} value={String(decision.number)} validate={checkNumber}
          onCommit={(text) => update({ number: Number(text.trim()) })} />
        <CommitField label={t('decisions.titleField')} value={decision.title} maxLength={200}
          validate={(text) => (text.trim() === '' ? t('decisions.titleRequired') : null)}
          onCommit={(text) => update({ title: text.trim() })} />
        <CommitField label={t('decisions.date')} value={decision.date} placeholder={t('decisions.datePlaceholder')}
          validate={(text) => (isIsoDate(text) ? null : t('decisions.dateInvalid'))}
          onCommit={(text) => update({ date: text.trim() })} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <ChoiceField label={t('decisions.status')} value={decision.status}
          options={ADR_STATUSES.map((s) => ({ value: s, label: t(`decisions.statuses.${s}`) }))}
          onChange={(status) => update({ status: status as Decision['status'] })} />
        <ChoiceField label={t('decisions.supersededBy')} value={decision.supersededBy === undefined ? '' : String(decision.supersededBy)}
          options={[{ value: '', label: t('decisions.notSuperseded') }, ...others.map((d) => ({ value: String(d.number), label: `${adrLabel(d.number)} ${d.title}` }))]}
          onChange={(value) => update(value === '' ? { supersededBy: null } : { supersededBy: Number(value), status: 'superseded' })} />
      </div>
      <CommitField label={t('decisions.context')} hint={t('decisions.contextHint')} value={decision.context} multiline maxLength={20_000}
        onCommit={(text) => update({ context: text })} />
      <CommitField label={t('decisions.decision')} hint={t('decisions.decisionHint')} value={decision.decision} multiline maxLength={20_000}
        onCommit={(text) => update({ decision: text })} />
      <CommitField label={t('decisions.consequences')} hint={t('decisions.consequencesHint')} value={decision.consequences} multiline maxLength={20_000}
        onCommit={(text) => update({ consequences: text })} />
      <LinkedElements links={decision.links} onChange={(links) => update({ links })} />
    </div>
  );
}
