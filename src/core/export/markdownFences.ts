/**
 * For the tests: a Markdown text cut into its fenced code blocks and the lines outside them, by
 * CommonMark's rules (a fence of three or more backticks or tildes, indented by at most three
 * spaces, closed by a fence of the same character at least as long, with nothing after it).
 */

export interface FencedCode {
  readonly info: string;
  /** The lines between the fences, each followed by a newline. */
  readonly content: string;
}

export interface MarkdownFences {
  readonly fences: readonly FencedCode[];
  /** Every line outside the fenced blocks, in order. */
  readonly outside: readonly string[];
}

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;

export function splitFences(markdown: string): MarkdownFences {
  const fences: FencedCode[] = [];
  const outside: string[] = [];
  let open: { fence: string; info: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open !== undefined) {
      const char = open.fence[0]!;
      const closing = new RegExp(`^ {0,3}\\${char}{${open.fence.length},} *$`);
      if (closing.test(line)) {
        fences.push({ info: open.info, content: open.lines.map((l) => `${l}\n`).join('') });
        open = undefined;
      } else open.lines.push(line);
      continue;
    }
    const match = OPENING.exec(line);
    // A backtick fence's info string may not hold a backtick.
    if (match !== null && !(match[1]!.startsWith('`') && match[2]!.includes('`'))) {
      open = { fence: match[1]!, info: match[2]!.trim(), lines: [] };
    } else outside.push(line);
  }
  if (open !== undefined) fences.push({ info: open.info, content: open.lines.map((l) => `${l}\n`).join('') });
  return { fences, outside };
}
