import { isLanguage, LANGUAGES } from '../../core';
import { useArch } from '../../store';
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
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
        className="rounded border border-slate-300 bg-white px-1.5 py-1 text-sm"
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
