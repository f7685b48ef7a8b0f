import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { canaryAnalysis } from './canaryAnalysis';

const CANARY = fields({ patterns: ['canary'], layout: { elements: { v2: { x: 400, y: 200 } } } });

const rollout = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client'),
    node('router', 'model-router', { label: 'Model router' }),
    node('v1', 'triton', { label: 'Ranker v1', props: { releaseRole: 'stable' } }),
    node('v2', 'triton', { label: 'Ranker v2', props: { releaseRole: 'canary' } }),
    edge('e0', 'web', 'router'),
    edge('e1', 'router', 'v1', { protocol: 'grpc', resilience: { timeoutMs: 80 } }),
    CANARY,
    ...extra,
  );

describe('release/canary-analysis', () => {
  it('does not fire with stable and canary behind one router and the canary measured', () => {
    const d = rollout(node('prom', 'prometheus'), edge('e2', 'router', 'v2'), edge('m', 'v2', 'prom', { mode: 'async' }));
    expect(findings(canaryAnalysis, d)).toEqual([]);
    // Metrics reached through an OpenTelemetry collector, attached to the router, count too.
    const collected = rollout(node('otel', 'otel-collector'), node('mon', 'model-monitoring'), edge('e2', 'router', 'v2'), edge('t', 'router', 'otel', { mode: 'async' }), edge('u', 'otel', 'mon', { mode: 'async' }));
    expect(findings(canaryAnalysis, collected)).toEqual([]);
  });

  it('fires when the canary is not behind the stable version’s router, and its fix routes it from there', () => {
    const d = rollout(node('prom', 'prometheus'), edge('m', 'v2', 'prom', { mode: 'async' }));
    const found = findings(canaryAnalysis, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'split', nodes: ['v2', 'v1'] });
    expect(messageOf(canaryAnalysis, found[0]!)).toBe('The canary Ranker v2 and the stable version Ranker v1 are not behind a common router.');
    expect(messageOf(canaryAnalysis, found[0]!, 'fr')).toBe('Le canari Ranker v2 et la version stable Ranker v1 ne sont pas derrière un même routeur.');
    expect(found[0]!.fix!.label.en).toBe('Route the canary through Model router');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.target === 'v2' && e.source === 'router')).toMatchObject({ id: 'router-to-v2', protocol: 'grpc', resilience: { timeoutMs: 80 } });
    expect(findings(canaryAnalysis, fixed)).toEqual([]);
  });

  it('fires when nothing analyses the canary’s metrics, and its fix sends them to metrics', () => {
    const d = rollout(edge('e2', 'router', 'v2'));
    const found = findings(canaryAnalysis, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'noAnalysis', nodes: ['v2', 'router'] });
    expect(messageOf(canaryAnalysis, found[0]!)).toBe('Nothing analyses the metrics of the canary Ranker v2: no metrics or model-monitoring component is connected to it or to its router.');
    expect(messageOf(canaryAnalysis, found[0]!, 'fr')).toBe('Rien n’analyse les métriques du canari Ranker v2\u00a0: aucun composant de métriques ou de surveillance des modèles n’est relié au canari ni à son routeur.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes.find((n) => n.id === 'v2-metrics')).toMatchObject({ type: 'prometheus', label: 'Canary metrics' });
    expect(fixed.layout.elements['v2-metrics']).toEqual({ x: 400, y: 360 });
    expect(fixed.edges.filter((e) => e.target === 'v2-metrics').map((e) => [e.source, e.mode, e.props.carries])).toEqual([
      ['v2', 'async', 'telemetry'],
      ['v1', 'async', 'telemetry'],
    ]);
    expect(findings(canaryAnalysis, fixed)).toEqual([]);
    // With metrics already in the design, the fix connects the canary to them.
    const withProm = rollout(edge('e2', 'router', 'v2'), node('prom', 'prometheus'));
    const connected = applyFix(withProm, findings(canaryAnalysis, withProm)[0]!);
    expect(connected.nodes).toHaveLength(withProm.nodes.length);
    expect(findings(canaryAnalysis, connected)).toEqual([]);
  });

  it('fires when no canary, or no stable version, is marked', () => {
    const none = design(node('svc', 'microservice'), fields({ patterns: ['canary'] }));
    const found = findings(canaryAnalysis, none);
    expect(found.map((f) => f.message)).toEqual(['missing']);
    expect(messageOf(canaryAnalysis, found[0]!)).toBe('The design declares a canary release but no component is marked as the canary.');
    const alone = design(node('m', 'prometheus'), node('v2', 'triton', { label: 'Ranker v2', props: { releaseRole: 'canary' } }), edge('x', 'v2', 'm'), fields({ patterns: ['canary'] }));
    const lonely = findings(canaryAnalysis, alone);
    expect(lonely.map((f) => f.message)).toEqual(['noStable']);
    expect(messageOf(canaryAnalysis, lonely[0]!)).toBe('The canary Ranker v2 has no stable version to be compared with: no component is marked as the stable version.');
  });

  it('does not run when the pattern is not declared', () => {
    expect(findings(canaryAnalysis, { ...rollout(), patterns: [] })).toEqual([]);
  });
});
