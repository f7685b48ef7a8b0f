import { useRef, useState } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';

/** The design's name, editable in place: Enter or leaving the field applies, Escape reverts. */
export function DesignNameField() {
  const t = useT();
  const name = useArch((s) => s.design.name);
  const dispatch = useArch((s) => s.dispatch);
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);

  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false;
      setDraft(null);
      return;
    }
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next !== '' && next !== name) dispatch({ op: 'update-design', patch: { name: next } });
  };

  return (
    <input
      aria-label={t('header.designName')}
      value={draft ?? name}
      maxLength={200}
      size={Math.min(48, Math.max(16, (draft ?? name).length + 2))}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
      className="w-64 min-w-40 shrink rounded border border-transparent bg-transparent px-2 py-1 text-base font-semibold text-slate-900 hover:border-slate-300 focus:border-blue-600 focus:bg-surface focus:outline-none"
    />
  );
}
