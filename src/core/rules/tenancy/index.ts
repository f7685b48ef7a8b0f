import type { Rule } from '../types';
import { siloKeys } from './siloKeys';
import { tenantLimits } from './tenantLimits';

/** The rules of this area, in the order the Findings tab lists them. */
export const TENANCY_RULES: readonly Rule[] = [tenantLimits, siloKeys];
