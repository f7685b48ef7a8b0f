import { computeMetrics, type DesignMetrics } from '../metrics/computeMetrics';
import type { Design } from '../model/types';
import { checkDesign } from '../rules';
import type { Evaluation } from '../rules/evaluate';
import type { LabPart, Objective } from './labSchema';
import { evaluateMetricObjective } from './objectives/metricObjective';
import { evaluatePatternObjective } from './objectives/patternObjective';
import { evaluateRuleObjective } from './objectives/ruleObjective';
import { scaleLoad } from './objectives/scaleLoad';
import { evaluateDecisionsObjective, evaluateElementObjective } from './objectives/structureObjectives';
import type { MetricsVariant, ObjectiveContext, ObjectiveResult, Precomputed } from './objectives/types';

/** The context of one evaluation: the rules run once, the metrics once per variant, each on first use. */
function objectiveContext(design: Design, precomputed: Precomputed): ObjectiveContext {
  let evaluation: Evaluation | undefined = precomputed.evaluation;
  let base: DesignMetrics | undefined = precomputed.metrics;
  const variants = new Map<string, DesignMetrics>();
  const baseMetrics = () => (base ??= computeMetrics(design));
  return {
    design,
    evaluation: () => (evaluation ??= checkDesign(design)),
    metrics: (variant: MetricsVariant = {}) => {
      const currency = variant.currency === design.workload.currency ? undefined : variant.currency;
      if (variant.rps === undefined && currency === undefined) return baseMetrics();
      const key = `${variant.rps ?? ''}|${currency ?? ''}`;
      let found = variants.get(key);
      if (found === undefined) {
        let changed = variant.rps === undefined ? design : scaleLoad(design, baseMetrics(), variant.rps);
        if (currency !== undefined) changed = { ...changed, workload: { ...changed.workload, currency } };
        found = computeMetrics(changed);
        variants.set(key, found);
      }
      return found;
    },
  };
}

function evaluateOne(objective: Objective, context: ObjectiveContext) {
  switch (objective.kind) {
    case 'rule':
      return evaluateRuleObjective(objective, context);
    case 'pattern':
      return evaluatePatternObjective(objective, context);
    case 'metric':
      return evaluateMetricObjective(objective, context);
    case 'element':
      return evaluateElementObjective(objective, context);
    case 'decisions':
      return evaluateDecisionsObjective(objective, context);
  }
}

/**
 * How each objective of a lab part stands on a design, in the part's order. Pure. The rules run
 * at most once and the metrics at most once per load and currency the objectives ask for; pass
 * what the app already has (`checkDesign(design)`, `computeMetrics(design)`) to skip those.
 */
export function evaluateObjectives(part: Pick<LabPart, 'objectives'>, design: Design, precomputed: Precomputed = {}): ObjectiveResult[] {
  const context = objectiveContext(design, precomputed);
  return part.objectives.map((objective) => {
    const { passed, detail } = evaluateOne(objective, context);
    return { id: objective.id, kind: objective.kind, label: objective.label, passed, detail };
  });
}

/** Whether every objective passed (a part without results is not complete). */
export function labComplete(results: readonly Pick<ObjectiveResult, 'passed'>[]): boolean {
  return results.length > 0 && results.every((r) => r.passed);
}
