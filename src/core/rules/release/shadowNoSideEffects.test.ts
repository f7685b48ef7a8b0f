import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { shadowNoSideEffects } from './shadowNoSideEffects';

const SHADOW = fields({ patterns: ['shadow'] });
const MIRRORED = { mode: 'async', props: { carries: 'mirrored-traffic' } } as const;

const mirror = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client'),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('v1', 'triton', { label: 'Fraud v1', props: { releaseRole: 'stable' } }),
    node('v2', 'triton', { label: 'Fraud v2', props: { releaseRole: 'shadow' } }),
    node('features', 'feature-store-online', { label: 'Features' }),
    node('cases', 'relational-db', { label: 'Cases' }),
    edge('e0', 'web', 'gw'),
    edge('e1', 'gw', 'v1'),
    edge('f1', 'v1', 'features', { props: { access: 'read' } }),
    edge('f2', 'v2', 'features', { props: { access: 'read' } }),
    SHADOW,
    ...extra,
  );

describe('release/shadow-no-side-effects', () => {
  it('does not fire on a shadow fed by mirroring that only reads', () => {
    const sandbox = [node('scratch', 'relational-db', { props: { releaseRole: 'shadow' } }), edge('s', 'v2', 'scratch', { props: { access: 'write' } })];
    expect(findings(shadowNoSideEffects, mirror(edge('m', 'gw', 'v2', MIRRORED), ...sandbox))).toEqual([]);
  });

  it('fires when no mirrored traffic reaches the shadow, and its fix mirrors what it receives', () => {
    const d = mirror(edge('m', 'gw', 'v2'));
    const found = findings(shadowNoSideEffects, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'noMirror', nodes: ['v2'], edges: ['m'] });
    expect(messageOf(shadowNoSideEffects, found[0]!)).toBe('No connection brings mirrored live traffic to the shadow Fraud v2.');
    expect(messageOf(shadowNoSideEffects, found[0]!, 'fr')).toBe('Aucune connexion n’envoie de copie du trafic réel à la version fantôme Fraud v2.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'm')).toMatchObject({ mode: 'async', props: { carries: 'mirrored-traffic' } });
    expect(findings(shadowNoSideEffects, fixed)).toEqual([]);
  });

  it('fires when its responses reach the request path, and its fix discards them', () => {
    const d = mirror(edge('m', 'gw', 'v2', MIRRORED), node('svc', 'microservice', { label: 'Checkout' }), edge('c', 'svc', 'v2'), edge('back', 'v2', 'web'));
    const found = findings(shadowNoSideEffects, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'returns', nodes: ['v2', 'svc', 'web'], edges: ['c', 'back'] });
    expect(messageOf(shadowNoSideEffects, found[0]!)).toBe('The responses of the shadow Fraud v2 reach the request path through Checkout, web; they must be discarded.');
    expect(messageOf(shadowNoSideEffects, found[0]!, 'fr')).toBe('Les réponses de la version fantôme Fraud v2 rejoignent le chemin des requêtes par Checkout, web\u00a0; elles doivent être ignorées.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.some((e) => e.id === 'back')).toBe(false);
    expect(fixed.edges.find((e) => e.id === 'c')!.props.carries).toBe('mirrored-traffic');
    expect(findings(shadowNoSideEffects, fixed)).toEqual([]);
  });

  it('fires when the shadow writes to production stores (unset access counts), and its fix makes them read-only', () => {
    const d = mirror(edge('m', 'gw', 'v2', MIRRORED), edge('w', 'v2', 'cases'), node('q', 'kafka', { label: 'Alerts' }), edge('k', 'v2', 'q', { mode: 'async', props: { access: 'write' } }));
    const found = findings(shadowNoSideEffects, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'writes', nodes: ['v2', 'cases', 'q'], edges: ['w', 'k'] });
    expect(messageOf(shadowNoSideEffects, found[0]!)).toBe('The shadow Fraud v2 writes to Cases, Alerts: its side effects would reach production.');
    expect(messageOf(shadowNoSideEffects, found[0]!, 'fr')).toBe('La version fantôme Fraud v2 écrit dans Cases, Alerts\u00a0: ses effets de bord atteindraient la production.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.filter((e) => e.source === 'v2').map((e) => e.props.access)).toEqual(['read', 'read', 'read']);
    expect(findings(shadowNoSideEffects, fixed)).toEqual([]);
  });

  it('fires when no shadow is marked, and does not run without the pattern', () => {
    const found = findings(shadowNoSideEffects, design(node('svc', 'microservice'), SHADOW));
    expect(found.map((f) => f.message)).toEqual(['missing']);
    expect(messageOf(shadowNoSideEffects, found[0]!)).toBe('The design declares a shadow release but no component is marked as the shadow.');
    expect(findings(shadowNoSideEffects, { ...mirror(edge('m', 'gw', 'v2')), patterns: [] })).toEqual([]);
  });
});
