import { describe, expect, it } from 'vitest';
import { checkDesign, type Design, type Evaluation } from '../core';
import { design, edge, node } from '../core/testing/builders';
import { createArchStore } from './createArchStore';
import { BACKGROUND_THRESHOLD } from './findingsSlice';
import { markKey } from './findings';

/** A microservice calling a model server without a circuit breaker. */
const unguarded = () => design(node('api', 'microservice'), node('model', 'triton'), edge('call', 'api', 'model'));

/** A design above the background threshold: many unconnected components plus the unguarded call. */
function large(): Design {
  const base = unguarded();
  const extra = Array.from({ length: BACKGROUND_THRESHOLD }, (_, i) => ({ ...base.nodes[0]!, id: `n${i}`, label: `Node ${i}` }));
  return { ...base, nodes: [...base.nodes, ...extra] };
}

/** Lets the tasks already queued run (the hand-over to the worker is one). */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

const breakerOn = { op: 'update-edge' as const, id: 'call', patch: { resilience: { retries: 0, circuitBreaker: true } } };
const hasBreakerFinding = (e: Evaluation) => e.findings.some((f) => f.ruleId === 'resilience/circuit-breaker');

describe('findings slice', () => {
  it('checks a small design at once, and again after every change, undo included', () => {
    const store = createArchStore(unguarded());
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(true);
    expect(markKey(store.getState().evaluation, 'call')).toMatch(/^(warning|error):\d+$/);
    store.getState().dispatch(breakerOn);
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(false);
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
    store.getState().undo();
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(true);
  });

  it('checks a large design in the background, and keeps only the answer for the current design', async () => {
    const calls: { design: Design; resolve: (e: Evaluation | undefined) => void }[] = [];
    const background = (d: Design) => new Promise<Evaluation | undefined>((resolve) => calls.push({ design: d, resolve }));
    const store = createArchStore(large(), 'en', { background });
    expect(store.getState().evaluation.findings).toEqual([]);
    await nextTask();
    expect(calls).toHaveLength(1);

    store.getState().dispatch(breakerOn);
    // Handed over in a task of its own, after the edit's.
    expect(calls).toHaveLength(1);
    await nextTask();
    expect(calls).toHaveLength(2);
    // The answer for the first design arrives late: it is dropped, the design has changed since.
    calls[0]!.resolve(checkDesign(calls[0]!.design));
    await Promise.resolve();
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(false);
    calls[1]!.resolve(checkDesign(calls[1]!.design));
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
    expect(store.getState().evaluation.findings.length).toBeGreaterThan(0);
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(false);
  });

  it('does not carry the empty findings of an unchecked large design over a move or a rename', async () => {
    const calls: { design: Design; resolve: (e: Evaluation | undefined) => void }[] = [];
    const background = (d: Design) => new Promise<Evaluation | undefined>((resolve) => calls.push({ design: d, resolve }));
    const store = createArchStore(large(), 'en', { background });
    await nextTask();
    store.getState().dispatch({ op: 'set-boxes', boxes: { api: { x: 40, y: 40 } } });
    await nextTask();
    store.getState().dispatch({ op: 'update-node', id: 'model', patch: { label: 'Ranker' } });
    await nextTask();
    // Each edit asks the worker again, since nothing was checked yet to carry over.
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(checkDesign(calls[2]!.design));
    await nextTask();
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(true);
  });

  it('after a rename, shows the new name in the findings that named it', () => {
    const store = createArchStore(unguarded());
    store.getState().dispatch({ op: 'update-node', id: 'model', patch: { label: 'Ranker' } });
    const breaker = store.getState().evaluation.findings.find((f) => f.ruleId === 'resilience/circuit-breaker')!;
    expect(breaker.params).toMatchObject({ target: 'Ranker' });
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
  });

  it('hands the worker only the last design of edits made in one go', async () => {
    const calls: Design[] = [];
    const background = (d: Design) => {
      calls.push(d);
      return Promise.resolve(checkDesign(d));
    };
    const store = createArchStore(large(), 'en', { background });
    store.getState().dispatch(breakerOn);
    store.getState().dispatch({ op: 'update-node', id: 'model', patch: { label: 'Ranker' } });
    expect(calls).toHaveLength(0);
    await nextTask();
    expect(calls).toEqual([store.getState().design]);
    await nextTask();
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(false);

    // Undone before the hand-over: back to the checked design, nothing goes.
    store.getState().dispatch({ op: 'update-edge', id: 'call', patch: { resilience: { retries: 0, circuitBreaker: false } } });
    store.getState().undo();
    await nextTask();
    expect(calls).toHaveLength(1);
    expect(store.getState().evaluatedDesign).toBe(store.getState().design);
  });

  it('checks on the main thread when the background check fails', async () => {
    const store = createArchStore(large(), 'en', { background: () => Promise.reject(new Error('worker crashed')) });
    await new Promise((r) => setTimeout(r, 0));
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(true);
  });
});

describe('findings after a move', () => {
  it('carries the findings over without checking again, with fixes that still apply', () => {
    const store = createArchStore(unguarded());
    const before = store.getState().evaluation;
    store.getState().dispatch({ op: 'set-boxes', boxes: { api: { x: 50, y: 50 } } });
    const after = store.getState().evaluation;
    expect(after).not.toBe(before);
    expect(after.findings.map((f) => f.key)).toEqual(before.findings.map((f) => f.key));
    const breaker = after.findings.find((f) => f.ruleId === 'resilience/circuit-breaker')!;
    expect(store.getState().dispatch(breaker.fix!.command('en'))).toBe(true);
    expect(hasBreakerFinding(store.getState().evaluation)).toBe(false);
  });
});
