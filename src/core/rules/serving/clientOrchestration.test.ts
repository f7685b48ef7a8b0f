import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { clientOrchestration } from './clientOrchestration';

/** A mobile app that runs a cascade itself: a small model first, a large one on low confidence. */
const app = (...extra: Part[]) =>
  design(
    node('app', 'mobile-client', { label: 'Camera app' }),
    node('small', 'onnx-runtime', { label: 'Small detector' }),
    node('large', 'triton', { label: 'Large detector' }),
    ...extra,
  );

describe('serving/client-orchestration', () => {
  it('fires on a client calling two model servers itself, and its fix inserts a model router', () => {
    const d = app(edge('c1', 'app', 'small', { protocol: 'grpc' }), edge('c2', 'app', 'large', { protocol: 'grpc' }));
    const found = findings(clientOrchestration, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['app', 'small', 'large']);
    expect(found[0]!.edges).toEqual(['c1', 'c2']);
    expect(messageOf(clientOrchestration, found[0]!)).toBe('Camera app orchestrates 2 model servers itself, among them Small detector and Large detector.');
    expect(messageOf(clientOrchestration, found[0]!, 'fr')).toBe('Camera app orchestre directement 2 serveurs de modèles, dont Small detector et Large detector.');
    const fixed = applyFix(d, found[0]!);
    const router = fixed.nodes.find((n) => n.type === 'model-router')!;
    expect(router.label).toBe('Inference graph');
    expect(fixed.edges.map((e) => [e.source, e.target, e.protocol])).toEqual([
      ['app', router.id, 'grpc'], [router.id, 'small', 'grpc'], [router.id, 'large', 'grpc'],
    ]);
    expect(findings(clientOrchestration, fixed)).toEqual([]);
  });

  it('fires when the client makes several calls per request through a gateway to several models, without a fix', () => {
    const d = app(
      node('gw', 'api-gateway'),
      edge('c', 'app', 'gw', { callsPerRequest: 2 }), edge('g1', 'gw', 'small'), edge('g2', 'gw', 'large'),
    );
    const found = findings(clientOrchestration, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['c', 'g1', 'g2']);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('does not fire on one call through a gateway, one model, or a router doing the orchestration', () => {
    const gateway = app(node('gw', 'api-gateway'), edge('c', 'app', 'gw'), edge('g1', 'gw', 'small'), edge('g2', 'gw', 'large'));
    expect(findings(clientOrchestration, gateway)).toEqual([]);
    expect(findings(clientOrchestration, app(edge('c1', 'app', 'small')))).toEqual([]);
    const routed = app(node('r', 'model-router'), edge('c', 'app', 'r'), edge('r1', 'r', 'small'), edge('r2', 'r', 'large'));
    expect(findings(clientOrchestration, routed)).toEqual([]);
    expect(findings(clientOrchestration, app(edge('c1', 'app', 'small'), edge('c2', 'app', 'large', { mode: 'async' })))).toEqual([]);
  });
});
