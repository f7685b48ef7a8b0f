import { memo } from 'react';
import { markKey, useArch } from '../../store';
import { useMark } from './useMark';

const COLOURS: Record<string, string> = {
  error: 'bg-red-700 text-white',
  warning: 'bg-amber-400 text-slate-900',
  info: 'bg-sky-700 text-white',
};

/**
 * The findings of one canvas element: a small count in the colour of its worst severity. Each
 * badge subscribes to a one-string summary, so it re-renders only when its own findings change;
 * an element without findings stops there (no translation hook for each of thousands).
 */
export const FindingBadge = memo(function FindingBadge({ id, className = '' }: { id: string; className?: string }) {
  const key = useArch((s) => markKey(s.evaluation, id));
  return key === '' ? null : <Badge markKey={key} className={className} />;
});

function Badge({ markKey: key, className }: { markKey: string; className: string }) {
  const { severity, count, label } = useMark(key);
  return (
    <span role="img" aria-label={label} title={label}
      className={`inline-flex h-4 min-w-4 items-center justify-center rounded-full px-1 text-[10px] leading-none font-bold ${COLOURS[severity]} ${className}`}>
      {count}
    </span>
  );
}
