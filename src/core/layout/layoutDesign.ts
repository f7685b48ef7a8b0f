import type { DefaultSizes } from '../model/moveElements';
import type { Command } from '../model/commands/types';
import type { Design } from '../model/types';
import { fromElkLayout } from './fromElkLayout';
import { toElkGraph, type ElkNode, type LayoutDirection } from './toElkGraph';
import { timers } from './timers';

/**
 * Something that runs ELK on a graph: the bundled ELK on the same thread in Node (CLI, tests,
 * bench: src/cli/layoutEngine.ts), a Web Worker in the browser (src/platform/layoutWorker.ts).
 * An engine that can stop a running layout (a worker) should do so after `timeoutMs`.
 */
export interface LayoutEngine {
  layout(graph: ElkNode, options: { timeoutMs: number }): Promise<ElkNode>;
}

export type LayoutFailure = 'timeout' | 'failed';

/** A layout that did not finish: it took longer than its time limit, or ELK failed. */
export class LayoutError extends Error {
  /** Why: `timeout` (took longer than allowed) or `failed` (the engine threw or gave no usable result). */
  override readonly cause: LayoutFailure;
  /** The engine's own error, when there is one. */
  readonly detail: unknown;

  constructor(message: string, cause: LayoutFailure, detail?: unknown) {
    super(message);
    this.name = 'LayoutError';
    this.cause = cause;
    this.detail = detail;
  }
}

/** Time limit of a layout, by default (ms). */
export const DEFAULT_LAYOUT_TIMEOUT_MS = 10_000;

/** Runs `work`, rejecting with a timeout LayoutError when it takes longer than `ms`; always clears its timer. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let handle: unknown;
  const timeout = new Promise<never>((_resolve, reject) => {
    handle = timers.setTimeout(() => reject(new LayoutError(`layout took longer than ${ms} ms`, 'timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => timers.clearTimeout(handle));
}

function asLayoutError(error: unknown): LayoutError {
  if (error instanceof LayoutError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LayoutError(`layout failed: ${message}`, 'failed', error);
}

/**
 * Lays a design out with ELK (layered, `direction` LR or TB) and resolves to the one command
 * that moves every component and group to its new place and records the direction (see
 * fromElkLayout). Rejects with a LayoutError: `timeout` when the engine takes longer than
 * `timeoutMs`, `failed` when it throws. The design is not changed: apply the command.
 */
export async function layoutDesign(
  design: Design,
  direction: LayoutDirection,
  engine: LayoutEngine,
  timeoutMs: number = DEFAULT_LAYOUT_TIMEOUT_MS,
  sizes?: DefaultSizes,
): Promise<Command> {
  const graph = toElkGraph(design, sizes === undefined ? { direction } : { direction, sizes });
  // The engine is called first, so that an engine with its own timer of the same length (the
  // worker engine) fires before ours: timers of equal delay fire in the order they were set. It
  // then restarts its worker before the caller hears of the timeout and maybe retries at once.
  let work: Promise<ElkNode>;
  try {
    work = Promise.resolve(engine.layout(graph, { timeoutMs }));
  } catch (error) {
    work = Promise.reject(error);
  }
  let laidOut: ElkNode;
  try {
    laidOut = await withTimeout(work, timeoutMs);
  } catch (error) {
    throw asLayoutError(error);
  }
  try {
    return fromElkLayout(design, laidOut, direction);
  } catch (error) {
    throw asLayoutError(error);
  }
}
