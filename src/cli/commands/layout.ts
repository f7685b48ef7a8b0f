import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { applyCommand, describeProblem, parseDesignText, serializeDesign, translate, type Language } from '../../core';
import { LayoutError, layoutDesign, type LayoutDirection, type LayoutEngine } from '../../core/layout';
import { describeReadError, readInputs, type CliIo, type FileInput } from '../io';
import { emit, EXIT, langOption, type CommandResult, type RegisterCommand } from '../command';
import { validateOne } from './validate';

export const LAYOUT_DIRECTIONS = ['LR', 'TB'] as const;

export interface LayoutCommandOptions {
  lang: Language;
  /** The direction to lay out in; the file's own direction when not given. */
  direction?: LayoutDirection;
  /** Where to write the laid-out design; standard output when not given. */
  output?: string;
}

export interface LayoutDeps {
  engine: LayoutEngine;
  /** Writes a file (UTF-8); throws as node:fs does. */
  writeText(path: string, text: string): void;
  /** Time limit of the layout (ms). */
  timeoutMs: number;
}

/**
 * What the CLI's io may add to write files. The command uses it when present (tests pass one),
 * node:fs otherwise.
 */
export interface WritingIo extends CliIo {
  writeText?(path: string, text: string): void;
}

/** Time limit of `archlab layout`: generous, a terminal can wait longer than a page. */
export const CLI_LAYOUT_TIMEOUT_MS = 60_000;

function problemsResult(file: string, problems: readonly { path: string; message: string }[], lang: Language): CommandResult {
  return {
    stdout: [],
    stderr: [translate(lang, 'cli.invalid', { file, count: problems.length }), ...problems.map((p) => `  ${describeProblem(p)}`)],
    exitCode: EXIT.invalid,
  };
}

function failureReason(error: unknown, lang: Language, timeoutMs: number): string {
  if (error instanceof LayoutError && error.cause === 'timeout') {
    const seconds = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(timeoutMs / 1000);
    return translate(lang, 'cli.layoutTimedOut', { seconds });
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * `archlab layout`, without the process around it: reads one design, lays it out with ELK and
 * returns the laid-out design file as text on stdout, or writes it to `options.output` and
 * says so. 0: laid out; 1: the file is invalid (its problems on stderr, as `validate` prints
 * them) or the layout failed; 2: the file cannot be read or the output cannot be written.
 * Only positions, group sizes and the layout direction change; a file of an older schema
 * version comes out in the current one.
 */
export async function runLayout(input: FileInput, options: LayoutCommandOptions, deps: LayoutDeps): Promise<CommandResult> {
  const { lang } = options;
  if ('readError' in input) {
    const report = validateOne(input, lang);
    const reason = 'readError' in report ? report.readError : input.readError;
    return { stdout: [], stderr: [translate(lang, 'cli.cannotRead', { file: input.file, reason })], exitCode: EXIT.usage };
  }
  const parsed = parseDesignText(input.text, { language: lang });
  if (!parsed.ok) return problemsResult(input.file, parsed.problems, lang);

  const { design } = parsed;
  const direction = options.direction ?? design.layout.direction;
  let text: string;
  try {
    const command = await layoutDesign(design, direction, deps.engine, deps.timeoutMs);
    text = serializeDesign(applyCommand(design, command).design);
  } catch (error) {
    const reason = failureReason(error, lang, deps.timeoutMs);
    return { stdout: [], stderr: [translate(lang, 'cli.layoutFailed', { file: input.file, reason })], exitCode: EXIT.invalid };
  }

  if (options.output === undefined) return { stdout: [text.replace(/\n$/, '')], stderr: [], exitCode: EXIT.ok };
  try {
    deps.writeText(options.output, text);
  } catch (error) {
    const reason = describeReadError(error);
    return { stdout: [], stderr: [translate(lang, 'cli.cannotWrite', { file: options.output, reason })], exitCode: EXIT.usage };
  }
  const done = translate(lang, 'cli.layoutDone', {
    name: design.name,
    nodes: design.nodes.length,
    groups: design.groups.length,
    direction: translate(lang, `cli.layoutDirections.${direction}`),
    file: options.output,
  });
  return { stdout: [done], stderr: [], exitCode: EXIT.ok };
}

export const registerLayout: RegisterCommand = (program: Command, context) => {
  program
    .command('layout')
    .description('arrange a design automatically (ELK layered layout) and write it with the new positions')
    .argument('<file>', 'design file (.archlab.json)')
    .option('-o, --output <file>', 'write the laid-out design to this file (it may be the input file) instead of standard output')
    .addOption(
      new Option('--direction <direction>', "LR: left to right, TB: top to bottom; default: the file's direction").choices([
        ...LAYOUT_DIRECTIONS,
      ]),
    )
    .addOption(langOption(context.defaultLanguage))
    .addHelpText(
      'after',
      [
        '',
        'Moves every component and group (groups are resized to hold their content) and records the',
        'direction; nothing else in the design changes. Without -o, prints the design file on standard output.',
        'Exit codes: 0 laid out, 1 the file is invalid (problems on standard error) or the layout failed,',
        '2 the file cannot be read, the output cannot be written or the usage is wrong.',
        '',
        'Examples:',
        '  archlab layout examples/fraud-detection.archlab.json -o fraud.archlab.json',
        '  archlab layout --direction TB design.archlab.json -o design.archlab.json',
      ].join('\n'),
    )
    .action(async (file: string, options: LayoutCommandOptions) => {
      // Loaded here, not at start-up: the bundled ELK is large and the other commands do not need it.
      const { createNodeLayoutEngine } = await import('../layoutEngine');
      const io = context.io as WritingIo;
      const writeText = io.writeText?.bind(io) ?? ((path: string, text: string) => writeFileSync(path, text, 'utf8'));
      const [input] = readInputs(context.io, [file]);
      const deps: LayoutDeps = { engine: createNodeLayoutEngine(), writeText, timeoutMs: CLI_LAYOUT_TIMEOUT_MS };
      emit(context, await runLayout(input as FileInput, options, deps));
    });
};
