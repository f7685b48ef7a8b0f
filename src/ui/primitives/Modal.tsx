import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** A wider dialog, for editors with long texts. */
  wide?: boolean;
}

/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
export function Modal({ title, onClose, children, footer, role = 'dialog', wide = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto ${wide ? 'w-[min(64rem,95vw)]' : 'w-[min(42rem,92vw)]'} rounded-lg border border-slate-300 bg-surface p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      <div className={`flex flex-col ${wide ? 'h-[85vh]' : 'max-h-[80vh]'}`}>
        <h2 id={titleId} className="border-b border-slate-200 px-5 py-3 text-base font-semibold">
          {title}
        </h2>
        <div className="min-h-0 flex-1 overflow-auto px-5 py-4">{children}</div>
        {footer !== undefined && <div className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3">{footer}</div>}
      </div>
    </dialog>
  );
}
