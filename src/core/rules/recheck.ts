import type { Design } from '../model/types';
import { evaluateRules, sortFindings, type Evaluation } from './evaluate';
import { revive } from './plain';
import { carryOver, sameRuleInputs } from './reuse';
import { renamedTexts, type Rename } from './textEdits';
import type { Finding, Localized, ParamValue, Rule } from './types';

function mentions(text: string | Localized | number | undefined, names: readonly string[]): boolean {
  if (text === undefined || typeof text === 'number') return false;
  const texts = typeof text === 'string' ? [text] : [text.en, text.fr];
  return texts.some((t) => names.some((name) => t.includes(name)));
}

/** Whether a finding's message or fix label may hold one of `names`. */
function namesAny(finding: Finding, names: readonly string[]): boolean {
  for (const value of Object.values(finding.params) as ParamValue[]) if (mentions(value, names)) return true;
  return mentions(finding.fix?.label, names);
}

/**
 * A finding with its renamed names written anew, when that is certain: each parameter that
 * names a renamed element is exactly that element's unique old name, the finding names its
 * elements (its key does not hang on its parameters), and its fix label names none. Undefined
 * when the rule must run again to know.
 */
function renamedFinding(finding: Finding, renames: readonly Rename[], names: readonly string[]): Finding | undefined {
  if (mentions(finding.fix?.label, names)) return undefined;
  if (finding.nodes.length + finding.edges.length + finding.groups.length === 0) return undefined;
  let params: Record<string, ParamValue> | undefined;
  for (const [key, value] of Object.entries(finding.params) as [string, ParamValue][]) {
    if (!mentions(value, names)) continue;
    const rename = typeof value === 'string' ? renames.find((r) => r.before === value && r.unique) : undefined;
    if (rename === undefined) return undefined;
    params ??= { ...finding.params };
    params[key] = rename.after;
  }
  return params === undefined ? finding : { ...finding, params };
}

/** What a text edit takes: findings to write anew, and rules to run again. */
export interface TextEditPlan {
  readonly renamed: ReadonlyMap<Finding, Finding>;
  readonly rerun: ReadonlySet<string>;
}

export function planTextEdit(evaluation: Evaluation, renames: readonly Rename[]): TextEditPlan {
  const names = renames.map((r) => r.before);
  const rerun = new Set<string>();
  const renamed = new Map<Finding, Finding>();
  if (names.length === 0) return { rerun, renamed };
  for (const finding of evaluation.findings) {
    if (rerun.has(finding.ruleId) || !namesAny(finding, names)) continue;
    const updated = renamedFinding(finding, renames, names);
    if (updated === undefined) rerun.add(finding.ruleId);
    else renamed.set(finding, updated);
  }
  return { rerun, renamed };
}

/**
 * The findings of `next` after a text edit of `previous` (see renamedTexts): a finding that
 * names a renamed element gets the new name when that is certain (renamedFinding); the rules
 * of the others run again; every other finding is carried over.
 */
export function afterTextEdit(evaluation: Evaluation, next: Design, rules: readonly Rule[], renames: readonly Rename[]): Evaluation {
  const { rerun, renamed } = planTextEdit(evaluation, renames);
  if (rerun.size === 0 && renamed.size === 0) return carryOver(evaluation, next);
  const kept = evaluation.findings.filter((f) => !rerun.has(f.ruleId)).map((f) => revive(renamed.get(f) ?? f, next));
  if (rerun.size === 0) return { ...evaluation, findings: kept };
  const fresh = evaluateRules(next, rules.filter((r) => rerun.has(r.id)));
  return { ...evaluation, findings: sortFindings([...kept, ...fresh.findings]) };
}

/**
 * The findings of `next`, knowing those of `previous`: what the app does after every edit. A
 * move, or a change to the design's name or decision records, carries the findings over; a
 * rename runs again only the rules whose messages named what was renamed; anything else runs
 * every rule. The result is the one `evaluateRules(next, rules)` gives.
 */
export function recheckDesign(previous: Design, evaluation: Evaluation, next: Design, rules: readonly Rule[]): Evaluation {
  if (sameRuleInputs(previous, next)) return carryOver(evaluation, next);
  const renamed = renamedTexts(previous, next);
  if (renamed !== null) return afterTextEdit(evaluation, next, rules, renamed);
  return evaluateRules(next, rules);
}
