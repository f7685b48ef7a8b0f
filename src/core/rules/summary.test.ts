import { describe, expect, it } from 'vitest';
import type { PatternId, Severity } from '../model/vocabulary';
import { design, fields, node } from '../testing/builders';
import { defineRule } from './defineRule';
import { evaluateRules } from './evaluate';
import { categoryScores, patternChecklists } from './summary';
import { RULE_CATEGORIES, type Rule, type RuleCategory } from './types';

const text = { en: 'x', fr: 'x' };

/** A rule that fails (one finding on node `a`) or passes. */
function rule(id: string, category: RuleCategory, severity: Severity, fails: boolean, patterns?: readonly PatternId[]): Rule {
  return defineRule({
    id,
    category,
    severity,
    module: 1,
    ...(patterns === undefined ? {} : { patterns }),
    title: text,
    why: text,
    fix: text,
    messages: { default: text },
    check: () => (fails ? [{ nodes: ['a'] }] : []),
  });
}

const base = (...extra: Parameters<typeof design>) => design(node('a', 'microservice'), ...extra);

function scores(rules: readonly Rule[], d = base()) {
  return categoryScores(evaluateRules(d, rules), rules);
}

describe('categoryScores', () => {
  const rules = [
    rule('resilience/err', 'resilience', 'error', true),
    rule('resilience/warn', 'resilience', 'warning', false),
    rule('resilience/info', 'resilience', 'info', false),
    rule('security/warn', 'security', 'warning', true),
    rule('security/info', 'security', 'info', false),
    rule('intent/x', 'intent', 'info', true),
  ];

  it('scores each category by the weight of its passing rules: error 3, warning 2, info 1', () => {
    const byCategory = new Map(scores(rules).map((s) => [s.category, s]));
    // resilience: the error fails (3), warning and info pass (2 + 1): 3 of 6.
    expect(byCategory.get('resilience')).toEqual({ category: 'resilience', score: 50, passed: 2, failed: 1 });
    // security: the warning fails (2), the info passes (1): 1 of 3, rounded.
    expect(byCategory.get('security')).toEqual({ category: 'security', score: 33, passed: 1, failed: 1 });
  });

  it('lists every category but intent, in order, with no score where no rule ran', () => {
    const result = scores(rules);
    expect(result.map((s) => s.category)).toEqual(RULE_CATEGORIES.filter((c) => c !== 'intent'));
    expect(result.find((s) => s.category === 'data')).toEqual({ category: 'data', score: undefined, passed: 0, failed: 0 });
  });

  it('is 100 when every rule of a category passes, and 0 when every one fails', () => {
    const result = scores([rule('data/a', 'data', 'error', false), rule('data/b', 'data', 'info', false), rule('edge/a', 'edge', 'info', true)]);
    expect(result.find((s) => s.category === 'data')?.score).toBe(100);
    expect(result.find((s) => s.category === 'edge')?.score).toBe(0);
  });

  it('weighs a rule by the severity the design’s policy gives it', () => {
    const d = base(fields({ rulePolicy: { severity: { 'resilience/err': 'info', 'resilience/info': 'error' } } }));
    // The failing rule now weighs 1, the passing ones 2 + 3: 5 of 6.
    expect(scores(rules, d).find((s) => s.category === 'resilience')?.score).toBe(83);
  });

  it('leaves out rules that did not run: switched off, or their pattern not declared', () => {
    const withPattern = [...rules, rule('resilience/canary', 'resilience', 'error', true, ['canary'])];
    const d = base(fields({ rulePolicy: { disabled: ['resilience/err'] } }));
    expect(scores(withPattern, d).find((s) => s.category === 'resilience')).toEqual({ category: 'resilience', score: 100, passed: 2, failed: 0 });
  });

  it('counts a rule once however many findings it has', () => {
    const many = defineRule({
      ...rule('data/many', 'data', 'warning', true),
      check: () => [{ nodes: ['a'] }, { nodes: ['b'] }, { nodes: ['c'] }],
    });
    const result = scores([many, rule('data/ok', 'data', 'warning', false)]);
    expect(result.find((s) => s.category === 'data')).toEqual({ category: 'data', score: 50, passed: 1, failed: 1 });
  });
});

describe('patternChecklists', () => {
  const rules = [
    rule('release/canary-router', 'release', 'error', false, ['canary']),
    rule('release/canary-analysis', 'release', 'warning', true, ['canary']),
    rule('release/canary-steps', 'release', 'warning', true, ['canary']),
    rule('release/mirror', 'release', 'warning', false, ['shadow', 'canary']),
    rule('release/blue-green-switch', 'release', 'error', true, ['blue-green']),
    rule('resilience/plain', 'resilience', 'warning', true),
  ];

  function checklists(patterns: PatternId[], disabled: string[] = []) {
    const d = base(fields({ patterns, rulePolicy: { disabled } }));
    return patternChecklists(d, evaluateRules(d, rules), rules);
  }

  it('lists each declared pattern’s rules, in rule order, ticked when they pass', () => {
    expect(checklists(['canary', 'shadow'])).toEqual([
      {
        pattern: 'canary',
        items: [
          { ruleId: 'release/canary-router', passed: true, disabled: false },
          { ruleId: 'release/canary-analysis', passed: false, disabled: false },
          { ruleId: 'release/canary-steps', passed: false, disabled: false },
          { ruleId: 'release/mirror', passed: true, disabled: false },
        ],
        complete: false,
      },
      { pattern: 'shadow', items: [{ ruleId: 'release/mirror', passed: true, disabled: false }], complete: true },
    ]);
  });

  it('shows switched-off rules as disabled, not passed, and they do not block completion', () => {
    const [canary] = checklists(['canary'], ['release/canary-analysis', 'release/canary-steps']);
    expect(canary!.items).toEqual([
      { ruleId: 'release/canary-router', passed: true, disabled: false },
      { ruleId: 'release/canary-analysis', passed: false, disabled: true },
      { ruleId: 'release/canary-steps', passed: false, disabled: true },
      { ruleId: 'release/mirror', passed: true, disabled: false },
    ]);
    expect(canary!.complete).toBe(true);
  });

  it('gives no checklist for undeclared patterns, and an empty complete one for a pattern without rules', () => {
    expect(checklists([])).toEqual([]);
    expect(checklists(['serverless'])).toEqual([{ pattern: 'serverless', items: [], complete: true }]);
    expect(checklists(['blue-green'])[0]!.complete).toBe(false);
  });
});
