import type { Rule } from '../types';
import { backpressure } from './backpressure';
import { boundedRetries } from './boundedRetries';
import { bulkhead } from './bulkhead';
import { circuitBreaker } from './circuitBreaker';
import { deadLetterQueue } from './deadLetterQueue';
import { retryAmplification } from './retryAmplification';
import { serviceDiscovery } from './serviceDiscovery';
import { syncTimeouts } from './syncTimeouts';
import { timeoutBudget } from './timeoutBudget';

/** The rules of this area, in the order the Findings tab lists them. */
export const RESILIENCE_RULES: readonly Rule[] = [
  syncTimeouts,
  boundedRetries,
  circuitBreaker,
  bulkhead,
  deadLetterQueue,
  serviceDiscovery,
  retryAmplification,
  timeoutBudget,
  backpressure,
];
