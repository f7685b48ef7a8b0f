/**
 * Escaping of user text for the Markdown report (CommonMark with the GitHub extensions: tables,
 * strikethrough, autolinks; GitHub's `$` maths too). What comes out reads as the text typed, in
 * a paragraph, a list item, a heading or a table cell: it can start no block (heading, quote,
 * list, fence, HTML block, table, thematic break), hold no inline markup (emphasis, code, link,
 * image, autolink, raw HTML, entity) and never ends a table cell early.
 */
import { oneLine } from './escape';

/** Characters shown as HTML entities: no raw HTML, no entity read from the user's `&amp;`. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Characters escaped with a backslash wherever they are: `\` itself, code spans, emphasis and
 * strikethrough, links and images, table pipes, headings, maths and e-mail autolinks.
 */
const BACKSLASHED = /[\\`*_[\]|~#$@]/g;

/** `http://…` and `www.…` (even after `_` or `(`) are turned into links by GitHub: break them with an escape. */
const AUTOLINKS = /:(?=\/\/)|(?<=www)\./gi;

/**
 * At the start of a line: `-` and `=` (list marker, thematic break, setext underline), and the
 * list markers `+`, `1.`, `1)` when a space or the end follows them (`1.5 ms` stays as it is).
 */
const LINE_START = /^(?:[-=]|(?:\+|\d+[.)])(?= |$))/;

/** Line and paragraph separators, for texts that keep their lines. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|\p{Cs}/gu;

/**
 * One line of user text as Markdown inline content, safe anywhere a line of text goes: at the
 * start of a line, in a heading, a list item, emphasis or a table cell. Line breaks become
 * spaces, control characters are dropped, surrounding spaces trimmed.
 */
export function markdownText(text: string): string {
  const line = oneLine(text).trim();
  const escaped = line
    .replace(BACKSLASHED, (char) => `\\${char}`)
    .replace(AUTOLINKS, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
  return escaped.replace(LINE_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/**
 * A multi-line user text (an ADR's context, a design's description) as Markdown paragraphs:
 * blank lines separate paragraphs, other line breaks stay soft breaks, and every line is
 * escaped as `markdownText` does, so no line can open a block. Empty when the text is blank.
 */
export function markdownParagraphs(text: string): string {
  const lines = text.replace(/\u2029/g, '\n\n').replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(CONTROLS_BUT_NEWLINE, '');
  return lines
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(markdownText)
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * A fenced code block (` ```mermaid `) around `content`, with a fence longer than any run of
 * backticks in it, so nothing inside can close the block.
 */
export function fencedBlock(info: string, content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = content === '' || content.endsWith('\n') ? content : `${content}\n`;
  return `${fence}${info}\n${body}${fence}`;
}
