import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { featureStorePair } from './featureStorePair';

const write = { mode: 'async', props: { access: 'write' } };

/** Fraud features computed by a stream job, served by a model. */
const fraud = (...extra: Part[]) =>
  design(
    node('events', 'kafka', { label: 'Payments' }),
    node('flink', 'flink-job', { label: 'Feature pipeline' }),
    node('model', 'triton', { label: 'Fraud model' }),
    edge('e1', 'events', 'flink', { mode: 'async' }),
    ...extra,
  );

describe('data/feature-store-pair', () => {
  it('does not fire when one pipeline writes both stores', () => {
    const d = fraud(
      node('online', 'feature-store-online'), node('offline', 'feature-store-offline'),
      edge('w1', 'flink', 'online', write), edge('w2', 'flink', 'offline', write),
    );
    expect(findings(featureStorePair, d)).toEqual([]);
  });

  it('fires on an online store without an offline one, and its fix adds one fed by the same pipeline', () => {
    const d = fraud(node('online', 'feature-store-online', { label: 'Online features' }), edge('w1', 'flink', 'online', write));
    const found = findings(featureStorePair, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('noOffline');
    expect(found[0]!.nodes).toEqual(['online', 'flink']);
    expect(messageOf(featureStorePair, found[0]!)).toBe(
      'Online features has no offline feature store beside it: training cannot read the same features with their history.',
    );
    expect(messageOf(featureStorePair, found[0]!, 'fr')).toBe(
      'Online features n’a pas de magasin de caractéristiques hors ligne associé\u00a0: l’entraînement ne peut pas lire les mêmes caractéristiques avec leur historique.',
    );
    const fixed = applyFix(d, found[0]!, 'fr');
    const added = fixed.nodes.find((n) => n.type === 'feature-store-offline')!;
    expect(added.label).toBe('Caractéristiques hors ligne');
    expect(fixed.edges.some((e) => e.source === 'flink' && e.target === added.id)).toBe(true);
    expect(findings(featureStorePair, fixed)).toEqual([]);
  });

  it('fires once when separate pipelines write the two stores, and its fix makes one pipeline write both', () => {
    const d = fraud(
      node('online', 'feature-store-online', { label: 'Online features' }), node('offline', 'feature-store-offline', { label: 'Feature history' }),
      node('spark', 'spark-job', { label: 'Backfill' }),
      edge('w1', 'flink', 'online', write), edge('w2', 'spark', 'offline', write),
    );
    const found = findings(featureStorePair, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['online', 'offline']);
    expect(messageOf(featureStorePair, found[0]!)).toBe('No feature pipeline writes both Online features and Feature history: their features can drift apart.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.some((e) => e.source === 'flink' && e.target === 'offline')).toBe(true);
    expect(findings(featureStorePair, fixed)).toEqual([]);
  });

  it('flags an offline store alone only when models are served online', () => {
    const offlineOnly = [node('offline', 'feature-store-offline', { label: 'Feature history' }), edge('w2', 'flink', 'offline', write)];
    const found = findings(featureStorePair, fraud(...offlineOnly));
    expect(found.map((f) => f.message)).toEqual(['noOnline']);
    expect(messageOf(featureStorePair, found[0]!)).toBe(
      'Feature history has no online feature store beside it: the models served online cannot read the same features.',
    );
    const batchOnly = design(node('spark', 'spark-job'), ...offlineOnly.slice(0, 1), edge('w', 'spark', 'offline', write));
    expect(findings(featureStorePair, batchOnly)).toEqual([]);
  });

  it('does not count a training job or a model server as a feature pipeline', () => {
    const d = fraud(
      node('online', 'feature-store-online'), node('offline', 'feature-store-offline'), node('train', 'training-job'),
      edge('w1', 'flink', 'online', write), edge('w2', 'flink', 'offline', write),
      edge('r1', 'model', 'online'), edge('r2', 'train', 'offline'),
    );
    expect(findings(featureStorePair, d)).toEqual([]);
  });

  it('has no fix when no pipeline writes either store', () => {
    const d = fraud(node('online', 'feature-store-online'), node('offline', 'feature-store-offline'));
    const found = findings(featureStorePair, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });
});
