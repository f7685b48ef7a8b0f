import type { Rule } from '../types';
import { localInference } from './localInference';
import { noRawDataToCentre } from './noRawDataToCentre';
import { secureAggregation } from './secureAggregation';

/** The rules of this area, in the order the Findings tab lists them. */
export const EDGE_RULES: readonly Rule[] = [noRawDataToCentre, localInference, secureAggregation];
