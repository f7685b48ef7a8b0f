import { isLanguage, languageFromLocales, type Language } from '../core';

/** Small settings kept in localStorage: the language and the design open last. */
const LANGUAGE_KEY = 'archlab:language';
const LAST_DESIGN_KEY = 'archlab:last-design';
const SNAP_KEY = 'archlab:snap-to-grid';
const THEME_KEY = 'archlab:theme';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, quota): the setting lasts for this visit only.
  }
}

/** The remembered language, else the browser's. */
export function initialLanguage(): Language {
  const saved = read(LANGUAGE_KEY);
  if (isLanguage(saved)) return saved;
  return languageFromLocales(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function rememberLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}

export function lastDesignId(): string | null {
  return read(LAST_DESIGN_KEY);
}

export function rememberLastDesign(id: string): void {
  write(LAST_DESIGN_KEY, id);
}

export function snapToGridPreference(): boolean {
  return read(SNAP_KEY) === 'true';
}

export function rememberSnapToGrid(snap: boolean): void {
  write(SNAP_KEY, String(snap));
}

/** The remembered theme, else the system's. */
export function initialTheme(): 'light' | 'dark' {
  const saved = read(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function rememberTheme(theme: 'light' | 'dark'): void {
  write(THEME_KEY, theme);
}
