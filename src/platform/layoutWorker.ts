import ELK from 'elkjs/lib/elk-api';
import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
import type { Command, Design } from '../core';
import {
  createRestartingEngine,
  DEFAULT_LAYOUT_TIMEOUT_MS,
  layoutDesign,
  type LayoutBackend,
  type LayoutDirection,
  type RestartingEngine,
} from '../core/layout';

/**
 * ELK in a Web Worker: elk-api on this thread, the compiled ELK in a worker that Vite bundles
 * as its own file (`?worker`). A worker whose script fails to load or that crashes reports it
 * through its `error` event, and the engine drops it.
 */
function startElkWorker(broken: (reason: string) => void): LayoutBackend {
  const elk = new ELK({
    workerFactory: () => {
      const worker = new ElkWorker();
      // A script that fails to load fires a plain Event (no message); a crash, an ErrorEvent.
      worker.addEventListener('error', (event: Event) => {
        const message = event instanceof ErrorEvent ? event.message : '';
        broken(message === '' ? 'the layout worker could not start or crashed' : message);
      });
      worker.addEventListener('messageerror', () => broken('the layout worker sent a message that could not be read'));
      return worker;
    },
  });
  return {
    layout: (graph) => elk.layout(graph),
    stop: () => elk.terminateWorker(),
  };
}

/**
 * A layout engine running ELK in a Web Worker, so a layout never blocks the page. The worker
 * starts on the first layout. A layout that takes longer than its time limit rejects with a
 * LayoutError (`timeout`), and its worker is terminated: the next layout starts a new one, so
 * a hung layout does not poison later runs. `dispose()` terminates the worker.
 */
export function createWorkerLayoutEngine(): RestartingEngine {
  return createRestartingEngine(startElkWorker);
}

let shared: RestartingEngine | undefined;

/**
 * Lays the design out in the shared layout worker (created on first use) and resolves to the
 * one command that moves every component and group and records the direction: apply it with
 * the store's command path (one undo entry). Rejects with a LayoutError (`timeout` after
 * `timeoutMs`, or `failed`).
 *
 * The result is computed for the design passed in. If the design changes while the layout runs
 * (an edit, an undo, another file opened), the command may no longer fit or may undo that
 * edit's positions: dropping a result for an older design revision is the caller's business
 * (compare the design, or a revision counter, before applying).
 */
export function autoLayout(design: Design, direction: LayoutDirection, timeoutMs: number = DEFAULT_LAYOUT_TIMEOUT_MS): Promise<Command> {
  shared ??= createWorkerLayoutEngine();
  return layoutDesign(design, direction, shared, timeoutMs);
}
