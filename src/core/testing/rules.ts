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
import { evaluateRules } from '../rules/evaluate';
import { describeFinding } from '../rules/format';
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
