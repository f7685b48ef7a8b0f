import { useEffect } from 'react';
import { Moon } from 'lucide-react';
import { useArch } from '../../store';
import { rememberTheme } from '../../platform/preferences';
import { useT } from '../i18n';

/** Switches dark mode; the theme is a class on <html>, remembered for next time. */
export function ThemeToggle() {
  const t = useT();
  const theme = useArch((s) => s.theme);
  const setTheme = useArch((s) => s.setTheme);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      aria-label={t('header.darkMode')}
      title={t('header.darkMode')}
      onClick={() => {
        const next = theme === 'dark' ? 'light' : 'dark';
        setTheme(next);
        rememberTheme(next);
      }}
      className={`rounded p-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 ${theme === 'dark' ? 'bg-blue-100' : ''}`}
    >
      <Moon size={16} aria-hidden="true" />
    </button>
  );
}
