import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, formatNumber, formatPercent } from './formatFigures';

describe('metric formatters', () => {
  it('write numbers in the language’s style', () => {
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(1234.56, 'fr', 2)).toBe('1\u202f234,56');
  });

  it('give small amounts enough decimals, large ones none', () => {
    expect(formatAmount(0.07, 'en')).toBe('0.07');
    expect(formatAmount(0.0001234, 'en')).toBe('0.000123');
    expect(formatAmount(1.25, 'en')).toBe('1.3');
    expect(formatAmount(1234.5, 'en')).toBe('1,235');
  });

  it('keep the nines of percentages near 100', () => {
    expect(formatPercent(99.95, 'en')).toBe('99.95%');
    expect(formatPercent(99.9999, 'en')).toBe('99.9999%');
    expect(formatPercent(46.15, 'en')).toBe('46.2%');
  });

  it('write money in whole units from 100 up', () => {
    expect(formatMoney(78.084, 'en')).toBe('78.08');
    expect(formatMoney(1468.7, 'en')).toBe('1,469');
  });
});
