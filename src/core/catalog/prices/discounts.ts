import type { Discount } from '../schema';

/**
 * Discounts off the on-demand price, per provider, as percentages: what the cost calculator
 * applies for the spot and committed pricing models.
 *
 * The providers advertise "up to" figures (DOMAIN.md §2.7): AWS Spot up to 90% [S39], GCP Spot
 * up to 91% [S40], Azure Spot up to ~90% [S41]; AWS Savings Plans/RIs up to 72% [S42]; GCP
 * resource-based CUDs up to 57% (70% memory-optimized) [S40]; Azure RIs up to 72%, savings plan
 * up to 65% [S41]. Those are CEILINGS, reached for a few instance families in a few regions.
 * The values below are TYPICAL values, so every one is an estimate:
 * - spot: ~70% for CPU instances; GPU spot discounts observed lower and volatile (p4d ≈ 51%,
 *   g4dn ≈ 70% in 2025–26 snapshots [S33]), DOMAIN.md says default to 50–70%: we use 60%;
 * - 1-year commitment ~40% and 3-year ~60% (no upfront payment, general-purpose families), for
 *   GCP its published resource-based CUD rates for general-purpose machines (37% and 55%).
 *
 * To update: change the figure, `date` (when you read it), `source` (an id of ../sources.ts) and
 * keep `estimate: true` unless the figure is a provider's own published rate, not a ceiling.
 */

/** When these typical values were chosen. */
const DATE = '2026-11';

export const DISCOUNTS: Discount[] = [
  // Spot [S39]; Savings Plans / RIs up to 72% [S42], the source recorded here.
  { provider: 'aws', spotCpuPct: 70, spotGpuPct: 60, commit1yPct: 40, commit3yPct: 60, source: 'S42', date: DATE, estimate: true },
  // Spot VMs up to 91%, resource-based CUDs up to 57% [S40].
  { provider: 'gcp', spotCpuPct: 70, spotGpuPct: 60, commit1yPct: 37, commit3yPct: 55, source: 'S40', date: DATE, estimate: true },
  // Spot up to ~90%, reservations up to 72%, savings plan up to 65% [S41] (EST).
  { provider: 'azure', spotCpuPct: 70, spotGpuPct: 60, commit1yPct: 40, commit3yPct: 60, source: 'S41', date: DATE, estimate: true },
];
