import type { Rule } from '../types';
import { drSecondRegion } from './drSecondRegion';
import { multiZoneStores } from './multiZoneStores';
import { overCapacity } from './overCapacity';
import { singlePointOfFailure } from './singlePointOfFailure';
import { telemetry } from './telemetry';

/** The rules of this area, in the order the Findings tab lists them. */
export const OPERATIONS_RULES: readonly Rule[] = [singlePointOfFailure, overCapacity, multiZoneStores, drSecondRegion, telemetry];
