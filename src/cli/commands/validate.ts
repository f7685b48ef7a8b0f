import type { Command } from 'commander';
import { describeProblem, parseDesignText, translate, type Language, type MessageKey, type Problem } from '../../core';
import { readInputs, type FileInput } from '../io';
import { emit, EXIT, formatOption, langOption, type CommandResult, type CommonOptions, type RegisterCommand } from '../command';

/** What `validate --format json` prints for a design that loads. */
export interface DesignSummary {
  id: string;
  name: string;
  components: number;
  connections: number;
  groups: number;
  decisions: number;
  /** The schema version the file was written in (before migrations). */
  schemaVersion: number;
}

/** One line of `validate --format json` output (JSON Lines: one object per file). */
export type ValidateReport =
  | { file: string; valid: true; summary: DesignSummary }
  | { file: string; valid: false; problems: Problem[] }
  | { file: string; valid: false; readError: string };

const READ_ERRORS: Record<string, MessageKey> = {
  ENOENT: 'cli.readError.notFound',
  EISDIR: 'cli.readError.isDirectory',
  EACCES: 'cli.readError.permission',
  EPERM: 'cli.readError.permission',
};

/** Why a file could not be read, in the user's language where the reason is a common one. */
function readReason(input: Extract<FileInput, { readError: string }>, language: Language): string {
  const key = input.code === undefined ? undefined : READ_ERRORS[input.code];
  return key === undefined ? input.readError : translate(language, key);
}

/** Checks one file's text and reports it, in the given language. */
export function validateOne(input: FileInput, language: Language): ValidateReport {
  if ('readError' in input) return { file: input.file, valid: false, readError: readReason(input, language) };
  const result = parseDesignText(input.text, { language });
  if (!result.ok) return { file: input.file, valid: false, problems: result.problems };
  const { design, version } = result;
  return {
    file: input.file,
    valid: true,
    summary: {
      id: design.id,
      name: design.name,
      components: design.nodes.length,
      connections: design.edges.length,
      groups: design.groups.length,
      decisions: design.decisions.length,
      schemaVersion: version,
    },
  };
}

/**
 * `archlab validate`, without the side effects: takes the files' texts (or read errors) and
 * returns the lines to print and the exit code. 0: every file is valid; 1: some file is
 * invalid; 2: some file could not be read (this wins over 1).
 */
export function runValidate(inputs: readonly FileInput[], options: CommonOptions): CommandResult {
  const { lang, format } = options;
  const stdout: string[] = [];
  const stderr: string[] = [];
  let exitCode: number = EXIT.ok;
  const several = inputs.length > 1;

  for (const input of inputs) {
    const report = validateOne(input, lang);
    if ('readError' in report) {
      stderr.push(translate(lang, 'cli.cannotRead', { file: report.file, reason: report.readError }));
      exitCode = EXIT.usage;
    } else if (!report.valid && exitCode === EXIT.ok) {
      exitCode = EXIT.invalid;
    }
    if (format === 'json') {
      stdout.push(JSON.stringify(report));
      continue;
    }
    if (report.valid) {
      const { summary } = report;
      const line = translate(lang, 'cli.valid', {
        name: summary.name,
        nodes: summary.components,
        edges: summary.connections,
        groups: summary.groups,
        version: summary.schemaVersion,
      });
      stdout.push(several ? translate(lang, 'cli.fileLine', { file: report.file, line }) : line);
    } else if ('problems' in report) {
      stdout.push(translate(lang, 'cli.invalid', { file: report.file, count: report.problems.length }));
      for (const p of report.problems) stdout.push(`  ${describeProblem(p)}`);
    }
  }
  return { stdout, stderr, exitCode };
}

export const registerValidate: RegisterCommand = (program: Command, context) => {
  program
    .command('validate')
    .description('check that design files load: envelope, schema version, fields and cross-references')
    .argument('<file...>', 'design files (.archlab.json)')
    .addOption(langOption(context.defaultLanguage))
    .addOption(formatOption())
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 every file is valid, 1 a file is invalid, 2 a file cannot be read or the usage is wrong.',
        'With --format json, prints one JSON object per file and line: { file, valid, summary | problems | readError }.',
        '',
        'Examples:',
        '  archlab validate examples/fraud-detection.archlab.json',
        '  archlab validate --lang fr --format json examples/*.archlab.json',
      ].join('\n'),
    )
    .action((files: string[], options: CommonOptions) => {
      emit(context, runValidate(readInputs(context.io, files), options));
    });
};
