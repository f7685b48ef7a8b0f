import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { foldText, resolveType, typeDisplayName } from '../../core';
import { useArch } from '../../store';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';
import { boundsOf } from './fitDesign';

const MAX_RESULTS = 20;

/** Ctrl+K: find a component by name, type or technology, then select it and centre the view on it. */
export function SearchDialog() {
  const t = useT();
  const open = useArch((s) => s.canvasDialog === 'search');
  const close = useArch((s) => s.setCanvasDialog);
  if (!open) return null;
  return <SearchContent onClose={() => close(null)} t={t} />;
}

function SearchContent({ onClose, t }: { onClose: () => void; t: ReturnType<typeof useT> }) {
  const design = useArch((s) => s.design);
  const language = useArch((s) => s.language);
  const select = useArch((s) => s.select);
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return design.nodes
      .map((node) => {
        const type = resolveType(design, node.type);
        const typeName = type === undefined ? node.type : typeDisplayName(type, language, design.workload.provider);
        return { node, typeName, text: foldText(`${node.label} ${typeName} ${node.technology}`) };
      })
      .filter((r) => words.every((w) => r.text.includes(w)))
      .slice(0, MAX_RESULTS);
  }, [design, language, query]);

  const go = (id: string) => {
    // From the design's boxes: React Flow holds only the components near the view.
    const box = boundsOf(design, [id]);
    select([id]);
    onClose();
    if (box === undefined) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
  };

  return (
    <Modal title={t('search.title')} onClose={onClose}>
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="search-results"
        aria-activedescendant={results[active] === undefined ? undefined : `search-${results[active]!.node.id}`}
        aria-label={t('search.input')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter' && results[active] !== undefined) go(results[active]!.node.id);
          else return;
          e.preventDefault();
        }}
        className="mb-2 w-full rounded border border-slate-300 px-2 py-1.5 text-sm"
      />
      {results.length === 0 && <p className="text-sm text-slate-600">{t('search.none')}</p>}
      <ul id="search-results" role="listbox" aria-label={t('search.title')} className="max-h-72 overflow-auto">
        {results.map((r, i) => (
          <li
            key={r.node.id}
            id={`search-${r.node.id}`}
            role="option"
            aria-selected={i === active}
            onClick={() => go(r.node.id)}
            className={`cursor-pointer rounded px-2 py-1 text-sm ${i === active ? 'bg-blue-100' : 'hover:bg-slate-100'}`}
          >
            <span className="font-medium">{r.node.label}</span> <span className="text-xs text-slate-500">{r.typeName}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
