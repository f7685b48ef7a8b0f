/** The rules engine: pure checks of a design against architecture patterns (DOMAIN.md §1). */
import type { Design } from '../model/types';
import { evaluateRules, type Evaluation } from './evaluate';
import { RULES } from './registry';
import { recheckDesign } from './recheck';

export { RULE_CATEGORIES, type RuleCategory, type ParamValue, type QuickFix, type RawFinding, type RuleDefinition, type Rule, type Finding } from './types';
export { defineRule } from './defineRule';
export { RuleContext, RUNTIME_ROLES, STORE_ROLES, type SyncChain } from './context';
export { evaluateRules, ruleApplies, type Evaluation } from './evaluate';
export { describeFinding, fillTemplate, localize, type FindingText } from './format';
export { PATTERN_INFO, type PatternInfo } from './patterns';
export { RULES, getRule } from './registry';
export { categoryScores, patternChecklists, type CategoryScore, type ChecklistItem, type PatternChecklist } from './summary';

/** Checks a design with every built-in rule and its own policy. */
export function checkDesign(design: Design): Evaluation {
  return evaluateRules(design, RULES);
}
export { toPlainEvaluation, fromPlainEvaluation, type PlainEvaluation, type PlainFinding } from './plain';
export { sameRuleInputs, carryOver } from './reuse';
export { renamedTexts, type Rename } from './textEdits';
export { afterTextEdit, afterValueEdit, planTextEdit, valueEdits, type TextEditPlan } from './recheck';
export { afterStructuralEdit, structuralEdit, type StructuralEdit } from './structuralEdits';

/** The findings of `next` knowing those of `previous` (see recheck.ts), with every built-in rule. */
export function recheck(previous: Design, evaluation: Evaluation, next: Design): Evaluation {
  return recheckDesign(previous, evaluation, next, RULES);
}
