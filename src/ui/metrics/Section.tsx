import { useId, useState, type ReactNode } from 'react';
import { ChevronDown } from 'lucide-react';

/** A titled part of the Metrics tab that folds away with its heading's button. */
export function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(true);
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-3 border-b border-slate-200 pb-3 last:border-b-0">
      <div className="mb-1.5 flex items-center gap-1">
        <h3 id={`${id}-heading`} className="min-w-0 flex-1 text-sm font-semibold">
          <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}
            className="flex w-full items-center gap-1 rounded text-left focus-visible:outline-2 focus-visible:outline-blue-600">
            <ChevronDown size={14} aria-hidden className={`shrink-0 text-slate-500 transition-transform ${open ? '' : '-rotate-90'}`} />
            {title}
          </button>
        </h3>
        {open && aside}
      </div>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
