import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { abOutcomeMetrics } from './abOutcomeMetrics';

const AB = fields({ patterns: ['ab-testing'] });

const experiment = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client'),
    node('router', 'model-router', { label: 'Experiment router' }),
    node('a', 'llm-server', { label: 'Prompt A', props: { releaseRole: 'variant-a' } }),
    node('b', 'llm-server', { label: 'Prompt B', props: { releaseRole: 'variant-b' } }),
    edge('e0', 'web', 'router'),
    edge('ea', 'router', 'a'),
    AB,
    ...extra,
  );

describe('release/ab-outcome-metrics', () => {
  it('does not fire with both variants behind one router and outcomes recorded', () => {
    const d = experiment(node('mon', 'model-monitoring'), edge('eb', 'router', 'b'), edge('m', 'router', 'mon', { mode: 'async' }));
    expect(findings(abOutcomeMetrics, d)).toEqual([]);
  });

  it('fires when the variants are not behind one router, and its fix routes both from it', () => {
    const d = experiment(node('mon', 'model-monitoring'), edge('m', 'a', 'mon', { mode: 'async' }));
    const found = findings(abOutcomeMetrics, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'split', nodes: ['a', 'b'] });
    expect(messageOf(abOutcomeMetrics, found[0]!)).toBe('Variant A (Prompt A) and variant B (Prompt B) are not behind a common router.');
    expect(messageOf(abOutcomeMetrics, found[0]!, 'fr')).toBe('La variante A (Prompt A) et la variante B (Prompt B) ne sont pas derrière un même routeur.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.source === 'router' && e.target === 'b')).toBeDefined();
    expect(findings(abOutcomeMetrics, fixed)).toEqual([]);
  });

  it('fires when no outcome metrics are captured, and its fix records each variant’s', () => {
    const d = experiment(edge('eb', 'router', 'b'));
    const found = findings(abOutcomeMetrics, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'noMetrics', nodes: ['a', 'b', 'router'] });
    expect(messageOf(abOutcomeMetrics, found[0]!)).toBe('No outcome metrics are captured for the variants Prompt A and Prompt B: no metrics or model-monitoring component is connected to them or to their router.');
    expect(messageOf(abOutcomeMetrics, found[0]!, 'fr')).toBe('Aucune métrique de résultat n’est recueillie pour les variantes Prompt A et Prompt B\u00a0: aucun composant de métriques ou de surveillance des modèles n’est relié aux variantes ni à leur routeur.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes.find((n) => n.id === 'a-metrics')).toMatchObject({ type: 'model-monitoring', label: 'Outcome metrics' });
    expect(fixed.edges.filter((e) => e.target === 'a-metrics').map((e) => e.source)).toEqual(['a', 'b']);
    expect(findings(abOutcomeMetrics, fixed)).toEqual([]);
    expect(applyFix(d, found[0]!, 'fr').nodes.find((n) => n.id === 'a-metrics')!.label).toBe('Métriques de résultat');
  });

  it('fires when a variant is missing, and does not run without the pattern', () => {
    const found = findings(abOutcomeMetrics, design(node('a', 'triton', { props: { releaseRole: 'variant-a' } }), AB));
    expect(found.map((f) => f.message)).toEqual(['missing']);
    expect(messageOf(abOutcomeMetrics, found[0]!)).toBe('The design declares an A/B test but has no variant B: set the release role of each variant.');
    expect(messageOf(abOutcomeMetrics, found[0]!, 'fr')).toBe('La conception déclare un test A/B mais n’a pas de variante B\u00a0: indiquez le rôle de mise en production de chaque variante.');
    expect(findings(abOutcomeMetrics, { ...experiment(), patterns: [] })).toEqual([]);
  });
});
