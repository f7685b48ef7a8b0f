import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, type MessageKey, type MessageValues } from '../core';
import { useArch } from '../store';

/** Provides the core's catalogues to React and follows the store's language. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useArch((s) => s.language);
  // One instance for the app's life; language changes go through changeLanguage.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const i18n = useMemo(() => createI18n(language), []);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      <TranslateProvider>{children}</TranslateProvider>
    </I18nextProvider>
  );
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

const TranslateContext = createContext<Translate | undefined>(undefined);

/**
 * One translation hook for the whole app, handed down by context: a canvas of thousands of
 * elements would otherwise subscribe thousands of times to language changes.
 */
function TranslateProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const translate = useCallback<Translate>((key, values) => t(key, values ?? {}) as string, [t]);
  return <TranslateContext.Provider value={translate}>{children}</TranslateContext.Provider>;
}

/** A typed translate function: only keys of the catalogues compile. */
export function useT(): Translate {
  const t = useContext(TranslateContext);
  if (t === undefined) throw new Error('useT needs the I18nProvider above it');
  return t;
}
