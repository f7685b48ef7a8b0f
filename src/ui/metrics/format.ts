import { catalogues, type Currency, type Language, type MessageKey } from '../../core';
import type { Translate } from '../i18n';

/** Numbers, money, percentages and units as a person reads them in each language. */

const formats = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US', options);
    formats.set(key, format);
  }
  return format;
}

/** A number with at most `digits` decimals (`1,234.5` / `1 234,5`). */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return formatter(language, { maximumFractionDigits: digits }).format(value);
}

/** A rate or size with enough decimals for small values (0.07) and none for large ones. */
export function formatAmount(value: number, language: Language): string {
  const abs = Math.abs(value);
  return formatNumber(value, language, abs === 0 || abs >= 100 ? 0 : abs >= 1 ? 1 : abs >= 0.01 ? 3 : 6);
}

/** A formula input in full: prices keep their tenths of a cent (1.006 USD/h), large figures their cents. */
export function formatPrecise(value: number, language: Language): string {
  return formatNumber(value, language, Math.abs(value) >= 1_000 ? 2 : 4);
}

/** A percentage; near 100 it keeps its nines (99.9995 %). */
export function formatPercent(value: number, language: Language, t: Translate): string {
  const digits = value >= 99 && value < 100 ? Math.min(6, Math.max(2, Math.ceil(-Math.log10(100 - value)) + 1)) : 1;
  return t('metrics.percent', { value: formatNumber(value, language, digits) });
}

/** An amount of money: whole units from 100 up, cents below. */
export function formatMoney(value: number, currency: Currency, language: Language): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return formatter(language, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Downtime in hours, shown in hours, minutes or seconds, whichever reads best. */
export function formatDowntime(hours: number, language: Language, t: Translate): string {
  if (hours >= 1) return t('metrics.availability.hours', { value: formatNumber(hours, language, 1) });
  if (hours * 60 >= 1) return t('metrics.availability.minutes', { value: formatNumber(hours * 60, language, 1) });
  return t('metrics.availability.seconds', { value: formatNumber(hours * 3_600, language, 1) });
}

const UNIT_WORDS = catalogues.en.metrics.unitWords;

/** A unit of the core (`GB/day`, `USD/GB-month`, `events/s`) in the language; `count` is no unit. `short` for narrow columns. */
export function localUnit(unit: string, t: Translate, short = false): string {
  if (unit === 'count') return '';
  return unit
    .split(/([/-])/)
    .map((part) => {
      const word = short && part === 'events' ? 'eventsShort' : part;
      return Object.hasOwn(UNIT_WORDS, word) ? t(`metrics.unitWords.${word}` as MessageKey) : part;
    })
    .join('');
}

/** A value with its unit, kept on one line; `precise` for a formula's inputs. */
export function withUnit(value: number, unit: string, language: Language, t: Translate, precise = false): string {
  if (unit === '%') return precise ? t('metrics.percent', { value: formatPrecise(value, language) }) : formatPercent(value, language, t);
  const shown = localUnit(unit, t);
  const number = precise ? formatPrecise(value, language) : formatAmount(value, language);
  return shown === '' ? number : `${number}\u00a0${shown}`;
}
