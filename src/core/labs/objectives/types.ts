import type { Localized } from '../../catalog/schema';
import type { DesignMetrics } from '../../metrics/computeMetrics';
import type { Design } from '../../model/types';
import type { Currency } from '../../model/vocabulary';
import type { Evaluation } from '../../rules/evaluate';
import type { Objective, ObjectiveKind } from '../labSchema';

/** How one objective of a lab part stands on a design. */
export interface ObjectiveResult {
  readonly id: string;
  readonly kind: ObjectiveKind;
  /** The objective as the lab words it. */
  readonly label: Localized;
  readonly passed: boolean;
  /** What was measured, against what was asked: `p99 182 ms at 2,000 req/s, needs ≤ 150 ms`. */
  readonly detail: Localized;
}

/** What an app already computed for the design, so evaluating objectives does not do it twice. */
export interface Precomputed {
  /** `checkDesign(design)`: the built-in rules under the design's policy. */
  readonly evaluation?: Evaluation;
  /** `computeMetrics(design)`, with default options. */
  readonly metrics?: DesignMetrics;
}

/** The conditions metrics are computed under: the design's own, or a load and a currency an objective sets. */
export interface MetricsVariant {
  readonly rps?: number;
  readonly currency?: Currency;
}

/**
 * What the evaluators of one call share: the design, its rules evaluation and its metrics, each
 * computed at most once (on first use) unless given, and the metrics of each variant once.
 */
export interface ObjectiveContext {
  readonly design: Design;
  evaluation(): Evaluation;
  metrics(variant?: MetricsVariant): DesignMetrics;
}

/** An evaluator of one kind of objective. */
export type Evaluator<O extends Objective> = (objective: O, context: ObjectiveContext) => { passed: boolean; detail: Localized };
