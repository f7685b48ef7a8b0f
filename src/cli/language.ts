import type { Language } from '../core';

/**
 * The CLI's default language from the POSIX locale variables, in their order of precedence
 * (LC_ALL, then LC_MESSAGES, then LANG): French when the locale starts with `fr`
 * (`fr`, `fr_FR.UTF-8`, `fr_CA`), English otherwise (including `C` and `POSIX`).
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  return 'en';
}
