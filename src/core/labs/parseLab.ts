import { formatPath, problem, type Problem } from '../document/problems';
import type { Language } from '../i18n';
import { designErrorMap } from '../model/errorMap';
import { LAB_FORMAT, LAB_VERSION, labSchema, type Lab } from './labSchema';

export type LabParseResult = { ok: true; lab: Lab } | { ok: false; problems: Problem[] };

export interface LabParseOptions {
  /** Language of the problem messages (default English). */
  language?: Language;
  /** Validate without zod's compiled validators (the browser app's Content-Security-Policy). */
  jitless?: boolean;
}

/**
 * Reads a lab file's data: `{ format: 'archlab-lab', version: 1, lab }`. Never throws; on
 * failure, every problem with its path (`lab.parts[0].objectives[2].rule: …`).
 */
export function parseLab(input: unknown, options: LabParseOptions = {}): LabParseResult {
  const language = options.language ?? 'en';
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, problems: [problem(language, [], 'labs.problems.notObject')] };
  const envelope = input as Record<string, unknown>;
  if (envelope.format !== LAB_FORMAT) return { ok: false, problems: [problem(language, ['format'], 'labs.problems.notLab')] };
  if (envelope.version !== LAB_VERSION) return { ok: false, problems: [problem(language, ['version'], 'labs.problems.version', { version: LAB_VERSION })] };
  const result = labSchema.safeParse(envelope.lab, { error: designErrorMap(language), jitless: options.jitless === true });
  if (result.success) return { ok: true, lab: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => ({ path: formatPath(['lab', ...issue.path]), message: issue.message })) };
}

/** Reads the text of a lab file; a JSON syntax error becomes one problem. */
export function parseLabText(text: string, options: LabParseOptions = {}): LabParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(options.language ?? 'en', [], 'problem.notJson', { detail })] };
  }
  return parseLab(data, options);
}
