import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../core';
import { design, edge, node } from '../core/testing/builders';
import type { CheckRequest } from './workerChecks';
import { createRulesWorker } from './rulesWorker';

/** A stand-in for the browser's Worker that keeps what the page posts. */
class RecordingWorker {
  static posted: CheckRequest[] = [];
  addEventListener(): void {}
  postMessage(request: CheckRequest): void {
    RecordingWorker.posted.push(request);
  }
  terminate(): void {}
}

describe('the page’s side of the rules worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    RecordingWorker.posted = [];
  });

  it('tells the worker which values changed since the design it sent before, and nothing when more changed', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const rules = createRulesWorker();
    const first = design(node('api', 'api-gateway'), node('svc', 'microservice', { props: { replicas: 2 } }), edge('call', 'api', 'svc'));
    const replicas = applyCommand(first, { op: 'update-node', id: 'svc', patch: { props: { replicas: 3 } } }).design;
    const secured = applyCommand(replicas, { op: 'update-edge', id: 'call', patch: { security: { tls: true, mtls: true, authn: 'mtls' } } }).design;
    const renamed = applyCommand(secured, { op: 'update-node', id: 'svc', patch: { label: 'Orders' } }).design;
    for (const d of [first, replicas, secured, renamed]) void rules.evaluate(d);
    expect(RecordingWorker.posted.map((r) => r.since)).toEqual([
      undefined,
      { id: 1, keys: ['replicas'] },
      { id: 2, keys: ['edge.security.tls', 'edge.security.mtls', 'edge.security.authn'] },
      undefined,
    ]);
    rules.dispose();
  });

  it('starts afresh after being disposed: the new worker has checked nothing yet', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const rules = createRulesWorker();
    const first = design(node('svc', 'microservice', { props: { replicas: 2 } }));
    void rules.evaluate(first);
    rules.dispose();
    void rules.evaluate(applyCommand(first, { op: 'update-node', id: 'svc', patch: { props: { replicas: 3 } } }).design);
    expect(RecordingWorker.posted.map((r) => r.since)).toEqual([undefined, undefined]);
    rules.dispose();
  });
});
