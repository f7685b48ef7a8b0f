import type { Language } from '../i18n';
import type { Finding, Localized, ParamValue, Rule } from './types';

const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * Fills a template's `{name}` slots with parameters. The result is plain text: whoever shows it
 * (React, the terminal, a Markdown or SARIF writer) escapes it for its own medium.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, ParamValue>>, language: Language): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, language);
    return typeof value === 'string' ? value : value[language];
  });
}

export function localize(text: Localized, language: Language): string {
  return text[language];
}

/** A finding in words: its rule's title, its message with the elements named, why, how to fix. */
export interface FindingText {
  readonly title: string;
  readonly message: string;
  readonly why: string;
  readonly fix: string;
}

export function describeFinding(finding: Finding, rule: Rule, language: Language): FindingText {
  const template = rule.messages[finding.message] ?? rule.messages.default!;
  return {
    title: rule.title[language],
    message: fillTemplate(template[language], finding.params, language),
    why: rule.why[language],
    fix: rule.fix[language],
  };
}
