import { describe, expect, it } from 'vitest';
import { frenchSpacing, translateTypeset } from './reportTypography';

describe('frenchSpacing', () => {
  it('puts a no-break space before : ; ? ! % » and after «', () => {
    expect(frenchSpacing('Total : 5 ; marge 30 % « oui » ? non !')).toBe('Total\u00a0: 5\u00a0; marge 30\u00a0% «\u00a0oui\u00a0»\u00a0? non\u00a0!');
  });

  it('leaves colons without a space before them alone', () => {
    expect(frenchSpacing('https://x 12:30')).toBe('https://x 12:30');
  });
});

describe('translateTypeset', () => {
  it('respaces the French message but not the values filled in', () => {
    expect(translateTypeset('fr', 'metricsCli.workload.sources', { list: 'a : b ; c' })).toBe('La charge entre par\u00a0: a : b ; c');
    expect(translateTypeset('fr', 'metricsCli.cost.notPriced', { count: 2 })).toMatch(/^2 composants non facturés/);
  });

  it('leaves English as it is', () => {
    expect(translateTypeset('en', 'metricsCli.workload.sources', { list: 'a : b' })).toBe('Load enters at: a : b');
  });
});
