import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import {
  DEFAULT_VIEW,
  EXPORT_VIEWS,
  TEXT_EXPORT_FORMATS,
  VIEWS_OF,
  describeProblem,
  exportText,
  parseDesignText,
  translate,
  type ExportView,
  type Language,
  type TextExportFormat,
} from '../../core';
import { describeReadError, readInputs, type FileInput } from '../io';
import { emit, EXIT, langOption, type CommandResult, type RegisterCommand } from '../command';
import { validateOne } from './validate';
import type { WritingIo } from './layout';

/** The formats of `--format`: the text exports of the core. */
export const EXPORT_FORMATS = TEXT_EXPORT_FORMATS;
export type ExportFormat = TextExportFormat;

export interface ExportOptions {
  lang: Language;
  format: ExportFormat;
  /** The view to draw (plantuml, mermaid); `DEFAULT_VIEW` when not given. */
  view?: ExportView;
  /** Where to write the export; standard output when not given. */
  output?: string;
}

/** Writes a file (UTF-8); throws as node:fs does. */
export type WriteText = (path: string, text: string) => void;

const writeWithNode: WriteText = (path, text) => writeFileSync(path, text, 'utf8');

function usage(message: string): CommandResult {
  return { stdout: [], stderr: [message], exitCode: EXIT.usage };
}

/** Why `--view` does not fit `--format`, or undefined when it does. */
function viewProblem(format: ExportFormat, view: ExportView | undefined, lang: Language): string | undefined {
  if (view === undefined) return undefined;
  const views = VIEWS_OF[format];
  if (views.length === 0) return translate(lang, 'cliExport.noView', { format });
  if (!views.includes(view)) return translate(lang, 'cliExport.viewUnavailable', { format, view, views: views.join(', ') });
  return undefined;
}

/** The name of a format in messages (`exported “X” as Structurizr DSL`). */
function formatName(format: ExportFormat, lang: Language): string {
  return format === 'markdown' ? translate(lang, 'report.formatName') : translate(lang, `cliExport.formats.${format}`);
}

/**
 * `archlab export`, without the process around it: reads one design and returns it as Structurizr
 * DSL (every view), C4-PlantUML or Mermaid C4 (one view), the Markdown architecture document
 * (every view, undated so that the same design gives the same file), or a design file (JSON, in
 * the current schema version), on stdout or written to `options.output` with one line saying so.
 * 0: exported; 2: the file cannot be read or is invalid (its problems on stderr, as `validate`
 * words them), `--view` does not fit `--format`, or the output cannot be written.
 */
export function runExport(input: FileInput, options: ExportOptions, writeText: WriteText = writeWithNode): CommandResult {
  const { lang, format, output } = options;
  const problem = viewProblem(format, options.view, lang);
  if (problem !== undefined) return usage(problem);
  if ('readError' in input) {
    const report = validateOne(input, lang);
    const reason = 'readError' in report ? report.readError : input.readError;
    return usage(translate(lang, 'cli.cannotRead', { file: input.file, reason }));
  }
  const parsed = parseDesignText(input.text, { language: lang });
  if (!parsed.ok) {
    return {
      stdout: [],
      stderr: [translate(lang, 'cli.invalid', { file: input.file, count: parsed.problems.length }), ...parsed.problems.map((p) => `  ${describeProblem(p)}`)],
      exitCode: EXIT.usage,
    };
  }
  const { design } = parsed;
  const view = options.view ?? DEFAULT_VIEW;
  const text = exportText(design, format, { language: lang, view });

  if (output === undefined) return { stdout: [text.replace(/\n$/, '')], stderr: [], exitCode: EXIT.ok };
  try {
    writeText(output, text);
  } catch (error) {
    return usage(translate(lang, 'cli.cannotWrite', { file: output, reason: describeReadError(error) }));
  }
  const name = formatName(format, lang);
  const done =
    VIEWS_OF[format].length === 0
      ? translate(lang, 'cliExport.done', { name: design.name, format: name, file: output })
      : translate(lang, 'cliExport.doneView', { name: design.name, format: name, view: translate(lang, `cliExport.views.${view}`), file: output });
  return { stdout: [done], stderr: [], exitCode: EXIT.ok };
}

export const registerExport: RegisterCommand = (program: Command, context) => {
  program
    .command('export')
    .description('export a design as Structurizr DSL, C4-PlantUML, Mermaid C4, a Markdown architecture document or a design file (JSON)')
    .argument('<file>', 'design file (.archlab.json)')
    .addOption(new Option('--format <format>', 'what to export to').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .addOption(
      new Option('--view <view>', `the C4 view to draw (plantuml: every view, mermaid: context, container); default: ${DEFAULT_VIEW}`).choices([
        ...EXPORT_VIEWS,
      ]),
    )
    .option('-o, --output <file>', 'write the export to this file instead of standard output')
    .addOption(langOption(context.defaultLanguage))
    .addHelpText(
      'after',
      [
        '',
        'structurizr: a Structurizr DSL workspace with every view (context, container, deployment).',
        'plantuml: one C4-PlantUML diagram (context, container or deployment). mermaid: one Mermaid C4',
        'diagram (context or container). markdown: the architecture document (goals and workload, the',
        'context and container diagrams in Mermaid, components, connections, findings, sizing, latency,',
        'availability, cost and decision records), without a date, so the same design gives the same file.',
        'json: the design file, in the current schema version.',
        '--view applies to plantuml and mermaid only. Labels are written in the --lang language.',
        'Exit codes: 0 exported, 2 the file cannot be read or is invalid (problems on standard error),',
        'the output cannot be written, --view does not fit --format, or the usage is wrong.',
        '',
        'Examples:',
        '  archlab export examples/realtime-inference.archlab.json --format structurizr -o workspace.dsl',
        '  archlab export design.archlab.json --format plantuml --view deployment > deployment.puml',
        '  archlab export design.archlab.json --format mermaid --view context --lang fr',
        '  archlab export design.archlab.json --format markdown -o ARCHITECTURE.md',
      ].join('\n'),
    )
    .action((file: string, options: ExportOptions) => {
      const io = context.io as WritingIo;
      const writeText = io.writeText?.bind(io) ?? writeWithNode;
      const [input] = readInputs(context.io, [file]);
      emit(context, runExport(input as FileInput, options, writeText));
    });
};
