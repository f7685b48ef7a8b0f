import type { Design } from '../model/types';
import type { Evaluation } from './evaluate';
import { revive } from './plain';

/**
 * Whether two designs must give the same findings without running the rules again: rules read
 * the model (components, connections, groups, custom types), the workload, the declared
 * patterns and the policy, never coordinates, the design's own name and description, or its
 * decision records. The document's updates share unchanged parts, so this is a handful of
 * reference comparisons.
 */
export function sameRuleInputs(a: Design, b: Design): boolean {
  return (
    a.nodes === b.nodes &&
    a.edges === b.edges &&
    a.groups === b.groups &&
    a.customTypes === b.customTypes &&
    a.workload === b.workload &&
    a.patterns === b.patterns &&
    a.rulePolicy === b.rulePolicy
  );
}

/**
 * The evaluation of `previous` carried over to `next` (same rule inputs). Its quick fixes are
 * rebuilt against `next` when applied, since a fix may place what it adds near an element that
 * has moved since.
 */
export function carryOver(evaluation: Evaluation, next: Design): Evaluation {
  return { ...evaluation, findings: evaluation.findings.map((f) => revive(f, next)) };
}
