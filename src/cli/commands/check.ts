import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import {
  checkDesign,
  describeFinding,
  describeProblem,
  evaluateRules,
  parseDesignText,
  RULES,
  SEVERITIES,
  translate,
  type Evaluation,
  type Finding,
  type Language,
  type Rule,
  type RuleCategory,
  type Severity,
} from '../../core';
import { readInputs, type FileInput } from '../io';
import { emit, EXIT, langOption, type CommandResult, type RegisterCommand } from '../command';
import { validateOne } from './validate';
import { checkWithLab } from './checkLab';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The lowest severity that fails the check, or `none` to never fail on findings. */
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CheckOptions {
  lang: Language;
  format: CheckFormat;
  failOn: FailOn;
}

/** One finding as `check --format json` prints it. */
export interface FindingReport {
  ruleId: string;
  severity: Severity;
  category: RuleCategory;
  module: number;
  message: string;
  title: string;
  nodes: string[];
  edges: string[];
  groups: string[];
  fixable: boolean;
}

export type SeverityCounts = Record<Severity, number>;

/** What `check --format json` prints: one object, keys always in this order. */
export interface CheckReport {
  file: string;
  findings: FindingReport[];
  counts: SeverityCounts;
}

/** Control characters (a design's names could hold terminal escape sequences) as U+FFFD. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** How many findings of each severity. */
export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Whether a finding of this severity reaches the --fail-on threshold. */
export function reachesThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

function ruleOf(rules: ReadonlyMap<string, Rule>, finding: Finding): Rule {
  const rule = rules.get(finding.ruleId);
  if (rule === undefined) throw new Error(`no rule ${finding.ruleId}`);
  return rule;
}

function elementIds(finding: Finding): string[] {
  return [...finding.nodes, ...finding.edges, ...finding.groups];
}

/** `1 error, 2 warnings, 0 suggestions`, or `no findings`. */
function countsText(counts: SeverityCounts, lang: Language): string {
  if (counts.error + counts.warning + counts.info === 0) return translate(lang, 'cliCheck.none');
  return [
    translate(lang, 'findings.errors', { count: counts.error }),
    translate(lang, 'findings.warnings', { count: counts.warning }),
    translate(lang, 'findings.infos', { count: counts.info }),
  ].join(', ');
}

/** Findings grouped by severity, one line each, then the counts. */
function textLines(file: string, evaluation: Evaluation, rules: ReadonlyMap<string, Rule>, lang: Language): string[] {
  const lines: string[] = [];
  const width = Math.max(...SEVERITIES.map((s) => s.length));
  for (const severity of SEVERITIES) {
    const group = evaluation.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(translate(lang, `cliCheck.headings.${severity}`, { count: group.length }));
    for (const finding of group) {
      const { message } = describeFinding(finding, ruleOf(rules, finding), lang);
      const ids = elementIds(finding);
      const where = ids.length === 0 ? '' : ` [${ids.join(', ')}]`;
      lines.push(`  ${severity.padEnd(width)}  ${finding.ruleId}  ${printable(message)}${where}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const rulesChecked = translate(lang, 'cliCheck.rulesChecked', { count: evaluation.evaluated.length });
  lines.push(translate(lang, 'cliCheck.summary', { file, counts: countsText(countFindings(evaluation.findings), lang), rules: rulesChecked }));
  return lines;
}

export function checkReport(file: string, evaluation: Evaluation, rules: ReadonlyMap<string, Rule>, lang: Language): CheckReport {
  return {
    file,
    findings: evaluation.findings.map((finding) => {
      const text = describeFinding(finding, ruleOf(rules, finding), lang);
      return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        category: finding.category,
        module: finding.module,
        message: text.message,
        title: text.title,
        nodes: [...finding.nodes],
        edges: [...finding.edges],
        groups: [...finding.groups],
        fixable: finding.fix !== undefined,
      };
    }),
    counts: countFindings(evaluation.findings),
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The file as a SARIF artifact URI: a relative path stays relative (GitHub resolves it from the
 * repository root), with `/` separators and each segment percent-encoded; an absolute path
 * becomes a file: URI.
 */
export function sarifUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The line (1-based) where an element is defined in the file: the first `"id": "<id>"` after the
 * start of the nodes (before it sits the design's own id), else anywhere, else line 1.
 */
export function lineOf(text: string, id: string): number {
  const pattern = new RegExp(`"id"\\s*:\\s*${escapeRegExp(JSON.stringify(id))}`, 'g');
  const nodesAt = text.search(/"nodes"\s*:/);
  let found: number | undefined;
  for (const match of text.matchAll(pattern)) {
    if (found === undefined) found = match.index;
    if (nodesAt >= 0 && match.index > nodesAt) {
      found = match.index;
      break;
    }
  }
  if (found === undefined) return 1;
  let line = 1;
  for (let i = 0; i < found; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The elements of a finding as SARIF logical locations: JSON objects of the design file. */
function logicalLocations(finding: Finding) {
  return [
    ...finding.nodes.map((id) => ({ name: id, fullyQualifiedName: `nodes/${id}`, kind: 'object' })),
    ...finding.edges.map((id) => ({ name: id, fullyQualifiedName: `edges/${id}`, kind: 'object' })),
    ...finding.groups.map((id) => ({ name: id, fullyQualifiedName: `groups/${id}`, kind: 'object' })),
  ];
}

/**
 * The findings as a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers: the rules
 * that ran as the driver's rules (title, why, how to fix), one result per finding located in the
 * design file (at the line of its first element) and naming its elements as logical locations.
 * The finding's key is its fingerprint, so an alert keeps its identity across runs.
 */
export function sarifLog(file: string, text: string, evaluation: Evaluation, rules: ReadonlyMap<string, Rule>, lang: Language): object {
  const ran = evaluation.evaluated.map((id) => rules.get(id)).filter((rule): rule is Rule => rule !== undefined);
  const index = new Map(ran.map((rule, i) => [rule.id, i]));
  const uri = sarifUri(file);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ArchLab',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            rules: ran.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.title[lang] },
              fullDescription: { text: rule.why[lang] },
              help: { text: rule.fix[lang] },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              properties: { category: rule.category, module: rule.module, tags: ['architecture', rule.category] },
            })),
          },
        },
        language: lang,
        results: evaluation.findings.map((finding) => {
          const first = elementIds(finding)[0];
          return {
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId),
            level: SARIF_LEVEL[finding.severity],
            message: { text: describeFinding(finding, ruleOf(rules, finding), lang).message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri },
                  region: { startLine: first === undefined ? 1 : lineOf(text, first) },
                },
                logicalLocations: logicalLocations(finding),
              },
            ],
            partialFingerprints: { 'archlabFindingKey/v1': finding.key },
          };
        }),
      },
    ],
  };
}

/**
 * `archlab check`, without the side effects: loads one design as `validate` does and checks it
 * with the rules (the built-in ones unless `rules` is given), under the design's own policy.
 * 0: no finding reaches `--fail-on`; 1: some finding does; 2: the file cannot be read or is not
 * a valid design (its problems on stderr, as `validate` words them).
 */
export function runCheck(input: FileInput, options: CheckOptions, rules?: readonly Rule[]): CommandResult {
  const { lang, format, failOn } = options;
  if ('readError' in input) {
    const report = validateOne(input, lang);
    const reason = 'readError' in report ? report.readError : input.readError;
    return { stdout: [], stderr: [translate(lang, 'cli.cannotRead', { file: input.file, reason })], exitCode: EXIT.usage };
  }
  const parsed = parseDesignText(input.text, { language: lang });
  if (!parsed.ok) {
    return {
      stdout: [],
      stderr: [translate(lang, 'cli.invalid', { file: input.file, count: parsed.problems.length }), ...parsed.problems.map((p) => `  ${describeProblem(p)}`)],
      exitCode: EXIT.usage,
    };
  }
  const evaluation = rules === undefined ? checkDesign(parsed.design) : evaluateRules(parsed.design, rules);
  const byId = new Map((rules ?? RULES).map((rule) => [rule.id, rule]));
  const failed = evaluation.findings.some((finding) => reachesThreshold(finding.severity, failOn));
  const exitCode = failed ? EXIT.invalid : EXIT.ok;
  switch (format) {
    case 'json':
      return { stdout: [JSON.stringify(checkReport(input.file, evaluation, byId, lang), null, 2)], stderr: [], exitCode };
    case 'sarif':
      return { stdout: [JSON.stringify(sarifLog(input.file, input.text, evaluation, byId, lang), null, 2)], stderr: [], exitCode };
    case 'text':
      return { stdout: textLines(input.file, evaluation, byId, lang), stderr: [], exitCode };
  }
}

export const registerCheck: RegisterCommand = (program: Command, context) => {
  program
    .command('check')
    .description("check a design against the architecture rules (the design's own rule policy applies)")
    .argument('<file>', 'design file (.archlab.json)')
    .argument('[more...]', 'with --lab: more design files, checked and compared side by side')
    .addOption(new Option('--format <format>', 'output format').choices([...CHECK_FORMATS]).default('text'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding has this severity or a higher one; none: never')
        .choices([...FAIL_ON])
        .default('error'),
    )
    .addOption(langOption(context.defaultLanguage))
    .option('--lab <lab>', 'check the objectives of a course lab instead: its number (1-9) or the path of a lab file')
    .option('--part <id>', "with --lab: the lab part to check against (default: the lab's only part, or the one the design fits best)")
    .addHelpText(
      'after',
      [
        '',
        'Text: the findings grouped by severity, one per line (severity, rule id, message, element ids),',
        'then a line with the counts. JSON: { file, findings: [...], counts }. SARIF 2.1.0: for GitHub code',
        'scanning and other SARIF viewers. Rules switched off in the design do not run; severities it',
        'overrides apply. List the rules with `archlab rules`.',
        'Exit codes: 0 no finding reaches --fail-on, 1 some finding does, 2 the file cannot be read or is',
        'invalid (problems on standard error), or the usage is wrong.',
        'With --lab: each objective of the lab part with ✓ or ✗ and what was measured (text or json);',
        'exit 0 when every objective is met, 1 when one is not, 2 as above. --fail-on does not apply.',
        'Several files with --lab: each checked, then compared side by side (lab 1).',
        '',
        'Examples:',
        '  archlab check examples/fraud-detection.archlab.json',
        '  archlab check --fail-on warning --lang fr design.archlab.json',
        '  archlab check --format sarif --fail-on none design.archlab.json > archlab.sarif',
        '  archlab check --lab 3 sizing.archlab.json',
        '  archlab check --lab 1 realtime.archlab.json batch.archlab.json edge.archlab.json',
      ].join('\n'),
    )
    .action((file: string, more: string[], options: CheckOptions & { lab?: string; part?: string }) => {
      const files = [file, ...more];
      const { lab, part, lang } = options;
      if (lab !== undefined) return emit(context, checkWithLab(files, { ...options, lab }, (paths) => readInputs(context.io, paths)));
      if (part !== undefined || files.length > 1) {
        const message = translate(lang, part !== undefined ? 'labs.cli.partWithoutLab' : 'labs.cli.oneFile');
        return emit(context, { stdout: [], stderr: [message], exitCode: EXIT.usage });
      }
      const [input] = readInputs(context.io, files);
      emit(context, runCheck(input as FileInput, options));
    });
};
