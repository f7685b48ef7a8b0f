import { FILE_SUFFIX } from '../../core';
import { designFileName } from '../../platform/files';

/**
 * CSV text (RFC 4180): fields with a comma, a quote or a line break are quoted, quotes doubled.
 * A text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return, after any spaces) is neutralised with a leading apostrophe. Numbers are written as is.
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^(\s*[=+\-@]|[\t\r])/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `my-design-costs.csv` for a design named "My design". */
export function costCsvFileName(designName: string): string {
  return `${designFileName(designName).slice(0, -FILE_SUFFIX.length)}-costs.csv`;
}
