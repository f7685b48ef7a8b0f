import type { StateCreator, StoreApi } from 'zustand';
import { RULES, afterTextEdit, createDesign, carryOver, checkDesign, planTextEdit, recheck, renamedTexts, sameRuleInputs, type Design, type Evaluation } from '../core';
import type { ArchState } from './types';

/** Checks a design somewhere else (a Web Worker); resolves to undefined when a newer check superseded it. */
export type BackgroundEvaluator = (design: Design) => Promise<Evaluation | undefined>;

/**
 * Designs with more components and connections than this are checked in the background when an
 * evaluator is given: below it (about 500 components), a check takes under 15 ms on a slow
 * machine and runs at once; above it, a check could hold the page for more than 50 ms.
 */
export const BACKGROUND_THRESHOLD = 1_200;

export interface FindingsSlice {
  /** The findings of `evaluatedDesign`: the current design, or for a large one, the last checked. */
  evaluation: Evaluation;
  evaluatedDesign: Design;
}

const EMPTY: Evaluation = { findings: [], evaluated: [], severities: {} };
/** Stands for "no design checked yet": never the open design, so nothing is carried over from it. */
const UNCHECKED: Design = createDesign('unchecked', 'unchecked');

/** The design the findings describe; the open one while a large design waits for its first check. */
export function checkedDesign(state: Pick<ArchState, 'design' | 'evaluatedDesign'>): Design {
  return state.evaluatedDesign === UNCHECKED ? state.design : state.evaluatedDesign;
}

const isLarge = (design: Design) => design.nodes.length + design.edges.length > BACKGROUND_THRESHOLD;

export const createFindingsSlice =
  (initial: Design, background: BackgroundEvaluator | undefined): StateCreator<ArchState, [], [], FindingsSlice> =>
  () =>
    background !== undefined && isLarge(initial)
      ? // Not checked yet: no edit may carry these empty findings over before the worker answers.
        { evaluation: EMPTY, evaluatedDesign: UNCHECKED }
      : { evaluation: checkDesign(initial), evaluatedDesign: initial };

/** Keeps the findings in step with the design: at once for small designs, in the background for large ones. */
export function followDesign(store: StoreApi<ArchState>, background: BackgroundEvaluator | undefined): void {
  const inBackground = (design: Design, evaluate: BackgroundEvaluator) =>
    evaluate(design).then(
      (evaluation) => {
        if (evaluation !== undefined && store.getState().design === design) store.setState({ evaluation, evaluatedDesign: design });
      },
      // A worker that fails leaves the page usable: check here instead, once.
      () => {
        if (store.getState().design === design) store.setState({ evaluation: checkDesign(design), evaluatedDesign: design });
      },
    );
  // A large design goes to the worker in a task of its own, after the edit's: handing it over
  // copies it (about 50 ms at 10,000 components), which would lengthen the task of the edit (a
  // drop, a paste) past what feels immediate. Of edits made before that task runs, only the last
  // design goes.
  let waiting: Design | undefined;
  const sendLater = (design: Design, evaluate: BackgroundEvaluator) => {
    const scheduled = waiting !== undefined;
    waiting = design;
    if (scheduled) return;
    setTimeout(() => {
      const latest = waiting!;
      waiting = undefined;
      // An edit since then that needed no worker (an undo back to the checked design) leaves nothing to do.
      if (store.getState().design === latest) void inBackground(latest, evaluate);
    }, 0);
  };
  const check = (design: Design, reuse = true) => {
    const { evaluatedDesign, evaluation } = store.getState();
    const large = background !== undefined && isLarge(design);
    if (reuse && !large) {
      // A move carries the findings over, a rename runs only the rules that named it.
      store.setState({ evaluation: recheck(evaluatedDesign, evaluation, design), evaluatedDesign: design });
      return;
    }
    if (reuse) {
      // Large: here only what costs nothing (a move, a text no finding names); the rest in the worker.
      if (sameRuleInputs(evaluatedDesign, design)) {
        store.setState({ evaluation: carryOver(evaluation, design), evaluatedDesign: design });
        return;
      }
      const renames = renamedTexts(evaluatedDesign, design);
      if (renames !== null && planTextEdit(evaluation, renames).rerun.size === 0) {
        store.setState({ evaluation: afterTextEdit(evaluation, design, RULES, renames), evaluatedDesign: design });
        return;
      }
    }
    if (!large) {
      store.setState({ evaluation: checkDesign(design), evaluatedDesign: design });
      return;
    }
    sendLater(design, background);
  };
  if (background !== undefined && isLarge(store.getState().design)) check(store.getState().design, false);
  store.subscribe((state, previous) => {
    if (state.design !== previous.design) check(state.design);
  });
}
