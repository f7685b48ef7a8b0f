import { useT } from '../i18n';

/** A quiet "updating" note, shown only when the figures lag behind the design for a moment (large designs). */
export function Updating({ pending }: { pending: boolean }) {
  const t = useT();
  return (
    <span aria-hidden={!pending} className={`text-[11px] text-slate-500 transition-opacity ${pending ? 'opacity-100 delay-300' : 'opacity-0'}`}>
      {t('metrics.updating')}
    </span>
  );
}
