import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Checks a typed value: an error message to show beside the field, or null to apply it. */
  validate?: (text: string) => string | null;
  onCommit: (text: string) => void;
  unit?: string;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
}

/**
 * A text or number field that applies its value when the user leaves it or presses Enter
 * (one undo step per edit), reverts on Escape, and shows a bad value's error beside it
 * without applying it.
 */
export function CommitField({ label, value, validate, onCommit, unit, hint, multiline = false, maxLength, placeholder }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;

  const commit = () => {
    if (draft === null) return;
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem !== null) return;
    setDraft(null);
    if (draft !== value) onCommit(draft);
  };
  const describedBy = [error !== null ? `${id}-error` : '', hint !== undefined ? `${id}-hint` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: shown,
    maxLength,
    placeholder,
    'aria-invalid': error !== null,
    ...(describedBy !== '' ? { 'aria-describedby': describedBy } : {}),
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (error !== null) setError(null);
    },
    onBlur: commit,
    onKeyDown: (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
        event.preventDefault();
        commit();
      } else if (event.key === 'Escape') {
        setDraft(null);
        setError(null);
      }
    },
    className: 'min-w-0 flex-1 rounded border border-slate-300 px-1.5 py-1 text-sm aria-[invalid=true]:border-red-600',
  };
  return (
    <div className="mb-2">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <div className="mt-0.5 flex items-center gap-1">
        {multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
        {unit !== undefined && <span className="shrink-0 text-xs text-slate-500">{unit}</span>}
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="text-[11px] text-slate-500">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
