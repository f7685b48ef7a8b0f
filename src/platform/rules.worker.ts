/// <reference lib="webworker" />
import './noEval';
import { createChecker, type CheckRequest } from './workerChecks';

const check = createChecker();

/** The rules engine off the main thread, for large designs: one design in, its findings out. */
self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id } = event.data;
  try {
    self.postMessage({ id, ok: true, evaluation: check(event.data) });
  } catch (error) {
    self.postMessage({ id, ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
});
