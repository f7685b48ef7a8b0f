import { CircleCheck, CircleX } from 'lucide-react';

/** A pass or fail mark, named for screen readers when the text beside it does not say it (colour is never the only sign). */
export function Verdict({ ok, label }: { ok: boolean; label?: string }) {
  const Icon = ok ? CircleCheck : CircleX;
  const colour = `shrink-0 self-center ${ok ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'}`;
  return label === undefined ? <Icon aria-hidden size={13} className={colour} /> : <Icon role="img" aria-label={label} size={13} className={colour} />;
}
