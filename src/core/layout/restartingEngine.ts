import { LayoutError, type LayoutEngine } from './layoutDesign';
import type { ElkNode } from './toElkGraph';
import { timers } from './timers';

/** Something running ELK that can be stopped, such as a Web Worker (src/platform/layoutWorker.ts). */
export interface LayoutBackend {
  layout(graph: ElkNode): Promise<ElkNode>;
  /** Stops it for good (terminates the worker). Layouts still running on it never settle. */
  stop(): void;
}

/**
 * Starts a backend. `broken` is for the backend to call when it cannot go on (a worker's
 * `error` event: its script did not load, it crashed): the engine then drops it as after a
 * timeout.
 */
export type StartBackend = (broken: (reason: string) => void) => LayoutBackend;

export interface RestartingEngine extends LayoutEngine {
  /** Stops the current backend, if any, and rejects the layouts still running on it. */
  dispose(): void;
}

/** A started backend and the rejecters of the layouts running on it. */
interface Running {
  backend: LayoutBackend;
  pending: Set<(error: LayoutError) => void>;
}

/**
 * A LayoutEngine over a backend that may hang. The backend starts on the first layout. Each
 * layout has its time limit: once it is past, the layout rejects (`timeout`), the backend is
 * stopped and the next layout starts a fresh one, so one hung layout does not poison the later
 * ones. Other layouts still running on a stopped or broken backend reject too (`failed`).
 */
export function createRestartingEngine(start: StartBackend): RestartingEngine {
  let current: Running | undefined;

  const drop = (instance: Running, error: LayoutError) => {
    if (current === instance) current = undefined;
    instance.backend.stop();
    for (const reject of [...instance.pending]) reject(error);
    instance.pending.clear();
  };

  const running = (): Running => {
    if (current !== undefined) return current;
    // The backend may report that it broke only once it exists: `started` is set right after.
    const started: { instance?: Running } = {};
    const broken = (reason: string) => {
      if (started.instance !== undefined) drop(started.instance, new LayoutError(`the layout engine stopped: ${reason}`, 'failed'));
    };
    const instance: Running = { backend: start(broken), pending: new Set() };
    started.instance = instance;
    current = instance;
    return instance;
  };

  return {
    layout(graph, { timeoutMs }) {
      const instance = running();
      return new Promise<ElkNode>((resolve, reject) => {
        let settled = false;
        const finish = (): boolean => {
          if (settled) return false;
          settled = true;
          timers.clearTimeout(timer);
          instance.pending.delete(fail);
          return true;
        };
        const fail = (error: LayoutError) => {
          if (finish()) reject(error);
        };
        instance.pending.add(fail);
        const timer = timers.setTimeout(() => {
          const error = new LayoutError(`layout took longer than ${timeoutMs} ms`, 'timeout');
          fail(error);
          drop(instance, new LayoutError('the layout engine was restarted after another layout timed out', 'failed'));
        }, timeoutMs);
        let work: Promise<ElkNode>;
        try {
          work = instance.backend.layout(graph);
        } catch (error) {
          work = Promise.reject(error);
        }
        work.then(
          (result) => {
            if (finish()) resolve(result);
          },
          (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            fail(error instanceof LayoutError ? error : new LayoutError(`layout failed: ${message}`, 'failed', error));
          },
        );
      });
    },
    dispose() {
      if (current !== undefined) drop(current, new LayoutError('the layout engine was stopped', 'failed'));
    },
  };
}
