import { RULES, afterValueEdit, checkDesign, toPlainEvaluation, type Design, type Evaluation, type PlainEvaluation } from '../core';

/** What the page asks the rules worker: a design to check. */
export interface CheckRequest {
  readonly id: number;
  readonly design: Design;
  /**
   * Set when the design differs from that of an earlier request only in values (component
   * properties, connection settings): that request's id, and the read-log keys of what changed
   * (see valueEdits in the core).
   */
  readonly since?: { readonly id: number; readonly keys: readonly string[] };
}

/**
 * The worker's side: checks each design it is sent. When a request says it differs from the
 * last design checked only in some values, only the rules that read them run again (as the
 * page does for small designs); otherwise every rule runs. A design arrives as a copy, so the
 * worker cannot compare it with the last one by reference: the page, which can, says what changed.
 */
export function createChecker(): (request: CheckRequest) => PlainEvaluation {
  let last: { id: number; evaluation: Evaluation } | undefined;
  return ({ id, design, since }) => {
    const previous = since !== undefined && last?.id === since.id ? { evaluation: last.evaluation, keys: new Set(since.keys) } : undefined;
    // Forgotten first: a check that throws leaves nothing to build on.
    last = undefined;
    const evaluation = previous === undefined ? checkDesign(design) : afterValueEdit(previous.evaluation, design, RULES, previous.keys);
    last = { id, evaluation };
    return toPlainEvaluation(evaluation);
  };
}
