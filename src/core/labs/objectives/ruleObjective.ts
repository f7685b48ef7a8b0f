import type { Design } from '../../model/types';
import { evaluateRules } from '../../rules/evaluate';
import { describeFinding } from '../../rules/format';
import { getRule } from '../../rules/registry';
import type { Finding, Rule } from '../../rules/types';
import type { Objective } from '../labSchema';
import { joined, localized } from './detail';
import type { Evaluator } from './types';

type RuleObjective = Extract<Objective, { kind: 'rule' }>;

/**
 * The design as the rule must see it to run: its policy cleared (a lab objective cannot be met
 * by switching its rule off) and, for a rule tied to patterns, its first pattern declared (the
 * objective names the rule, so the lab wants it checked whether or not the student declared it).
 */
function forcedDesign(design: Design, rule: Rule): Design {
  const patterns = rule.patterns === undefined || rule.patterns.some((p) => design.patterns.includes(p)) ? design.patterns : [...design.patterns, rule.patterns[0]!];
  return { ...design, patterns, rulePolicy: { disabled: [], severity: {} } };
}

/** The rule's findings on the design: from the shared evaluation when the rule ran in it, else from running the rule alone. */
function findingsOf(rule: Rule, context: Parameters<Evaluator<RuleObjective>>[1]): { findings: readonly Finding[]; forced: boolean } {
  const evaluation = context.evaluation();
  if (evaluation.evaluated.includes(rule.id)) return { findings: evaluation.findings.filter((f) => f.ruleId === rule.id), forced: false };
  return { findings: evaluateRules(forcedDesign(context.design, rule), [rule]).findings, forced: true };
}

/**
 * A rule objective passes when the rule reports nothing on the design. The rule runs even when
 * the design switches it off or does not declare its pattern (the detail says so). The rule
 * id was checked when the lab was read.
 */
export const evaluateRuleObjective: Evaluator<RuleObjective> = (objective, context) => {
  const rule = getRule(objective.rule);
  if (rule === undefined) return { passed: false, detail: localized('labs.detail.unknownRule', { id: objective.rule }) };
  const { findings, forced } = findingsOf(rule, context);
  const switchedOff = context.design.rulePolicy.disabled.includes(rule.id);
  const note = forced && switchedOff ? [localized('labs.detail.ruleSwitchedOff')] : [];
  const first = findings[0];
  if (first === undefined) return { passed: true, detail: joined([localized('labs.detail.ruleClean'), ...note]) };
  const found = localized('labs.detail.ruleFindings', {
    count: findings.length,
    message: (language) => describeFinding(first, rule, language).message,
  });
  return { passed: false, detail: joined([found, ...note]) };
};
