import { describe, expect, it } from 'vitest';
import { catalogues, createI18n, isLanguage, languageFromLocales, translate, LANGUAGES } from './index';

/** Every leaf of a nested catalogue as `dotted.key -> message`. */
function leaves(catalogue: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const en = leaves(catalogues.en);
const fr = leaves(catalogues.fr);

describe('catalogues', () => {
  it('have exactly the same keys in English and French', () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(50);
  });

  it('have no empty message', () => {
    for (const [language, messages] of [['en', en], ['fr', fr]] as const) {
      const empty = [...messages].filter(([, m]) => m.trim() === '').map(([k]) => `${language}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('keep every English placeholder in the French message', () => {
    const missing = [...en].flatMap(([key, message]) => {
      const french = fr.get(key) ?? '';
      return placeholders(message)
        .filter((name) => !placeholders(french).includes(name))
        .map((name) => `${key}: {{${name}}}`);
    });
    expect(missing).toEqual([]);
  });

  it('give every plural key both its one and other forms', () => {
    for (const messages of [en, fr]) {
      const plural = [...messages.keys()].filter((k) => /_(one|other)$/.test(k));
      for (const key of plural) {
        const base = key.replace(/_(one|other)$/, '');
        expect(messages.has(`${base}_one`) && messages.has(`${base}_other`), base).toBe(true);
      }
    }
  });
});

describe('languageFromLocales', () => {
  it('picks French for any French tag, in order of preference', () => {
    expect(languageFromLocales(['fr'])).toBe('fr');
    expect(languageFromLocales(['fr-CA', 'en-US'])).toBe('fr');
    expect(languageFromLocales(['FR-be'])).toBe('fr');
    expect(languageFromLocales(['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(languageFromLocales(['en-GB', 'fr-FR'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(languageFromLocales([])).toBe('en');
    expect(languageFromLocales(['de', 'ja-JP'])).toBe('en');
    expect(languageFromLocales(['', 'french'])).toBe('en');
  });

  it('knows its languages', () => {
    expect([...LANGUAGES].sort()).toEqual(['en', 'fr']);
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('fr-CA')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});

describe('translate', () => {
  it('translates a key in each language', () => {
    expect(translate('en', 'header.undo')).toBe('Undo');
    expect(translate('fr', 'header.undo')).toBe('Annuler');
  });

  it('fills placeholders without escaping user text', () => {
    expect(translate('en', 'notices.opened', { name: '<b>"R&D"</b>' })).toBe('Opened “<b>"R&D"</b>”.');
    expect(translate('fr', 'problem.unknownAdr', { number: 7 })).toBe('aucune décision ne porte le numéro 7');
  });

  it('does not expand i18next syntax found in user values', () => {
    expect(translate('en', 'notices.opened', { name: '$t(app.name) {{count}}' })).toBe('Opened “$t(app.name) {{count}}”.');
  });

  it('chooses the plural form from the count, in English', () => {
    expect(translate('en', 'library.components', { count: 1 })).toBe('1 component');
    expect(translate('en', 'library.components', { count: 2 })).toBe('2 components');
    expect(translate('en', 'library.components', { count: 0 })).toBe('0 components');
    expect(translate('en', 'cli.invalid', { file: 'a.json', count: 1 })).toBe('a.json: 1 problem');
  });

  it('chooses the plural form from the count, in French (where 0 is singular)', () => {
    expect(translate('fr', 'library.components', { count: 1 })).toBe('1 composant');
    expect(translate('fr', 'library.components', { count: 2 })).toBe('2 composants');
    expect(translate('fr', 'library.components', { count: 0 })).toBe('0 composant');
    expect(translate('fr', 'importDialog.intro', { file: 'x.json', count: 2 })).toBe(
      '« x.json » comporte 2 problèmes. La conception ouverte n’a pas été modifiée.',
    );
  });

  it('gives a fresh instance per createI18n that can change language', () => {
    const i18n = createI18n('fr');
    expect(i18n.t('header.save')).toBe('Enregistrer');
    void i18n.changeLanguage('en');
    expect(i18n.t('header.save')).toBe('Save');
    expect(createI18n('fr').t('header.save')).toBe('Enregistrer');
  });
});

describe('French plurals from a million up', () => {
  it('stay French', () => {
    expect(translate('fr', 'library.components', { count: 1_000_000 })).toBe('1000000 composants');
    expect(translate('en', 'library.components', { count: 1_000_000 })).toBe('1000000 components');
  });
});
