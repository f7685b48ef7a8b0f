import type { Localized } from '../../catalog/schema';
import { translate, type Language } from '../../i18n';
import type { DesignMetrics } from '../../metrics/computeMetrics';
import { formatNumber } from '../../metrics/formatFigures';
import type { Design } from '../../model/types';
import type { LabMetric, Objective } from '../labSchema';
import { joined, localized, type DetailValues } from './detail';
import type { Evaluator } from './types';

type MetricObjective = Extract<Objective, { kind: 'metric' }>;

/** A measured value, and the entry point it was measured at when it is a worst case over several. */
interface Measure {
  readonly value: number;
  readonly entry?: string;
  readonly entries: number;
}

/** The worst value over the entry points: the highest latency, the lowest availability. */
function worst(entries: readonly { entry: string; value: number }[], higherIsWorse: boolean): Measure | undefined {
  let found: { entry: string; value: number } | undefined;
  for (const e of entries) if (found === undefined || (higherIsWorse ? e.value > found.value : e.value < found.value)) found = e;
  return found === undefined ? undefined : { value: found.value, entry: found.entry, entries: entries.length };
}

function measure(metric: LabMetric, metrics: DesignMetrics): Measure | undefined {
  switch (metric) {
    case 'p99LatencyMs':
      return worst(metrics.latency.entries.map((e) => ({ entry: e.entry, value: e.p99.value })), true);
    case 'p50LatencyMs':
      return worst(metrics.latency.entries.map((e) => ({ entry: e.entry, value: e.p50.value })), true);
    case 'availability':
      return worst(metrics.availability.map((e) => ({ entry: e.entry, value: e.availability.value })), false);
    case 'monthlyCost':
      return { value: metrics.cost.total.value, entries: 0 };
    case 'costPerMillionRequests':
      return metrics.cost.costPerMillionRequests === undefined ? undefined : { value: metrics.cost.costPerMillionRequests.value, entries: 0 };
  }
}

/** Decimals a metric is shown with: latencies to 0.1 ms, availabilities to 0.01 %, money to the cent below 100. */
function baseDigits(metric: LabMetric, value: number): number {
  if (metric === 'availability') return 2;
  if (metric === 'monthlyCost' || metric === 'costPerMillionRequests') return value >= 100 ? 0 : 2;
  return 1;
}

/**
 * Decimals enough to tell the measure from the bound it misses: 99.8996 % against 99.9 % shows
 * as 99.8996 %, not as 99.9 %. At most 6.
 */
function digitsFor(metric: LabMetric, value: number, bounds: readonly number[]): number {
  let digits = baseDigits(metric, value);
  while (digits < 6 && bounds.some((b) => b !== value && formatNumber(b, 'en', digits) === formatNumber(value, 'en', digits))) digits += 1;
  return digits;
}

/** A value of the metric with its unit, in a language. */
function formatted(metric: LabMetric, value: number, currency: string, language: Language, digits = baseDigits(metric, value)): string {
  const text = formatNumber(value, language, digits);
  switch (metric) {
    case 'p99LatencyMs':
    case 'p50LatencyMs':
      return translate(language, 'labs.units.ms', { value: text });
    case 'availability':
      return translate(language, 'labs.units.percent', { value: text });
    case 'monthlyCost':
    case 'costPerMillionRequests':
      return translate(language, 'labs.units.money', { value: text, currency });
  }
}

/** Components on request paths whose configured capacity is below their load: latency figures do not hold there. */
function saturated(design: Design, metrics: DesignMetrics): string[] {
  const onPaths = new Set(metrics.availability.flatMap((e) => e.nodes));
  const label = new Map(design.nodes.map((n) => [n.id, n.label]));
  return metrics.overCapacity.filter((id) => onPaths.has(id)).map((id) => label.get(id) ?? id);
}

function needs(objective: MetricObjective, currency: string): Localized {
  const { metric, min, max } = objective;
  const value = (bound: number) => (language: Language) => formatted(metric, bound, currency, language);
  if (min !== undefined && max !== undefined) return localized('labs.bounds.range', { min: value(min), max: value(max) });
  if (max !== undefined) return localized('labs.bounds.max', { value: value(max) });
  return localized('labs.bounds.min', { value: value(min!) });
}

const EPSILON = 1e-9;

function within(value: number, objective: MetricObjective): boolean {
  const { min, max } = objective;
  return (max === undefined || value <= max + EPSILON * Math.max(1, Math.abs(max))) && (min === undefined || value >= min - EPSILON * Math.max(1, Math.abs(min)));
}

/**
 * A metric objective passes when the metric is within its bounds. Latency and availability are
 * worst cases over the design's entry points (the slowest p99 or p50, the least available
 * path); costs are the design's monthly total and its cost per million requests.
 *
 * `atRequestsPerSecond`: the metrics are computed with the design's request load brought to that
 * rate (scaleLoad.ts: the busiest source gets it, the others keep their proportion); sizing and
 * costs follow the load. The latency model adds service times and does not slow down under load,
 * so a latency objective also fails when a component on a request path is over capacity at that
 * load: its queue would grow without bound and no p99 holds. `currency`: costs are computed in
 * it, whatever the design's currency.
 */
export const evaluateMetricObjective: Evaluator<MetricObjective> = (objective, context) => {
  const { metric, atRequestsPerSecond: rps, currency: wanted } = objective;
  const metrics = context.metrics({ ...(rps === undefined ? {} : { rps }), ...(wanted === undefined ? {} : { currency: wanted }) });
  const currency = metrics.workload.currency;
  const bound = needs(objective, currency);
  const found = measure(metric, metrics);
  if (found === undefined) {
    const why = metric === 'costPerMillionRequests' ? localized('labs.detail.noLoad') : localized('labs.detail.noEntry');
    return { passed: false, detail: joined([why, bound]) };
  }
  const digits = digitsFor(metric, found.value, [objective.min, objective.max].filter((b) => b !== undefined));
  const values: DetailValues = {
    measured: (language) => translate(language, `labs.measured.${metric}`, { value: formatted(metric, found.value, currency, language, digits) }),
    at: (language) => (rps === undefined ? '' : translate(language, 'labs.detail.atRate', { rate: formatNumber(rps, language, 0) })),
    needs: (language) => bound[language],
  };
  const parts = [localized('labs.detail.metric', values)];
  let passed = within(found.value, objective);
  if (found.entries > 1 && found.entry !== undefined) {
    const entry = context.design.nodes.find((n) => n.id === found.entry)?.label ?? found.entry;
    parts.push(localized('labs.detail.worstEntry', { entry }));
  }
  if (metric === 'p99LatencyMs' || metric === 'p50LatencyMs') {
    const over = saturated(context.design, metrics);
    if (over.length > 0) {
      passed = false;
      parts.push(localized('labs.detail.overCapacity', { list: over.join(', ') }));
    }
  }
  return { passed, detail: joined(parts) };
};
