import type { Localized } from '../../catalog/schema';
import { LANGUAGES, translate, type Language, type MessageKey } from '../../i18n';

/** Values of a detail message: fixed, or worked out per language (numbers in the language's style). */
export type DetailValues = Readonly<Record<string, string | number | ((language: Language) => string)>>;

/** A message of the `labs` catalogue section in both languages, its values filled per language. */
export function localized(key: MessageKey, values: DetailValues = {}): Localized {
  const out = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const filled: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values)) filled[name] = typeof value === 'function' ? value(language) : value;
    out[language] = translate(language, key, filled);
  }
  return out;
}

/** Two texts joined per language with the catalogue's separator (`; ` / ` ; `). */
export function joined(parts: readonly Localized[]): Localized {
  return {
    en: parts.map((p) => p.en).join(translate('en', 'labs.separator')),
    fr: parts.map((p) => p.fr).join(translate('fr', 'labs.separator')),
  };
}
