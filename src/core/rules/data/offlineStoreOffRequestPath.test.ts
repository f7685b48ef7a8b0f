import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { offlineStoreOffRequestPath } from './offlineStoreOffRequestPath';

/** Card payments scored on the request path; the model reads features somewhere. */
const scoring = (...extra: Part[]) =>
  design(
    node('app', 'mobile-client', { label: 'Wallet app' }),
    node('gw', 'api-gateway', { label: 'API gateway' }),
    node('model', 'triton', { label: 'Fraud model' }),
    node('history', 'feature-store-offline', { label: 'Feature history' }),
    edge('e1', 'app', 'gw'),
    edge('e2', 'gw', 'model', { protocol: 'grpc' }),
    ...extra,
  );

describe('data/offline-store-off-request-path', () => {
  it('fires on a model server that reads the offline store synchronously on the request path', () => {
    const found = findings(offlineStoreOffRequestPath, scoring(edge('r', 'model', 'history', { props: { access: 'read' } })));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['model', 'history']);
    expect(found[0]!.edges).toEqual(['r']);
    expect(found[0]!.fix).toBeUndefined();
    expect(messageOf(offlineStoreOffRequestPath, found[0]!)).toBe('Fraud model reads the offline feature store Feature history synchronously while serving requests.');
    expect(messageOf(offlineStoreOffRequestPath, found[0]!, 'fr')).toBe(
      'Fraud model lit de façon synchrone le magasin de caractéristiques hors ligne Feature history pendant le traitement des requêtes.',
    );
  });

  it('its fix reads the online store fed by the same pipeline instead', () => {
    const d = scoring(
      edge('r', 'model', 'history'),
      node('flink', 'flink-job'), node('cache', 'feature-store-online', { label: 'Other cache' }), node('online', 'feature-store-online', { label: 'Online features' }),
      edge('w1', 'flink', 'history', { mode: 'async', props: { access: 'write' } }),
      edge('w2', 'flink', 'online', { mode: 'async', props: { access: 'write' } }),
    );
    const found = findings(offlineStoreOffRequestPath, d);
    expect(found[0]!.fix!.label.en).toBe('Read Online features instead');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'r')!.target).toBe('online');
    expect(findings(offlineStoreOffRequestPath, fixed)).toEqual([]);
  });

  it('its fix drops the offline read when the reader already reads the online store', () => {
    const d = scoring(edge('r', 'model', 'history'), node('online', 'feature-store-online'), edge('o', 'model', 'online'));
    const fixed = applyFix(d, findings(offlineStoreOffRequestPath, d)[0]!);
    expect(fixed.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'o']);
  });

  it('does not fire on asynchronous reads, on writes, or off the request path', () => {
    expect(findings(offlineStoreOffRequestPath, scoring(edge('r', 'model', 'history', { mode: 'async' })))).toEqual([]);
    expect(findings(offlineStoreOffRequestPath, scoring(edge('r', 'model', 'history', { props: { access: 'write' } })))).toEqual([]);
    const training = scoring(node('train', 'training-job'), edge('t', 'train', 'history', { props: { access: 'read' } }));
    expect(findings(offlineStoreOffRequestPath, training)).toEqual([]);
  });
});
