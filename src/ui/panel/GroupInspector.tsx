import { GROUP_KINDS, type DesignGroup } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { ChoiceField } from './fields/ChoiceField';
import { CommitField } from './fields/CommitField';

/** Edits a group: name, kind, description; deletes it (what it holds moves up a level). */
export function GroupInspector({ group }: { group: DesignGroup }) {
  const t = useT();
  const store = useArchStoreApi();
  const dispatch = useArch((s) => s.dispatch);
  const update = (patch: Partial<DesignGroup>) => dispatch({ op: 'update-group', id: group.id, patch });
  return (
    <section aria-label={group.label}>
      <h3 className="mb-3 text-base font-semibold break-words">{group.label}</h3>
      <CommitField key={`${group.id}-label`} label={t('inspector.label')} value={group.label} maxLength={200}
        validate={(text) => (text.trim() === '' ? t('customType.required') : null)} onCommit={(text) => update({ label: text.trim() })} />
      <ChoiceField label={t('inspector.kind')} value={group.kind} options={GROUP_KINDS.map((k) => ({ value: k, label: t(`groupKinds.${k}`) }))}
        onChange={(kind) => update({ kind: kind as DesignGroup['kind'] })} />
      <CommitField key={`${group.id}-desc`} label={t('inspector.description')} value={group.description} multiline maxLength={20_000}
        onCommit={(description) => update({ description })} />
      <Button variant="danger" onClick={() => dispatch({ op: 'remove-group', id: group.id }) && store.getState().clearSelection()}>
        {t('inspector.delete')}
      </Button>
    </section>
  );
}
