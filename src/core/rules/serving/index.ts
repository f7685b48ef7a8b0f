import type { Rule } from '../types';
import { asyncLongInference } from './asyncLongInference';
import { clientOrchestration } from './clientOrchestration';
import { coldStart } from './coldStart';
import { ensembleBranchTimeouts } from './ensembleBranchTimeouts';
import { heavyModelOffFaas } from './heavyModelOffFaas';

/** The rules of this area, in the order the Findings tab lists them. */
export const SERVING_RULES: readonly Rule[] = [
  asyncLongInference,
  heavyModelOffFaas,
  coldStart,
  ensembleBranchTimeouts,
  clientOrchestration,
];
