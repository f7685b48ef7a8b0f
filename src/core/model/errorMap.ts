import type { z } from 'zod';
import { en as zodEn, fr as zodFr } from 'zod/locales';
import { translate, type Language, type MessageKey, type MessageValues } from '../i18n';
import { ID_PATTERN, PROP_NAME_PATTERN, TYPE_ID_PATTERN } from './ids';

const zodLocales = { en: zodEn(), fr: zodFr() } as const;

const patternKeys = new Map<string, MessageKey>([
  [String(ID_PATTERN), 'problem.badId'],
  [String(TYPE_ID_PATTERN), 'problem.badTypeId'],
  [String(PROP_NAME_PATTERN), 'problem.badPropName'],
]);

/**
 * Messages for schema problems in a language: our integrity problems and id patterns get our
 * own wording; every other issue gets zod's localised text.
 */
export function designErrorMap(language: Language): z.core.$ZodErrorMap {
  const locale = zodLocales[language];
  return (issue) => {
    if (issue.code === 'custom') {
      const params = issue.params as { key?: MessageKey; values?: MessageValues } | undefined;
      if (params?.key !== undefined) return translate(language, params.key, params.values);
    }
    // A record key that fails its pattern (a property name, an element id) comes wrapped.
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : issue;
    if (inner?.code === 'invalid_format' && inner.format === 'regex') {
      const key = patternKeys.get(String(inner.pattern));
      if (key !== undefined) return translate(language, key);
    }
    return locale.localeError(issue);
  };
}
