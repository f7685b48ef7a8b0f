import { NODE_FACTS, resolveType, typeDisplayName, type DesignNode } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { CommitField } from './fields/CommitField';
import { ConnectTo } from './ConnectTo';
import { TypedPropertyField } from './TypedPropertyField';
import { FactsFieldset } from './FactsFieldset';

/** Edits a component: name, technology, description, its type's properties; connects and deletes it. */
export function NodeInspector({ node }: { node: DesignNode }) {
  const t = useT();
  const store = useArchStoreApi();
  const design = useArch((s) => s.design);
  const language = useArch((s) => s.language);
  const dispatch = useArch((s) => s.dispatch);
  const type = resolveType(design, node.type);
  const update = (patch: Partial<DesignNode>) => dispatch({ op: 'update-node', id: node.id, patch });

  return (
    <section aria-label={node.label}>
      <h3 className="mb-1 text-base font-semibold break-words">{node.label}</h3>
      <p className="mb-3 text-xs text-slate-500">
        {t('inspector.typeLine', { name: type === undefined ? node.type : typeDisplayName(type, language, design.workload.provider) })}
      </p>
      <CommitField key={`${node.id}-label`} label={t('inspector.label')} value={node.label} maxLength={200}
        validate={(text) => (text.trim() === '' ? t('customType.required') : null)} onCommit={(text) => update({ label: text.trim() })} />
      <CommitField key={`${node.id}-tech`} label={t('inspector.technology')} value={node.technology} maxLength={200} onCommit={(technology) => update({ technology })} />
      <CommitField key={`${node.id}-desc`} label={t('inspector.description')} value={node.description} multiline maxLength={20_000} onCommit={(description) => update({ description })} />
      {type === undefined && <p className="mb-2 text-xs text-amber-800">{t('inspector.unknownType', { type: node.type })}</p>}
      {type !== undefined && type.props.length > 0 && (
        <fieldset className="mb-3 border-t border-slate-200 pt-2">
          <legend className="text-xs font-semibold text-slate-700">{t('inspector.properties')}</legend>
          {type.props.map((def) => (
            <TypedPropertyField key={`${node.id}-${def.key}`} def={def} value={node.props[def.key]} language={language}
              provider={design.workload.provider} onChange={(value) => update({ props: { ...node.props, [def.key]: value } })} />
          ))}
        </fieldset>
      )}
      <FactsFieldset owner={node.id} facts={NODE_FACTS} values={node.props} language={language} provider={design.workload.provider}
        onChange={(props) => update({ props })} />
      <ConnectTo key={node.id} node={node} />
      <Button variant="danger" onClick={() => dispatch({ op: 'remove-node', id: node.id }) && store.getState().clearSelection()}>
        {t('inspector.delete')}
      </Button>
    </section>
  );
}
