import { useArch } from '../../store';
import { useT } from '../i18n';

export function SaveStatus() {
  const t = useT();
  const status = useArch((s) => s.saveStatus);
  const text = status === 'saved' ? t('header.saved') : status === 'saving' ? t('header.saving') : t('header.notSaved');
  return (
    <span role="status" className={`whitespace-nowrap text-xs ${status === 'failed' ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
      {text}
    </span>
  );
}
