import type { Rule } from '../types';
import { chattyCrossRegion } from './chattyCrossRegion';
import { clientToDatabase } from './clientToDatabase';
import { deepSyncChain } from './deepSyncChain';
import { sharedDatabase } from './sharedDatabase';
import { unboundedFanOut } from './unboundedFanOut';

/** The rules of this area, in the order the Findings tab lists them. */
export const ANTIPATTERNS_RULES: readonly Rule[] = [clientToDatabase, sharedDatabase, deepSyncChain, unboundedFanOut, chattyCrossRegion];
