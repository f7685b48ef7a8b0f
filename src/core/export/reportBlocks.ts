/**
 * The Markdown blocks the report is made of. Each takes plain text and escapes it with
 * `markdownText`, so a section never writes user text into Markdown unescaped.
 */
import { markdownText } from './markdownText';

/** A heading of level 1 to 4 (`## Text`). */
export function heading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${markdownText(text)}`;
}

/** A paragraph of one line of plain text. */
export function line(text: string): string {
  return markdownText(text);
}

/** A bullet list, one item per plain text. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${markdownText(item)}`).join('\n');
}

/** A GitHub table: a header row, then one row per entry; every cell is plain text on one line. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  return [row(headers), `|${headers.map(() => ' --- |').join('')}`, ...rows.map(row)].join('\n');
}

/** Blocks separated by blank lines, empty blocks left out. */
export function blocks(...parts: readonly (string | readonly string[])[]): string {
  return parts
    .flat()
    .filter((part) => part !== '')
    .join('\n\n');
}
