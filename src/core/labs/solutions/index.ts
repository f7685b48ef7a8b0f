/**
 * The labs' reference solutions, kept for the tests: for each lab and part, a function from the
 * part's starting design (startLab) to a design that meets every objective. Not shipped in the
 * app; a trainer adding a lab adds its solution here so the tests prove the lab can be done.
 */
import type { Design } from '../../model/types';
import { batchSolution, edgeSolution, realtimeSolution } from './lab01';
import { lab02Solution } from './lab02';
import { lab03Solution } from './lab03';
import { lab04Solution } from './lab04';
import { lab05Solution } from './lab05';
import { lab06Solution } from './lab06';
import { lab07Solution } from './lab07';
import { lab08Solution } from './lab08';
import { lab09Solution } from './lab09';

export type Solution = (start: Design) => Design;

/** Lab number → part id → solution. */
export const SOLUTIONS: Readonly<Record<number, Readonly<Record<string, Solution>>>> = {
  1: { realtime: realtimeSolution, batch: batchSolution, edge: edgeSolution },
  2: { pipeline: lab02Solution },
  3: { sizing: lab03Solution },
  4: { serving: lab04Solution },
  5: { integration: lab05Solution },
  6: { security: lab06Solution },
  7: { optimise: lab07Solution },
  8: { platform: lab08Solution },
  9: { final: lab09Solution },
};
