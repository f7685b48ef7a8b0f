import type { Design } from '../model/types';
import type { Evaluation } from './evaluate';
import { evaluateRules } from './evaluate';
import { getRule } from './registry';
import type { Finding, Localized, QuickFix } from './types';

/** A finding as plain data (for a worker message or JSON): its fix reduced to its label. */
export type PlainFinding = Omit<Finding, 'fix'> & { readonly fixLabel?: Localized };

export interface PlainEvaluation {
  readonly findings: readonly PlainFinding[];
  readonly evaluated: readonly string[];
  readonly severities: Evaluation['severities'];
  readonly reads?: Evaluation['reads'];
}

export function toPlainEvaluation(evaluation: Evaluation): PlainEvaluation {
  return {
    evaluated: evaluation.evaluated,
    severities: evaluation.severities,
    ...(evaluation.reads === undefined ? {} : { reads: evaluation.reads }),
    findings: evaluation.findings.map(({ fix, ...rest }) => (fix === undefined ? rest : { ...rest, fixLabel: fix.label })),
  };
}

/**
 * An evaluation made elsewhere (a worker) for `design`, with working fixes again: applying one
 * runs that finding's rule on `design` alone and takes the fix of the same finding.
 */
export function fromPlainEvaluation(plain: PlainEvaluation, design: Design): Evaluation {
  return {
    evaluated: plain.evaluated,
    severities: plain.severities,
    ...(plain.reads === undefined ? {} : { reads: plain.reads }),
    findings: plain.findings.map((f) => revive(f, design)),
  };
}

/** A finding whose fix, when applied, is rebuilt against `design` by running its rule again. */
export function revive(plain: PlainFinding | Finding, design: Design): Finding {
  const label = 'fixLabel' in plain ? plain.fixLabel : 'fix' in plain ? plain.fix?.label : undefined;
  // Without a fix, a finding holds nothing tied to a design: the same object serves.
  if (label === undefined) return 'fixLabel' in plain || 'fix' in plain ? withFix(plain, undefined) : plain;
  const { ruleId, key } = plain;
  return withFix(plain, {
    label,
    command: (language) => {
      const rule = getRule(ruleId);
      const same = rule === undefined ? undefined : evaluateRules(design, [rule]).findings.find((f) => f.key === key);
      if (same?.fix === undefined) throw new Error(`the fix of ${ruleId} no longer applies`);
      return same.fix.command(language);
    },
  });
}

/** The finding with another fix (or none), field by field: far quicker than a spread on every carry-over. */
function withFix(f: Omit<Finding, 'fix'>, fix: QuickFix | undefined): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    key: f.key,
    ruleId: f.ruleId,
    severity: f.severity,
    category: f.category,
    module: f.module,
    message: f.message,
    params: f.params,
    nodes: f.nodes,
    edges: f.edges,
    groups: f.groups,
  };
  if (fix !== undefined) finding.fix = fix;
  return finding;
}
