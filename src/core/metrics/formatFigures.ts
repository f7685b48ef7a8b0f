/**
 * Numbers of the metrics in words, in the language's style: the CLI (`archlab metrics`) and the
 * Markdown report write the same figures the same way. Plain text: whoever prints it escapes it.
 */
import { translate, type Language } from '../i18n';

const formats = new Map<string, Intl.NumberFormat>();

/** A number in the language's style (`1,234.5` / `1 234,5`), at most `digits` decimals. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  const key = `${language}|${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** A rate or size with enough decimals to show small values (0.07 req/s) without noise on large ones. */
export function formatAmount(value: number, language: Language): string {
  const abs = Math.abs(value);
  return formatNumber(value, language, abs === 0 || abs >= 100 ? 0 : abs >= 1 ? 1 : abs >= 0.01 ? 3 : 6);
}

/** A percentage (`99.95%` / `99,95 %`); values near 100 keep their nines (99.9999 %). */
export function formatPercent(value: number, language: Language): string {
  const digits = value >= 99 && value < 100 ? Math.min(6, Math.max(2, Math.ceil(-Math.log10(100 - value)) + 1)) : 1;
  return translate(language, 'metricsCli.percent', { value: formatNumber(value, language, digits) });
}

/** An amount of money: whole units from 100 up, cents below. */
export function formatMoney(value: number, language: Language): string {
  return formatNumber(value, language, value >= 100 ? 0 : 2);
}
