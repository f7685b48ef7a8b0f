import { useCallback, useId, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { foldText, GROUP_KINDS, typeDisplayName, type GroupKind, type IconName } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { addedId, addEntryCommand, type PaletteEntry } from '../addComponent';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { CustomTypeDialog } from './CustomTypeDialog';
import { PaletteItem } from './PaletteItem';
import { ProviderSelect } from './ProviderSelect';
import { usePaletteTypes } from './usePaletteTypes';

const GROUP_ICONS: Record<GroupKind, IconName> = {
  system: 'box',
  'trust-zone': 'shield',
  region: 'globe',
  zone: 'layers',
  cluster: 'boxes',
  'edge-site': 'satellite-dish',
};

function matchesQuery(name: string, query: string): boolean {
  const text = foldText(name);
  return foldText(query).split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

/** The component palette: types by category, searchable in the current language. */
export function Palette() {
  const t = useT();
  const store = useArchStoreApi();
  const language = useArch((s) => s.language);
  const provider = useArch((s) => s.design.workload.provider);
  const [query, setQuery] = useState('');
  const [defining, setDefining] = useState(false);
  const sections = usePaletteTypes(query);
  const flow = useReactFlow();
  const headingPrefix = useId();

  const addAtCentre = useCallback(
    (entry: PaletteEntry) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const centre = pane === undefined ? { x: 0, y: 0 } : flow.screenToFlowPosition({ x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 });
      const state = store.getState();
      const command = addEntryCommand(state.design, entry, centre, state.language);
      const id = addedId(command);
      if (!state.dispatch(command) || id === undefined) return;
      state.select([id]);
      const name = command.op === 'add-node' ? command.node.label : command.op === 'add-group' ? command.group.label : id;
      state.notify({ kind: 'info', key: 'palette.added', values: { name } });
    },
    [flow, store],
  );
  const hint = t('palette.addHint');
  const groupKinds = GROUP_KINDS.filter((kind) => matchesQuery(t(`groupKinds.${kind}`), query));

  return (
    <aside aria-label={t('palette.title')} className="flex w-64 shrink-0 flex-col border-r border-slate-200 bg-surface">
      <div className="border-b border-slate-200 p-3">
        <h2 className="mb-2 text-sm font-semibold text-slate-800">{t('palette.title')}</h2>
        <ProviderSelect />
        <input
          type="search"
          aria-label={t('palette.search')}
          placeholder={t('palette.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <div className="flex-1 overflow-auto p-2">
        {sections.length === 0 && groupKinds.length === 0 && <p className="p-2 text-sm text-slate-600">{t('palette.noMatch', { query })}</p>}
        {sections.map(({ category, types }) => (
          <section key={category} aria-labelledby={`${headingPrefix}-${category}`} className="mb-3">
            <h3 id={`${headingPrefix}-${category}`} className="px-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
              {t(`categories.${category}`)}
            </h3>
            <ul aria-labelledby={`${headingPrefix}-${category}`}>
              {types.map((type) => (
                <PaletteItem
                  key={type.id}
                  entry={{ kind: 'type', type }}
                  icon={type.icon}
                  name={typeDisplayName(type, language, provider)}
                  subtitle={type.name[language]}
                  description={type.description[language]}
                  hint={hint}
                  onAdd={addAtCentre}
                />
              ))}
            </ul>
          </section>
        ))}
        {groupKinds.length > 0 && (
          <section aria-labelledby={`${headingPrefix}-groups`} className="mb-3">
            <h3 id={`${headingPrefix}-groups`} className="px-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
              {t('palette.groups')}
            </h3>
            <ul aria-labelledby={`${headingPrefix}-groups`}>
              {groupKinds.map((kind) => (
                <PaletteItem key={kind} entry={{ kind: 'group', groupKind: kind }} icon={GROUP_ICONS[kind]} name={t(`groupKinds.${kind}`)}
                  description={t(`groupKinds.${kind}`)} hint={hint} onAdd={addAtCentre} />
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="border-t border-slate-200 p-2">
        <Button className="w-full justify-center" onClick={() => setDefining(true)}>
          {t('palette.newType')}
        </Button>
      </div>
      {defining && <CustomTypeDialog onClose={() => setDefining(false)} />}
    </aside>
  );
}
