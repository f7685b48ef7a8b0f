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

  it('tells the worker which values changed since the design it sent before, or which elements, and nothing when more changed', () => {
    vi.stubGlobal('Worker', RecordingWorker);
    const rules = createRulesWorker();
    const first = design(node('api', 'api-gateway'), node('svc', 'microservice', { props: { replicas: 2 } }), edge('call', 'api', 'svc'));
    const replicas = applyCommand(first, { op: 'update-node', id: 'svc', patch: { props: { replicas: 3 } } }).design;
    const secured = applyCommand(replicas, { op: 'update-edge', id: 'call', patch: { security: { tls: true, mtls: true, authn: 'mtls' } } }).design;
    const renamed = applyCommand(secured, { op: 'update-node', id: 'svc', patch: { label: 'Orders' } }).design;
    const added = applyCommand(renamed, { op: 'add-node', node: { ...renamed.nodes[1]!, id: 'cache', type: 'redis' } }).design;
    const linked = applyCommand(added, { op: 'add-edge', edge: { ...renamed.edges[0]!, id: 'read', source: 'svc', target: 'cache' } }).design;
    const declared = applyCommand(linked, { op: 'update-design', patch: { patterns: ['zero-trust'] } }).design;
    for (const d of [first, replicas, secured, renamed, added, linked, declared]) void rules.evaluate(d);
    expect(RecordingWorker.posted.map((r) => r.since)).toEqual([
      undefined,
      { id: 1, keys: ['replicas'], changed: { nodes: ['svc'], edges: [], groups: [] } },
      { id: 2, keys: ['edge.security.tls', 'edge.security.mtls', 'edge.security.authn'], changed: { nodes: [], edges: ['call'], groups: [] } },
      { id: 3, changed: { nodes: ['svc'], edges: [], groups: [] } },
      { id: 4, changed: { nodes: ['cache'], edges: [], groups: [] } },
      { id: 5, changed: { nodes: [], edges: ['read'], groups: [] } },
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
