import { isLanguage, LANGUAGES } from '../../core';
import { useArch } from '../../store';
import { rememberLanguage } from '../../platform/preferences';
import { useT } from '../i18n';

export function LanguageSwitch() {
  const t = useT();
  const language = useArch((s) => s.language);
  const setLanguage = useArch((s) => s.setLanguage);
  return (
    <label className="flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{t('header.language')}</span>
      <select
        aria-label={t('header.language')}
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          setLanguage(next);
          rememberLanguage(next);
        }}
        className="rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
