import { useId, useMemo, useState } from 'react';
import { connectCommand, foldText, type DesignNode } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { useT } from '../i18n';
import { formatNumber } from '../metrics/format';
import { Button } from '../primitives/Button';
import { ChoiceField } from './fields/ChoiceField';

/**
 * How many components "Connect to…" lists. Past it, a search field narrows the list: a list of
 * thousands of components took a quarter of a second to build each time a component was
 * selected on a 10,000-component design, and nobody scrolls through it.
 */
export const CONNECT_LIST_MAX = 100;

/** Connects the component to another, chosen by name: the keyboard's way to draw a connection. */
export function ConnectTo({ node }: { node: DesignNode }) {
  const t = useT();
  const store = useArchStoreApi();
  const nodes = useArch((s) => s.design.nodes);
  const language = useArch((s) => s.language);
  const [target, setTarget] = useState('');
  const [query, setQuery] = useState('');
  const searchId = useId();

  const others = useMemo(() => nodes.filter((n) => n.id !== node.id), [nodes, node.id]);
  const listed = useMemo(() => {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    const matching = words.length === 0 ? others : others.filter((n) => words.every((w) => foldText(n.label).includes(w)));
    return matching.slice(0, CONNECT_LIST_MAX);
  }, [others, query]);
  if (others.length === 0) return null;
  const chosen = listed.some((n) => n.id === target) ? target : listed[0]?.id;

  const connect = () => {
    if (chosen === undefined) return;
    const state = store.getState();
    const result = connectCommand(state.design, node.id, chosen);
    if (!result.ok) state.notify({ kind: 'error', key: result.reason, values: result.values });
    else if (state.dispatch(result.command)) state.select([result.edgeId]);
  };

  return (
    <div className="mb-3 border-t border-slate-200 pt-2">
      {others.length > CONNECT_LIST_MAX && (
        <div className="mb-2">
          <label htmlFor={searchId} className="block text-xs font-medium text-slate-600">
            {t('inspector.connectFilter')}
          </label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${searchId}-shown`}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm" />
          <p id={`${searchId}-shown`} className="text-[11px] text-slate-500">
            {listed.length === 0
              ? t('inspector.connectNone')
              : t('inspector.connectShown', { shown: formatNumber(listed.length, language), total: formatNumber(others.length, language) })}
          </p>
        </div>
      )}
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          {chosen !== undefined && (
            <ChoiceField label={t('inspector.connectTo')} value={chosen} options={listed.map((n) => ({ value: n.id, label: n.label }))} onChange={setTarget} />
          )}
        </div>
        <Button className="mb-2" onClick={connect} disabled={chosen === undefined}>{t('inspector.connect')}</Button>
      </div>
    </div>
  );
}
