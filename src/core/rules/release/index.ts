import type { Rule } from '../types';
import { abOutcomeMetrics } from './abOutcomeMetrics';
import { blueGreenSwitch } from './blueGreenSwitch';
import { canaryAnalysis } from './canaryAnalysis';
import { shadowNoSideEffects } from './shadowNoSideEffects';

/** The rules of this area, in the order the Findings tab lists them. */
export const RELEASE_RULES: readonly Rule[] = [canaryAnalysis, blueGreenSwitch, shadowNoSideEffects, abOutcomeMetrics];
