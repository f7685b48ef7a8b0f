import { RULES, afterStructuralEdit, afterValueEdit, checkDesign, toPlainEvaluation, type Design, type Evaluation, type PlainEvaluation } from '../core';

/** What the page asks the rules worker: a design to check. */
export interface CheckRequest {
  readonly id: number;
  readonly design: Design;
  /**
   * Set when the design differs from that of an earlier request only in values (component
   * properties, connection settings): that request's id, and the read-log keys of what changed
   * (see valueEdits in the core), with the ids of the elements whose values changed, when the
   * other rule inputs are the same (see structuralEdit in the core); or only in its structure:
   * the ids of the components, connections and groups added, removed or changed.
   */
  readonly since?: { readonly id: number; readonly keys: readonly string[]; readonly changed?: ChangedIds } | { readonly id: number; readonly changed: ChangedIds };
}

/** What an edit of the structure changed, as ids. */
export interface ChangedIds {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly groups: readonly string[];
}

/**
 * The worker's side: checks each design it is sent. When a request says it differs from the
 * last design checked only in some values, only the rules that read them run again; when it
 * says which elements of the structure changed, only the rules that looked at them (as the page
 * does for small designs); otherwise every rule runs. A design arrives as a copy, so the
 * worker cannot compare it with the last one by reference: the page, which can, says what changed.
 */
export function createChecker(): (request: CheckRequest) => PlainEvaluation {
  let last: { id: number; evaluation: Evaluation } | undefined;
  return ({ id, design, since }) => {
    const previous = since !== undefined && last?.id === since.id ? last.evaluation : undefined;
    // Forgotten first: a check that throws leaves nothing to build on.
    last = undefined;
    const edit = since?.changed === undefined ? undefined : { nodes: new Set(since.changed.nodes), edges: new Set(since.changed.edges), groups: new Set(since.changed.groups) };
    const evaluation = previous === undefined || since === undefined
      ? checkDesign(design)
      : 'keys' in since
        ? afterValueEdit(previous, design, RULES, new Set(since.keys), edit)
        : afterStructuralEdit(previous, design, RULES, edit!);
    last = { id, evaluation };
    return toPlainEvaluation(evaluation);
  };
}
