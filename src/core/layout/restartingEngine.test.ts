import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inferenceDesign } from '../testing/builders';
import { layoutDesign, type LayoutError } from './layoutDesign';
import { createRestartingEngine, type LayoutBackend } from './restartingEngine';
import type { ElkNode } from './toElkGraph';

/** A backend whose layouts the test settles by hand, as a worker would answer. */
interface FakeBackend extends LayoutBackend {
  n: number;
  stopped: boolean;
  calls: { graph: ElkNode; resolve(node: ElkNode): void; reject(error: unknown): void }[];
  broken(reason: string): void;
}

function fakeBackends() {
  const started: FakeBackend[] = [];
  const start = (broken: (reason: string) => void): LayoutBackend => {
    const backend: FakeBackend = {
      n: started.length,
      stopped: false,
      calls: [],
      broken,
      layout: (graph) => new Promise<ElkNode>((resolve, reject) => backend.calls.push({ graph, resolve, reject })),
      stop: () => {
        backend.stopped = true;
      },
    };
    started.push(backend);
    return backend;
  };
  return { started, start };
}

const graph = (id: string): ElkNode => ({ id });
/**
 * The settled state of a promise once pending callbacks ran. It handles the promise at once, so
 * a rejection caused later (by advancing the clock) is never reported as unhandled.
 */
async function state<T>(promise: Promise<T>): Promise<{ value?: T; error?: LayoutError } | 'pending'> {
  let result: { value?: T; error?: LayoutError } | 'pending' = 'pending';
  promise.then(
    (value) => (result = { value }),
    (error: LayoutError) => (result = { error }),
  );
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
  return result;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRestartingEngine', () => {
  it('starts its backend on the first layout and keeps it for the next ones', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    expect(started).toHaveLength(0);
    const first = engine.layout(graph('a'), { timeoutMs: 1_000 });
    started[0]?.calls[0]?.resolve({ id: 'a', x: 1 });
    expect(await state(first)).toEqual({ value: { id: 'a', x: 1 } });
    const second = engine.layout(graph('b'), { timeoutMs: 1_000 });
    started[0]?.calls[1]?.resolve({ id: 'b' });
    expect(await state(second)).toEqual({ value: { id: 'b' } });
    expect(started).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a timeout, stops the hung backend, fails what ran on it, and starts a fresh one next time', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    const hung = engine.layout(graph('a'), { timeoutMs: 100 });
    const other = engine.layout(graph('b'), { timeoutMs: 10_000 });
    const hungState = state(hung);
    const otherState = state(other);
    vi.advanceTimersByTime(100);
    const timedOut = await hungState;
    expect(timedOut !== 'pending' && [timedOut.error?.cause, timedOut.error?.message]).toEqual(['timeout', 'layout took longer than 100 ms']);
    const dropped = await otherState;
    expect(dropped !== 'pending' && dropped.error?.cause).toBe('failed');
    expect(started[0]?.stopped).toBe(true);

    const next = engine.layout(graph('c'), { timeoutMs: 100 });
    expect(started).toHaveLength(2);
    started[1]?.calls[0]?.resolve({ id: 'c' });
    expect(await state(next)).toEqual({ value: { id: 'c' } });
    // A late answer from the stopped backend changes nothing.
    started[0]?.calls[0]?.resolve({ id: 'late' });
    expect(await state(hung)).toEqual(timedOut);
  });

  it('keeps its backend when one layout fails, and reports the failure', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    const failing = engine.layout(graph('a'), { timeoutMs: 1_000 });
    started[0]?.calls[0]?.reject(new Error('Referenced shape does not exist: zz'));
    const result = await state(failing);
    expect(result !== 'pending' && [result.error?.cause, result.error?.message]).toEqual([
      'failed',
      'layout failed: Referenced shape does not exist: zz',
    ]);
    expect(started[0]?.stopped).toBe(false);
    void engine.layout(graph('b'), { timeoutMs: 1_000 });
    expect(started).toHaveLength(1);
  });

  it('drops a backend that reports it broke (a worker that did not load)', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    const pending = engine.layout(graph('a'), { timeoutMs: 10_000 });
    started[0]?.broken('worker script not found');
    const result = await state(pending);
    expect(result !== 'pending' && [result.error?.cause, result.error?.message]).toEqual([
      'failed',
      'the layout engine stopped: worker script not found',
    ]);
    expect(started[0]?.stopped).toBe(true);
    void engine.layout(graph('b'), { timeoutMs: 1_000 });
    expect(started).toHaveLength(2);
  });

  it('treats a backend that throws at once as a failed layout', async () => {
    const engine = createRestartingEngine(() => ({
      layout: () => {
        throw new Error('cannot post');
      },
      stop: () => {},
    }));
    const result = await state(engine.layout(graph('a'), { timeoutMs: 1_000 }));
    expect(result !== 'pending' && result.error?.cause).toBe('failed');
  });

  it('dispose stops the backend and fails what runs on it', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    const pending = engine.layout(graph('a'), { timeoutMs: 10_000 });
    engine.dispose();
    const result = await state(pending);
    expect(result !== 'pending' && result.error?.cause).toBe('failed');
    expect(started[0]?.stopped).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with layoutDesign: a retry right after a timeout runs on a fresh backend', async () => {
    const { started, start } = fakeBackends();
    const engine = createRestartingEngine(start);
    const first = state(layoutDesign(inferenceDesign(), 'LR', engine, 100));
    await vi.advanceTimersByTimeAsync(100);
    const timedOut = await first;
    expect(timedOut !== 'pending' && timedOut.error?.cause).toBe('timeout');
    // The caller retries as soon as it hears of the timeout: the hung backend is already gone.
    const retry = layoutDesign(inferenceDesign(), 'LR', engine, 100);
    expect(started).toHaveLength(2);
    expect(started[0]?.stopped).toBe(true);
    const call = started[1]?.calls[0];
    call?.resolve(call.graph);
    expect(await state(retry)).toMatchObject({ value: { op: 'batch' } });
  });
});
