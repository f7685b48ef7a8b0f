import i18next, { type i18n, type TFunction } from 'i18next';
import { en } from './messages/en';
import { fr } from './messages/fr';
import type { MessageKey, MessageValues } from './keys';

export type { MessageKey, MessageValues, Catalogue } from './keys';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogues = { en, fr } as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

/** French for any French locale tag (`fr`, `fr-CA`), English otherwise. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const tag of locales) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * A fresh i18next instance holding both catalogues, initialised synchronously. User text is
 * never escaped here: React renders it as text, and each export escapes for its own format.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, fr: { translation: fr } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const shared = new Map<Language, TFunction>();

/** Translates a message key in a language, for code outside React (core, CLI, exports). */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  let t = shared.get(language);
  if (t === undefined) {
    t = createI18n(language).t;
    shared.set(language, t);
  }
  return t(key, values ?? {}) as string;
}
