import { PATTERN_INFO } from '../../rules/patterns';
import { RULES, getRule } from '../../rules/registry';
import { patternChecklists } from '../../rules/summary';
import type { Objective } from '../labSchema';
import { localized } from './detail';
import type { Evaluator } from './types';

type PatternObjective = Extract<Objective, { kind: 'pattern' }>;

/**
 * A pattern objective passes when the design declares the pattern and every requirement of its
 * checklist passes. A requirement the design switches off does not count as met here: a lab
 * is not completed by turning its checks off.
 */
export const evaluatePatternObjective: Evaluator<PatternObjective> = (objective, context) => {
  const { design } = context;
  const name = (language: 'en' | 'fr') => PATTERN_INFO[objective.pattern].name[language];
  if (!design.patterns.includes(objective.pattern)) return { passed: false, detail: localized('labs.detail.patternNotDeclared', { pattern: name }) };
  const checklist = patternChecklists({ ...design, patterns: [objective.pattern] }, context.evaluation(), RULES)[0]!;
  const failing = checklist.items.filter((item) => !item.passed).map((item) => item.ruleId);
  const total = checklist.items.length;
  if (failing.length === 0) return { passed: true, detail: localized('labs.detail.patternComplete', { pattern: name, count: total }) };
  return {
    passed: false,
    detail: localized('labs.detail.patternIncomplete', {
      pattern: name,
      met: total - failing.length,
      count: total,
      // The rules by their titles, as the Findings tab names them.
      failing: (language) => failing.map((id) => `“${getRule(id)?.title[language] ?? id}”`).join(', '),
    }),
  };
};
