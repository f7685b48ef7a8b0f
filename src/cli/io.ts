import { readFileSync } from 'node:fs';

/**
 * What the CLI needs from the outside world. main() gets the real one; tests pass their own,
 * so every command can run in-process without touching the terminal or the disk.
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds line ends). */
  writeOut(text: string): void;
  /** Writes text to standard error (the caller adds line ends). */
  writeErr(text: string): void;
  /** Reads a file as UTF-8 text; throws as node:fs does (ENOENT, EISDIR, EACCES...). */
  readText(path: string): string;
  /** The environment (LANG, LC_ALL...). */
  env: Readonly<Record<string, string | undefined>>;
}

export const nodeIo: CliIo = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, 'utf8'),
  env: process.env,
};

/** A file the user named: its text, or why it could not be read. */
export type FileInput = { file: string; text: string } | { file: string; readError: string; code?: string };

/** Reads the named files; a failure becomes a reason instead of an exception. */
export function readInputs(io: CliIo, files: readonly string[]): FileInput[] {
  return files.map((file) => {
    try {
      return { file, text: stripBom(io.readText(file)) };
    } catch (error) {
      const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
      return code === undefined ? { file, readError: describeReadError(error) } : { file, readError: describeReadError(error), code };
    }
  });
}

/** Editors on Windows may start UTF-8 files with a byte order mark; JSON.parse rejects it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `ENOENT: no such file or directory`, without the syscall and path Node appends. */
export function describeReadError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error.message.replace(/, \w+ '.*'$/s, '');
  return code !== undefined && !message.startsWith(code) ? `${code}: ${message}` : message;
}
