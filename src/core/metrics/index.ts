/**
 * The live metrics of a design (issue 6; DOMAIN.md §2): load propagation, sizing, latency
 * budget, availability and cost, each a small pure module, and computeMetrics combining them.
 */
export type { Figure, FigureInput, FigureSource } from './figure';
export {
  COEFFICIENTS,
  DAYS_PER_MONTH,
  HOURS_PER_MONTH,
  HOURS_PER_YEAR,
  NETWORK_CLASSES,
  NETWORK_RTT,
  SECONDS_PER_DAY,
  SECONDS_PER_MONTH,
  type Coefficient,
  type CoefficientKey,
  type NetworkClass,
} from './coefficients';
export { MetricsGraph, metricsGraph } from './graph';
export { propagateLoad, propagateRates, carriesLoad, megabytesPerSecond, type LoadRates, type LoadResult, type LoadSource, type NodeLoad, type RateBasis } from './loadPropagation';
export {
  sizeNodes,
  replicasForLoad,
  batchReplicas,
  kafkaPartitions,
  kafkaBrokers,
  littlesLaw,
  storedData,
  type CountSizing,
  type NodeSizing,
  type ReplicaCount,
  type ReplicaSizing,
  type SizingOptions,
  type SizingResult,
  type StorageSizing,
  type StoredData,
} from './sizing';
export {
  computeAvailability,
  seriesAvailability,
  parallelAvailability,
  downtimeHoursPerYear,
  type AvailabilityResult,
  type EntryAvailability,
  type NodeAvailability,
} from './availability';
export { latencyBudget, type EntryLatency, type LatencyHop, type LatencyResult, type TimeoutFlag } from './latency';
export {
  costDesign,
  discountPct,
  monthlyInstanceCost,
  resolveInstance,
  type CostKind,
  type CostLine,
  type CostResult,
  type NodeCost,
  type PriceFallback,
  type PricingOption,
} from './cost';
export {
  computeMetrics,
  type Assumption,
  type DesignMetrics,
  type EdgeLoad,
  type MetricsOptions,
  type NodeMetrics,
  type WorkloadSummary,
} from './computeMetrics';
export { formatNumber, formatAmount, formatPercent, formatMoney } from './formatFigures';
