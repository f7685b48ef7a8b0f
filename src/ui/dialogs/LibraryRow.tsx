import { useState } from 'react';
import type { DesignSummary } from '../../platform/designLibrary';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';

interface Props {
  item: DesignSummary;
  current: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function LibraryRow({ item, current, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const t = useT();
  const language = useArch((s) => s.language);
  const [draft, setDraft] = useState<string | null>(null);
  const date = item.updatedAt > 0 ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(item.updatedAt) : null;

  const commit = () => {
    const name = draft?.trim() ?? '';
    setDraft(null);
    if (name !== '' && name !== item.name) onRename(name);
  };

  return (
    <li aria-label={item.name} className="flex items-center gap-3 py-2">
      <div className="min-w-0 flex-1">
        {draft === null ? (
          <div className="flex items-baseline gap-2 text-sm font-semibold">
            <span className="truncate">{item.name}</span>
            {current && <span className="shrink-0 rounded bg-blue-100 px-1.5 text-xs font-normal text-blue-800">{t('library.current')}</span>}
          </div>
        ) : (
          <input
            autoFocus
            aria-label={t('library.renameLabel', { name: item.name })}
            value={draft}
            maxLength={200}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setDraft(null);
              }
            }}
            className="w-full rounded border border-blue-600 px-1 py-0.5 text-sm"
          />
        )}
        <div className="text-xs text-slate-500">
          {t('library.components', { count: item.nodeCount })}
          {date !== null && ` · ${t('library.updated', { date })}`}
        </div>
      </div>
      <Button onClick={onOpen} aria-label={`${t('library.open')} ${item.name}`}>
        {t('library.open')}
      </Button>
      <Button variant="ghost" onClick={() => setDraft(item.name)} aria-label={`${t('library.rename')} ${item.name}`}>
        {t('library.rename')}
      </Button>
      <Button variant="ghost" onClick={onDuplicate} aria-label={`${t('library.duplicate')} ${item.name}`}>
        {t('library.duplicate')}
      </Button>
      <Button variant="ghost" onClick={onDelete} aria-label={`${t('library.delete')} ${item.name}`}>
        {t('library.delete')}
      </Button>
    </li>
  );
}
