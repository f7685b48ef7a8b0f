import { describe, expect, it } from 'vitest';
import { costCsvFileName, csvField, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Model server')).toBe('Model server');
    expect(csvField(1468.76)).toBe('1468.76');
    expect(csvField(-3)).toBe('-3');
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('the "big" one')).toBe('"the ""big"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('  =1+1')).toBe("'  =1+1");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv([['a', 'b'], ['c,d', 1.5]])).toBe('a,b\r\n"c,d",1.5\r\n');
  });
});

describe('costCsvFileName', () => {
  it('follows the design file name', () => {
    expect(costCsvFileName('Real-time inference service')).toBe('real-time-inference-service-costs.csv');
    expect(costCsvFileName('Été à Paris')).toBe('ete-a-paris-costs.csv');
    expect(costCsvFileName('***')).toBe('design-costs.csv');
  });
});
