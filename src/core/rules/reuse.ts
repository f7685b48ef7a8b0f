import type { Design } from '../model/types';
import type { Evaluation } from './evaluate';
import { revive } from './plain';

/** The parts of a design the rules read. */
const RULE_INPUTS = ['nodes', 'edges', 'groups', 'customTypes', 'workload', 'patterns', 'rulePolicy'] as const;

export type RuleInput = (typeof RULE_INPUTS)[number];

/**
 * Whether two designs must give the same findings without running the rules again: rules read
 * the model (components, connections, groups, custom types), the workload, the declared
 * patterns and the policy, never coordinates, the design's own name and description, or its
 * decision records. The document's updates share unchanged parts, so this is a handful of
 * reference comparisons. With `except`, whether the rule inputs other than those are the same
 * (what the incremental paths check before comparing the parts they handle).
 */
export function sameRuleInputs(a: Design, b: Design, ...except: RuleInput[]): boolean {
  for (const input of RULE_INPUTS) if (a[input] !== b[input] && !except.includes(input)) return false;
  return true;
}

/**
 * The evaluation of `previous` carried over to `next` (same rule inputs). Its quick fixes are
 * rebuilt against `next` when applied, since a fix may place what it adds near an element that
 * has moved since.
 */
export function carryOver(evaluation: Evaluation, next: Design): Evaluation {
  return { ...evaluation, findings: evaluation.findings.map((f) => revive(f, next)) };
}
