import {
  checkDesign,
  compareDesigns,
  computeMetrics,
  describeProblem,
  evaluateObjectives,
  formatMoney,
  formatNumber,
  formatPercent,
  getLab,
  LABS,
  labComplete,
  parseDesignText,
  parseLabText,
  PATTERN_INFO,
  translate,
  type ComparisonRow,
  type Design,
  type Lab,
  type LabPart,
  type Language,
  type ObjectiveResult,
} from '../../core';
import { EXIT, type CommandResult } from '../command';
import type { FileInput } from '../io';

/**
 * `archlab check FILE... --lab N|LAB.json [--part ID]`: a design against a lab's objectives
 * instead of the rules' findings. Exit 0 when every objective is met (for every file), 1 when
 * one is not, 2 when a file cannot be read or is invalid, or the lab or part does not exist.
 */

export const LAB_FORMATS = ['text', 'json'] as const;
export type LabFormat = (typeof LAB_FORMATS)[number];

export interface LabCheckOptions {
  lang: Language;
  format: LabFormat;
  part?: string;
}

/** How the part was picked: named with --part, the lab's only part, or the one the design fits best. */
export type PartChoice = 'given' | 'only' | 'best-fit';

/** One objective as `check --lab --format json` prints it. */
export interface ObjectiveReport {
  id: string;
  kind: string;
  label: string;
  passed: boolean;
  detail: string;
}

/** One design checked against one part. */
export interface LabFileReport {
  file: string;
  part: { id: string; title: string; chosen: PartChoice };
  objectives: ObjectiveReport[];
  passed: number;
  count: number;
  complete: boolean;
}

/** One row of the comparison of several designs, as JSON. */
export interface ComparisonReport {
  file: string;
  name: string;
  declaredPatterns: string[];
  recognizedPatterns: string[];
  latency: { entry: string; label: string; rps: number; p99Ms: number; withinSlo: boolean }[];
  availabilityPct: number | null;
  monthlyCost: number;
  currency: string;
}

/** What `check --lab --format json` prints: keys always in this order. */
export interface LabReport {
  lab: { number: number; module: number; title: string };
  files: LabFileReport[];
  /** With two files or more: the designs side by side. */
  comparison?: ComparisonReport[];
  complete: boolean;
}

/** The lab `--lab` names: a number of the built-in labs, else a lab file already read. */
export type LabSource = { number: number } | { input: FileInput };

/** `3` is a lab number; anything else is the path of a lab file. */
export function labSource(spec: string, read: (path: string) => FileInput): LabSource {
  return /^\d{1,2}$/.test(spec.trim()) ? { number: Number(spec.trim()) } : { input: read(spec) };
}

function usage(lines: string[]): CommandResult {
  return { stdout: [], stderr: lines, exitCode: EXIT.usage };
}

/** The lab, or why it cannot be had (exit 2). */
export function resolveLab(source: LabSource, lang: Language): Lab | CommandResult {
  if ('number' in source) {
    const lab = getLab(source.number);
    if (lab !== undefined) return lab;
    return usage([translate(lang, 'labs.cli.unknownLab', { lab: source.number, numbers: LABS.map((l) => l.number).join(', ') })]);
  }
  const { input } = source;
  if ('readError' in input) return usage([translate(lang, 'cli.cannotRead', { file: input.file, reason: input.readError })]);
  const parsed = parseLabText(input.text, { language: lang });
  if (parsed.ok) return parsed.lab;
  return usage([translate(lang, 'cli.invalid', { file: input.file, count: parsed.problems.length }), ...parsed.problems.map((p) => `  ${describeProblem(p)}`)]);
}

/** Control characters (names come from files) as U+FFFD. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

interface Checked {
  file: string;
  design: Design;
  part: LabPart;
  chosen: PartChoice;
  results: ObjectiveResult[];
}

const passedCount = (results: readonly ObjectiveResult[]) => results.filter((r) => r.passed).length;

/**
 * The part to check a design against and its results. Without --part, a lab of several parts
 * takes the part whose objectives the design meets in the largest share (the first on a tie):
 * the rules and metrics are computed once and shared by every part.
 */
function checkParts(file: string, design: Design, lab: Lab, partId: string | undefined): Checked {
  if (partId !== undefined || lab.parts.length === 1) {
    const part = partId === undefined ? lab.parts[0]! : lab.parts.find((p) => p.id === partId)!;
    return { file, design, part, chosen: partId === undefined ? 'only' : 'given', results: evaluateObjectives(part, design) };
  }
  const precomputed = { evaluation: checkDesign(design), metrics: computeMetrics(design) };
  let best: Checked | undefined;
  for (const part of lab.parts) {
    const results = evaluateObjectives(part, design, precomputed);
    const share = passedCount(results) / results.length;
    if (best === undefined || share > passedCount(best.results) / best.results.length) best = { file, design, part, chosen: 'best-fit', results };
  }
  return best!;
}

function fileReport(checked: Checked, lang: Language): LabFileReport {
  const { results, part } = checked;
  return {
    file: checked.file,
    part: { id: part.id, title: part.title[lang], chosen: checked.chosen },
    objectives: results.map((r) => ({ id: r.id, kind: r.kind, label: r.label[lang], passed: r.passed, detail: r.detail[lang] })),
    passed: passedCount(results),
    count: results.length,
    complete: labComplete(results),
  };
}

function comparisonReport(file: string, row: ComparisonRow): ComparisonReport {
  return {
    file,
    name: row.name,
    declaredPatterns: [...row.declaredPatterns],
    recognizedPatterns: [...row.recognizedPatterns],
    latency: row.latency.map((l) => ({ ...l })),
    availabilityPct: row.availabilityPct ?? null,
    monthlyCost: row.monthlyCost,
    currency: row.currency,
  };
}

/** Columns padded to their widest cell; the last column is not padded. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

function partLine(lab: Lab, checked: Checked, lang: Language): string[] {
  const values = { part: printable(checked.part.title[lang]), id: checked.part.id, ids: lab.parts.map((p) => p.id).join('|') };
  if (checked.chosen === 'only') return [];
  return [translate(lang, checked.chosen === 'given' ? 'labs.cli.part' : 'labs.cli.bestFit', values)];
}

function fileLines(lab: Lab, checked: Checked, lang: Language): string[] {
  const lines = partLine(lab, checked, lang);
  for (const r of checked.results) lines.push(`  ${r.passed ? '✓' : '✗'}  ${r.id}  ${printable(r.label[lang])} — ${printable(r.detail[lang])}`);
  const report = fileReport(checked, lang);
  const values = { file: checked.file, passed: report.passed, count: report.count };
  lines.push(translate(lang, report.complete ? 'labs.cli.complete' : 'labs.cli.summary', values));
  return lines;
}

function patternNames(ids: readonly string[], lang: Language): string {
  return ids.length === 0 ? translate(lang, 'labs.comparison.none') : ids.map((id) => PATTERN_INFO[id as keyof typeof PATTERN_INFO].name[lang]).join(', ');
}

/** The designs side by side: one row per file. */
function comparisonLines(checked: readonly Checked[], rows: readonly ComparisonRow[], lang: Language): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const none = t('labs.comparison.none');
  const header = [t('labs.comparison.design'), t('labs.comparison.declared'), t('labs.comparison.recognized'), t('labs.comparison.latency'), t('labs.comparison.availability'), t('labs.comparison.cost')];
  const body = rows.map((row, i) => {
    const main = row.latency[0];
    return [
      printable(checked[i]!.file),
      patternNames(row.declaredPatterns, lang),
      patternNames(row.recognizedPatterns, lang),
      main === undefined ? none : `${translate(lang, 'labs.units.ms', { value: formatNumber(main.p99Ms, lang, 1) })} (${printable(main.label)})`,
      row.availabilityPct === undefined ? none : formatPercent(row.availabilityPct, lang),
      translate(lang, 'labs.units.money', { value: formatMoney(row.monthlyCost, lang), currency: row.currency }),
    ];
  });
  return [t('labs.comparison.title'), ...table([header, ...body])];
}

/**
 * Checks designs against a lab: each file against the part given with --part, or its best fit;
 * with two files or more, their comparison follows (lab 1 compares three use cases).
 */
export function runLabCheck(inputs: readonly FileInput[], lab: Lab, options: LabCheckOptions): CommandResult {
  const { lang, format, part } = options;
  if (part !== undefined && !lab.parts.some((p) => p.id === part)) {
    return usage([translate(lang, 'labs.cli.unknownPart', { number: lab.number, part, ids: lab.parts.map((p) => p.id).join(', ') })]);
  }
  const stderr: string[] = [];
  const checked: Checked[] = [];
  for (const input of inputs) {
    if ('readError' in input) {
      stderr.push(translate(lang, 'cli.cannotRead', { file: input.file, reason: input.readError }));
      continue;
    }
    const parsed = parseDesignText(input.text, { language: lang });
    if (!parsed.ok) {
      stderr.push(translate(lang, 'cli.invalid', { file: input.file, count: parsed.problems.length }), ...parsed.problems.map((p) => `  ${describeProblem(p)}`));
      continue;
    }
    checked.push(checkParts(input.file, parsed.design, lab, part));
  }
  if (stderr.length > 0) return usage(stderr);

  const complete = checked.every((c) => labComplete(c.results));
  const exitCode = complete ? EXIT.ok : EXIT.invalid;
  const rows = checked.length > 1 ? compareDesigns(checked.map((c) => c.design)) : undefined;
  if (format === 'json') {
    const report: LabReport = {
      lab: { number: lab.number, module: lab.module, title: lab.title[lang] },
      files: checked.map((c) => fileReport(c, lang)),
      ...(rows === undefined ? {} : { comparison: rows.map((row, i) => comparisonReport(checked[i]!.file, row)) }),
      complete,
    };
    return { stdout: [JSON.stringify(report, null, 2)], stderr: [], exitCode };
  }
  const stdout = [translate(lang, 'labs.cli.title', { number: lab.number, module: lab.module, title: printable(lab.title[lang]) })];
  for (const c of checked) stdout.push('', ...fileLines(lab, c, lang));
  if (rows !== undefined) stdout.push('', ...comparisonLines(checked, rows, lang));
  return { stdout, stderr: [], exitCode };
}

/** The options of `check` that matter with --lab. */
export interface CheckLabFlags {
  lang: Language;
  format: string;
  lab: string;
  part?: string;
}

/** `check --lab`: reads the lab (a number, or a lab file) and the design files, then runLabCheck. */
export function checkWithLab(files: readonly string[], flags: CheckLabFlags, read: (paths: readonly string[]) => FileInput[]): CommandResult {
  const { lang, format } = flags;
  if (format !== 'text' && format !== 'json') return usage([translate(lang, 'labs.cli.sarifWithLab')]);
  const lab = resolveLab(labSource(flags.lab, (path) => read([path])[0]!), lang);
  if ('exitCode' in lab) return lab;
  return runLabCheck(read(files), lab, { lang, format, ...(flags.part === undefined ? {} : { part: flags.part }) });
}
