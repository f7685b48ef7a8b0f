import { designErrorMap, type Language } from '../../core';
import type { Translate } from '../i18n';
import { readNumber } from '../panel/fields/numbers';

interface FieldSchema {
  safeParse: (value: unknown, options: object) => { success: boolean; error?: { issues: readonly { message: string }[] } };
}

/** A field's check by the file schema's own rule, with its message in the language: null when the value is good. */
export function numberCheck(schema: FieldSchema, language: Language, t: Translate) {
  return (text: string): string | null => {
    const value = readNumber(text);
    if (value === null) return t('metrics.workload.notNumber');
    const result = schema.safeParse(value, { error: designErrorMap(language) });
    return result.success ? null : (result.error?.issues[0]?.message ?? t('metrics.workload.notNumber'));
  };
}

export function textCheck(schema: FieldSchema, language: Language) {
  return (text: string): string | null => {
    const result = schema.safeParse(text, { error: designErrorMap(language) });
    return result.success ? null : (result.error?.issues[0]?.message ?? null);
  };
}
