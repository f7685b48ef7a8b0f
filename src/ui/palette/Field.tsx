import { useId, type ReactNode } from 'react';
import type { MessageKey } from '../../core';
import { useT } from '../i18n';

export const fieldClass = 'mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm aria-[invalid=true]:border-red-600';

interface FieldProps {
  label: string;
  error?: MessageKey | undefined;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled form field with its error shown beside it (and announced with the field). */
export function Field({ label, error, className = '', children }: FieldProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs text-slate-600">
        {label}
      </label>
      {children({ id, 'aria-invalid': error !== undefined, ...(error !== undefined ? { 'aria-describedby': errorId } : {}) })}
      {error !== undefined && (
        <p id={errorId} className="mt-0.5 text-xs text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  );
}
