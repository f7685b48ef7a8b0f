import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { blueGreenSwitch } from './blueGreenSwitch';

const BLUE_GREEN = fields({ patterns: ['blue-green'] });

const envs = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client'),
    node('lb', 'load-balancer', { label: 'Load balancer' }),
    node('blue', 'microservice', { label: 'API blue', props: { releaseRole: 'blue' } }),
    node('green', 'microservice', { label: 'API green', props: { releaseRole: 'green' } }),
    edge('e0', 'web', 'lb'),
    edge('e1', 'lb', 'blue', { resilience: { timeoutMs: 150 } }),
    BLUE_GREEN,
    ...extra,
  );

describe('release/blue-green-switch', () => {
  it('does not fire with both environments behind one load balancer', () => {
    expect(findings(blueGreenSwitch, envs(edge('e2', 'lb', 'green')))).toEqual([]);
  });

  it('fires when only one environment is behind the switch, and its fix connects the other', () => {
    const d = envs();
    const found = findings(blueGreenSwitch, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'split', nodes: ['blue', 'green'] });
    expect(messageOf(blueGreenSwitch, found[0]!)).toBe('The blue environment (API blue) and the green one (API green) are not behind a common router or load balancer.');
    expect(messageOf(blueGreenSwitch, found[0]!, 'fr')).toBe('L’environnement bleu (API blue) et l’environnement vert (API green) ne sont pas derrière un même routeur ou répartiteur de charge.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.source === 'lb' && e.target === 'green')).toMatchObject({ resilience: { timeoutMs: 150 } });
    expect(findings(blueGreenSwitch, fixed)).toEqual([]);
  });

  it('has no fix when neither environment has a router', () => {
    const d = design(node('blue', 'microservice', { props: { releaseRole: 'blue' } }), node('green', 'microservice', { props: { releaseRole: 'green' } }), BLUE_GREEN);
    const found = findings(blueGreenSwitch, d);
    expect(found.map((f) => f.message)).toEqual(['split']);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('fires when an environment is missing', () => {
    const d = design(node('blue', 'microservice', { label: 'API blue', props: { releaseRole: 'blue' } }), BLUE_GREEN);
    const found = findings(blueGreenSwitch, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'missing', nodes: ['blue'] });
    expect(messageOf(blueGreenSwitch, found[0]!)).toBe('The design declares a blue-green release but has no green environment: set the release role of each environment’s components.');
    expect(messageOf(blueGreenSwitch, found[0]!, 'fr')).toBe('La conception déclare un déploiement bleu-vert mais n’a pas d’environnement vert\u00a0: indiquez le rôle de mise en production des composants de chaque environnement.');
    const neither = findings(blueGreenSwitch, design(node('svc', 'microservice'), BLUE_GREEN));
    expect(messageOf(blueGreenSwitch, neither[0]!)).toBe('The design declares a blue-green release but has neither a blue nor a green environment: set the release role of each environment’s components.');
    expect(messageOf(blueGreenSwitch, neither[0]!, 'fr')).toBe('La conception déclare un déploiement bleu-vert mais n’a ni environnement bleu ni environnement vert\u00a0: indiquez le rôle de mise en production des composants de chaque environnement.');
  });

  it('does not run when the pattern is not declared', () => {
    expect(findings(blueGreenSwitch, { ...envs(), patterns: [] })).toEqual([]);
  });
});
