/**
 * Helpers for rule tests: run one rule on a design, apply a finding's quick fix.
 *
 *   const found = findings(circuitBreaker, design(...));
 *   expect(findings(circuitBreaker, applyFix(d, found[0]!))).toEqual([]);
 */
import type { Language } from '../i18n';
import { applyCommand } from '../model/commands/applyCommand';
import { designSchema } from '../model/schema';
import type { Design } from '../model/types';
import { EXAMPLES } from '../export/testDesigns';
import { TEMPLATES, templateDesign } from '../labs/templates';
import { evaluateRules, type Evaluation } from '../rules/evaluate';
import { describeFinding } from '../rules/format';
import { checkDesign, recheck } from '../rules/index';
import { toPlainEvaluation } from '../rules/plain';
import { ANY_EDGE_FIELD, ANY_PROP, isEdgeKey } from '../rules/readLog';
import type { Finding, Rule } from '../rules/types';

export function findings(rule: Rule, design: Design): readonly Finding[] {
  return evaluateRules(design, [rule]).findings;
}

/** The design after a finding's quick fix, checked to still be a valid design. */
export function applyFix(design: Design, finding: Finding, language: Language = 'en'): Design {
  if (finding.fix === undefined) throw new Error(`${finding.ruleId} has no quick fix`);
  const after = applyCommand(design, finding.fix.command(language)).design;
  const check = designSchema.safeParse(after);
  if (!check.success) throw new Error(`the fix of ${finding.ruleId} makes an invalid design: ${check.error.message}`);
  return after;
}

/** A finding's message in a language. */
export function messageOf(rule: Rule, finding: Finding, language: Language = 'en'): string {
  return describeFinding(finding, rule, language).message;
}

/** The examples and the templates, by name: the designs the incremental checks are compared on. */
export function referenceDesigns(): [string, Design][] {
  return [...EXAMPLES.map(([name, d]): [string, Design] => [name, d]), ...TEMPLATES.map((t): [string, Design] => [t.id, templateDesign(t.id, 'en', 'd')])];
}

/**
 * What the app's recheck gives for `next` knowing the findings of `design`, and what a full check
 * of `next` gives, as comparedWithFull shows them: an incremental path is right when the two are equal.
 */
export function recheckedAndFull(design: Design, evaluation: Evaluation, next: Design): [unknown, unknown] {
  const { incremental, full } = comparedWithFull(recheck(design, evaluation, next), next);
  return [incremental, full];
}

/** Whether a rule's recorded reads cover `key`: the key itself, or the wildcard over its kind. */
function covers(reads: readonly string[], key: string): boolean {
  return reads.includes(key) || reads.includes(isEdgeKey(key) ? ANY_EDGE_FIELD : ANY_PROP);
}

/**
 * What an evaluation reached incrementally must share with a full check of the same design:
 * its findings, the rules that ran and their severities, and, for each rule, the reads of the
 * full check its own reads miss (none: they may hold more, what a shared value read before an
 * edit, so that a later edit of values still runs again every rule it should).
 */
export function comparedWithFull(incremental: Evaluation, design: Design): { incremental: unknown; full: unknown } {
  const full = checkDesign(design);
  const a = toPlainEvaluation(incremental);
  const b = toPlainEvaluation(full);
  const missing = Object.fromEntries(Object.entries(b.reads ?? {}).map(([rule, reads]) => [rule, reads.filter((key) => !covers(incremental.reads?.[rule] ?? [], key))]));
  const none = Object.fromEntries(Object.keys(b.reads ?? {}).map((rule) => [rule, []]));
  return {
    incremental: { findings: a.findings, evaluated: a.evaluated, severities: a.severities, missingReads: missing },
    full: { findings: b.findings, evaluated: b.evaluated, severities: b.severities, missingReads: none },
  };
}
