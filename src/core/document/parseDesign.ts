import { designSchema } from '../model/schema';
import type { Design } from '../model/types';
import { designErrorMap } from '../model/errorMap';
import type { Language, MessageKey, MessageValues } from '../i18n';
import { CURRENT_VERSION, FORMAT } from './envelope';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { formatPath, problem, type Problem } from './problems';

export type ParseResult =
  | { ok: true; design: Design; version: number }
  | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** Language of the problem messages (default English). */
  language?: Language;
  /** Migrations to run (tests pass their own); the shipped ones by default. */
  migrations?: readonly Migration[];
  /** The version to migrate to (tests only). */
  currentVersion?: number;
  /**
   * Validate without zod's compiled (eval-based) validators, as the browser app must under its
   * Content-Security-Policy. Node callers get the faster compiled path by default.
   */
  jitless?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a design envelope: checks the envelope, migrates older versions, validates the design
 * and its cross-references. Never throws; on failure returns every problem with its path.
 */
export function parseDesign(input: unknown, options: ParseOptions = {}): ParseResult {
  const language = options.language ?? 'en';
  const current = options.currentVersion ?? CURRENT_VERSION;
  const fail = (path: PropertyKey[], key: MessageKey, values?: MessageValues): ParseResult => ({
    ok: false,
    problems: [problem(language, path, key, values)],
  });

  if (!isRecord(input)) return fail([], 'problem.notObject');
  if (input.format !== FORMAT) return fail(['format'], 'problem.notArchlab');
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(['version'], 'problem.badVersion');
  }
  if (version > current) return fail(['version'], 'problem.newerVersion', { version, current });

  const migrated = runMigrations(input.design, version, current, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) {
    const { from, to, detail } = migrated;
    return fail(['design'], 'problem.migrationFailed', { from, to, detail });
  }

  const result = designSchema.safeParse(migrated.design, { error: designErrorMap(language), jitless: options.jitless === true });
  if (result.success) return { ok: true, design: result.data, version };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(['design', ...issue.path]), message: issue.message })),
  };
}

/** Parses the text of a design file; JSON syntax errors become a problem with line and column. */
export function parseDesignText(text: string, options: ParseOptions = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = describeJsonError(text, error);
    return { ok: false, problems: [problem(options.language ?? 'en', [], 'problem.notJson', { detail })] };
  }
  return parseDesign(data, options);
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/line \d+/.test(message)) return message;
  // V8 gives no position for some errors ("Unexpected token", "Unexpected end"): find it.
  const position = /position (\d+)/.exec(message);
  const offset = position === null ? jsonErrorOffset(text) : Number(position[1]);
  if (offset === undefined) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Offset of the first JSON syntax error in `text`, or undefined if there is none. Iterative. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const open: string[] = [];
  let want: 'value' | 'first-value' | 'key' | 'first-key' | 'after' = 'value';
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** Moves past a string starting at `i`; on an error, stops on the offending character. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i += 1; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return true;
      }
      if (code < 0x20 || (code === 0x5c && !match(ESCAPE))) return false;
      if (code !== 0x5c) i += 1;
    }
    return false;
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
    const c = text[i];
    const close = open.at(-1) === '{' ? '}' : ']';
    if (want === 'after') {
      if (open.length === 0) return i < text.length ? i : undefined;
      if (c === ',') want = close === '}' ? 'key' : 'value';
      else if (c === close) open.pop();
      else return i;
      i += 1;
    } else if ((want === 'first-key' && c === '}') || (want === 'first-value' && c === ']')) {
      open.pop();
      i += 1;
      want = 'after';
    } else if (want === 'key' || want === 'first-key') {
      if (!string()) return i;
      while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
      if (text[i] !== ':') return i;
      i += 1;
      want = 'value';
    } else if (c === '{' || c === '[') {
      open.push(c);
      i += 1;
      want = c === '{' ? 'first-key' : 'first-value';
    } else if (c === '"' ? string() : match(SCALAR)) want = 'after';
    else return i;
  }
}
