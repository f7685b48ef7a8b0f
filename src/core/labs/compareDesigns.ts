import { computeMetrics, type DesignMetrics } from '../metrics/computeMetrics';
import type { Design } from '../model/types';
import { PATTERNS, type Currency, type PatternId } from '../model/vocabulary';
import { RuleContext } from '../rules/context';
import { PATTERN_INFO } from '../rules/patterns';

/** The p99 latency of one entry point of a design. */
export interface ComparisonLatency {
  readonly entry: string;
  readonly label: string;
  /** Peak load arriving at it, requests/s. */
  readonly rps: number;
  /** Slowest path, adding p99s (a worst case), ms. */
  readonly p99Ms: number;
  readonly withinSlo: boolean;
}

/** One design of lab 1's side-by-side table. */
export interface ComparisonRow {
  readonly designId: string;
  readonly name: string;
  /** Patterns the design declares, in its order. */
  readonly declaredPatterns: readonly PatternId[];
  /** Patterns the design looks like (PATTERN_INFO's recognizers), declared or not, in catalogue order. */
  readonly recognizedPatterns: readonly PatternId[];
  /** One per entry point, the busiest (main) one first; empty without an entry point. */
  readonly latency: readonly ComparisonLatency[];
  /** The least available request path, percent; absent without an entry point. */
  readonly availabilityPct?: number;
  readonly monthlyCost: number;
  readonly currency: Currency;
}

function row(design: Design, metrics: DesignMetrics): ComparisonRow {
  const context = new RuleContext(design);
  const index = new Map(design.nodes.map((n, i) => [n.id, i]));
  const latency = metrics.latency.entries
    .map((e) => {
      const i = index.get(e.entry)!;
      return { entry: e.entry, label: design.nodes[i]!.label, rps: metrics.nodes[i]!.load.rate.value, p99Ms: e.p99.value, withinSlo: e.withinSlo };
    })
    .sort((a, b) => b.rps - a.rps);
  const availability = metrics.availability.map((e) => e.availability.value);
  return {
    designId: design.id,
    name: design.name,
    declaredPatterns: [...design.patterns],
    recognizedPatterns: PATTERNS.filter((p) => PATTERN_INFO[p].recognize(context)),
    latency,
    ...(availability.length === 0 ? {} : { availabilityPct: Math.min(...availability) }),
    monthlyCost: metrics.cost.total.value,
    currency: metrics.cost.currency,
  };
}

/**
 * Lab 1's comparison table: for each design, side by side, its declared and recognized patterns,
 * the p99 latency of each entry point (the main one first), its availability and its monthly
 * cost in its own currency. `metrics[i]`, when given, is `computeMetrics(designs[i])`. Pure.
 */
export function compareDesigns(designs: readonly Design[], metrics: readonly (DesignMetrics | undefined)[] = []): ComparisonRow[] {
  return designs.map((design, i) => row(design, metrics[i] ?? computeMetrics(design)));
}
