import type { Design } from '../model/types';
import type { PatternId, Severity } from '../model/vocabulary';
import type { Evaluation } from './evaluate';
import { RULE_CATEGORIES, type Rule, type RuleCategory } from './types';

const WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A score per category: the share of the evaluated rules' weight (error 3, warning 2, info 1) that passes. */
export interface CategoryScore {
  readonly category: RuleCategory;
  /** 0 to 100; undefined when no rule of the category ran. */
  readonly score: number | undefined;
  readonly passed: number;
  readonly failed: number;
}

export function categoryScores(evaluation: Evaluation, rules: readonly Rule[]): CategoryScore[] {
  const failing = new Set(evaluation.findings.map((f) => f.ruleId));
  const ran = new Set(evaluation.evaluated);
  return RULE_CATEGORIES.filter((c) => c !== 'intent').map((category) => {
    let total = 0;
    let good = 0;
    let passed = 0;
    let failed = 0;
    for (const rule of rules) {
      if (rule.category !== category || !ran.has(rule.id)) continue;
      const weight = WEIGHT[evaluation.severities[rule.id] ?? rule.severity];
      total += weight;
      if (failing.has(rule.id)) failed += 1;
      else {
        good += weight;
        passed += 1;
      }
    }
    return { category, score: total === 0 ? undefined : Math.round((100 * good) / total), passed, failed };
  });
}

/** One requirement of a declared pattern: a rule that must pass. */
export interface ChecklistItem {
  readonly ruleId: string;
  readonly passed: boolean;
  /** Switched off by the design's policy: not checked. */
  readonly disabled: boolean;
}

export interface PatternChecklist {
  readonly pattern: PatternId;
  readonly items: readonly ChecklistItem[];
  readonly complete: boolean;
}

/** For each declared pattern, its requirements (the rules that check it), ticked or not. */
export function patternChecklists(design: Design, evaluation: Evaluation, rules: readonly Rule[]): PatternChecklist[] {
  const failing = new Set(evaluation.findings.map((f) => f.ruleId));
  return design.patterns.map((pattern) => {
    const items = rules
      .filter((r) => r.patterns?.includes(pattern))
      .map((r) => {
        const disabled = design.rulePolicy.disabled.includes(r.id);
        return { ruleId: r.id, disabled, passed: !disabled && !failing.has(r.id) };
      });
    return { pattern, items, complete: items.every((i) => i.passed || i.disabled) };
  });
}
