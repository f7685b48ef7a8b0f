import type { ExchangeRate } from '../schema';

/**
 * Exchange rates from the US dollar, the currency of every list price in these tables, to the
 * currencies a design can show its costs in (`workload.currency`). The cost calculator
 * multiplies a USD figure by `perUsd` and names this entry's source and date beside the result.
 *
 * The euro rate is OUR ESTIMATE (S90), about where the euro traded in 2025–26, so the figure is
 * marked as such. To update it: take the ECB euro foreign exchange reference rate for USD of the
 * day (it gives USD per EUR: perUsd = 1 / that rate), add the ECB as a source in ../sources.ts,
 * set `source`, `date` (the day of the rate) and `estimate: false`, then run
 * `npx vitest run src/core/catalog src/core/metrics`.
 */
export const EXCHANGE_RATES: ExchangeRate[] = [
  // The identity, so every currency has an entry; exact by definition.
  { currency: 'USD', perUsd: 1, source: 'S90', date: '2026-11', estimate: false },
  { currency: 'EUR', perUsd: 0.86, source: 'S90', date: '2026-11', estimate: true },
];
