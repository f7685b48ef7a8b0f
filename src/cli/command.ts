import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '../core';
import type { CliIo } from './io';

/** What a command produced: lines for stdout and stderr, and the process exit code. */
export interface CommandResult {
  stdout: string[];
  stderr: string[];
  exitCode: number;
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Everything checked out. */
  ok: 0,
  /** A design file is invalid (or, for later commands, a check failed). */
  invalid: 1,
  /** A file could not be read, or the command line was wrong. */
  usage: 2,
} as const;

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options every command accepts. */
export interface CommonOptions {
  lang: Language;
  format: OutputFormat;
}

export function langOption(defaultLanguage: Language): Option {
  return new Option('--lang <language>', 'language of messages; default from LC_ALL, LC_MESSAGES or LANG (fr when it starts with "fr")')
    .choices([...LANGUAGES])
    .default(defaultLanguage);
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('text');
}

/** What main() hands each command's register function. */
export interface CommandContext {
  io: CliIo;
  /** The language when --lang is not given (from the environment). */
  defaultLanguage: Language;
  /** Records the exit code of the command that ran. */
  setExitCode(code: number): void;
}

/** A command module's entry: adds its subcommand to the program. One file per command. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** Prints a command's result and records its exit code. */
export function emit(context: CommandContext, result: CommandResult): void {
  if (result.stdout.length > 0) context.io.writeOut(`${result.stdout.join('\n')}\n`);
  if (result.stderr.length > 0) context.io.writeErr(`${result.stderr.join('\n')}\n`);
  context.setExitCode(result.exitCode);
}
