import { useEffect } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';

const LIFETIME_MS = 6_000;

/** Short messages (opened, refused change) in a polite live region; each fades after a while. */
export function Notices() {
  const t = useT();
  const notices = useArch((s) => s.notices);
  const dismiss = useArch((s) => s.dismissNotice);
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => dismiss(notices[0]!.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex -translate-x-1/2 flex-col gap-2">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`pointer-events-auto flex items-center gap-3 rounded px-3 py-2 text-sm shadow-lg ${notice.kind === 'error' ? 'bg-red-700 text-white' : 'bg-slate-800 text-slate-50'}`}
        >
          <span>{t(notice.key, notice.values)}</span>
          <button type="button" className="text-xs underline" onClick={() => dismiss(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
