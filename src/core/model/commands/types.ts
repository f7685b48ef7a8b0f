import type { Box, Decision, DesignEdge, DesignGroup, DesignNode, RulePolicy, Workload } from '../types';
import type { PatternId } from '../vocabulary';
import type { CustomType } from '../customTypeSchema';

/**
 * A patch of an element: the keys to change. `null` removes an optional key (such as a parent),
 * so a patch stays plain JSON.
 */
export type Patch<T> = { [K in Exclude<keyof T, 'id'>]?: T[K] | (undefined extends T[K] ? null : never) };

export interface DesignPatch {
  name?: string;
  description?: string;
  workload?: Workload;
  patterns?: PatternId[];
  rulePolicy?: RulePolicy;
  direction?: 'LR' | 'TB';
}

/**
 * Every change to a design, as plain data. `applyCommand` applies one and returns its inverse,
 * so undo, redo, quick-fixes and labs all go through the same path.
 */
export type Command =
  | { op: 'add-node'; node: DesignNode; box?: Box; index?: number }
  | { op: 'remove-node'; id: string }
  | { op: 'update-node'; id: string; patch: Patch<DesignNode> }
  | { op: 'add-edge'; edge: DesignEdge; index?: number }
  | { op: 'remove-edge'; id: string }
  | { op: 'update-edge'; id: string; patch: Patch<DesignEdge> }
  | { op: 'add-group'; group: DesignGroup; box?: Box; index?: number }
  | { op: 'remove-group'; id: string }
  | { op: 'update-group'; id: string; patch: Patch<DesignGroup> }
  | { op: 'set-boxes'; boxes: Record<string, Box | null> }
  | { op: 'update-design'; patch: DesignPatch }
  | { op: 'add-decision'; decision: Decision; index?: number }
  | { op: 'remove-decision'; id: string }
  | { op: 'update-decision'; id: string; patch: Patch<Decision> }
  | { op: 'add-custom-type'; type: CustomType; index?: number }
  | { op: 'remove-custom-type'; id: string }
  | { op: 'update-custom-type'; id: string; patch: Patch<CustomType> }
  | { op: 'batch'; commands: Command[] };

export type CommandOp = Command['op'];

/** Raised when a command does not fit the design (an unknown id, a broken reference). */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
