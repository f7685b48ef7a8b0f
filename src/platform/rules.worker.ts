/// <reference lib="webworker" />
import './noEval';
import { checkDesign, toPlainEvaluation, type Design } from '../core';

/** The rules engine off the main thread, for large designs: one design in, its findings out. */
self.addEventListener('message', (event: MessageEvent<{ id: number; design: Design }>) => {
  const { id, design } = event.data;
  try {
    self.postMessage({ id, ok: true, evaluation: toPlainEvaluation(checkDesign(design)) });
  } catch (error) {
    self.postMessage({ id, ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
});
