import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../model/commands/applyCommand';
import { inferenceDesign } from '../testing/builders';
import { layoutDesign, LayoutError, withTimeout, type LayoutEngine } from './layoutDesign';
import type { ElkNode } from './toElkGraph';

/** A stand-in for ELK: puts the children of every node in a row, 300 px apart, 48 px down. */
function rowEngine(): LayoutEngine & { graphs: ElkNode[] } {
  const graphs: ElkNode[] = [];
  const place = (node: ElkNode): ElkNode => ({
    ...node,
    children: node.children?.map((child, i) => ({ ...place(child), x: 24 + i * 300, y: 48 })),
  });
  return {
    graphs,
    layout: async (graph) => {
      graphs.push(graph);
      return place(graph);
    },
  };
}

const never: LayoutEngine = { layout: () => new Promise<ElkNode>(() => {}) };

async function rejection(promise: Promise<unknown>): Promise<LayoutError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LayoutError) return error;
    throw error;
  }
  throw new Error('expected a LayoutError');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('layoutDesign', () => {
  it('hands the engine the ELK graph of the design and turns its answer into one command', async () => {
    const engine = rowEngine();
    const command = await layoutDesign(inferenceDesign(), 'TB', engine);
    expect(engine.graphs).toHaveLength(1);
    expect(engine.graphs[0]?.layoutOptions?.['elk.direction']).toBe('DOWN');
    const after = applyCommand(inferenceDesign(), command).design;
    expect(after.layout.direction).toBe('TB');
    // region (first top-level child) at (24, 48); platform inside at (24, 48) more; gw first inside that.
    expect(after.layout.elements.region).toMatchObject({ x: 24, y: 48 });
    expect(after.layout.elements.platform).toMatchObject({ x: 48, y: 96 });
    expect(after.layout.elements.gw).toEqual({ x: 72, y: 144 });
  });

  it('rejects with a timeout LayoutError when the engine never answers', async () => {
    const error = await rejection(layoutDesign(inferenceDesign(), 'LR', never, 20));
    expect(error.cause).toBe('timeout');
    expect(error.message).toBe('layout took longer than 20 ms');
    expect(error.name).toBe('LayoutError');
  });

  it('rejects with a failed LayoutError when the engine throws or rejects', async () => {
    const throws: LayoutEngine = {
      layout: () => {
        throw new Error('boom');
      },
    };
    const rejects: LayoutEngine = { layout: () => Promise.reject(new Error('no such node')) };
    const thrown = await rejection(layoutDesign(inferenceDesign(), 'LR', throws));
    expect([thrown.cause, thrown.message]).toEqual(['failed', 'layout failed: boom']);
    const rejected = await rejection(layoutDesign(inferenceDesign(), 'LR', rejects));
    expect([rejected.cause, rejected.message]).toEqual(['failed', 'layout failed: no such node']);
    expect(rejected.detail).toBeInstanceOf(Error);
  });

  it('passes on the LayoutError of an engine that has its own time limit', async () => {
    const own: LayoutEngine = { layout: () => Promise.reject(new LayoutError('worker timed out', 'timeout')) };
    const error = await rejection(layoutDesign(inferenceDesign(), 'LR', own));
    expect([error.cause, error.message]).toEqual(['timeout', 'worker timed out']);
  });

  it('clears its timer when the layout finishes in time', async () => {
    vi.useFakeTimers();
    await layoutDesign(inferenceDesign(), 'LR', rowEngine(), 60_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('withTimeout', () => {
  it('resolves with the work when it is in time, and clears the timer when it fails', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve(42), 1_000)).resolves.toBe(42);
    await expect(withTimeout(Promise.reject(new Error('x')), 1_000)).rejects.toThrow('x');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects once the time is past', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise(() => {}), 500);
    vi.advanceTimersByTime(500);
    const error = await rejection(pending);
    expect(error.cause).toBe('timeout');
  });
});
