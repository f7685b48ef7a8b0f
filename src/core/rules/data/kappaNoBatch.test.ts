import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { kappaNoBatch } from './kappaNoBatch';

/** A Kappa payments pipeline: one log, a stream job keeping the features view, a training job. */
function payments(...extra: Part[]) {
  return design(
    node('events', 'kafka', { label: 'Payments' }),
    node('flink', 'flink-job', { label: 'Fraud features' }),
    node('features', 'feature-store-online', { label: 'Online features' }),
    node('history', 'feature-store-offline', { label: 'Feature history' }),
    node('train', 'training-job', { label: 'Training' }),
    edge('e1', 'events', 'flink', { mode: 'async', protocol: 'kafka' }),
    edge('e2', 'flink', 'features', { props: { access: 'write' } }),
    edge('e3', 'flink', 'history', { mode: 'async', props: { access: 'write' } }),
    edge('e4', 'train', 'history', { props: { access: 'read' } }),
    fields({ patterns: ['kappa'] }),
    ...extra,
  );
}

describe('data/kappa-no-batch', () => {
  it('does not fire when every view comes from stream jobs (training jobs aside)', () => {
    expect(findings(kappaNoBatch, payments())).toEqual([]);
    expect(findings(kappaNoBatch, payments(edge('e5', 'events', 'train', { mode: 'async' })))).toEqual([]);
  });

  it('fires on a batch job reading the log', () => {
    const d = payments(node('spark', 'spark-job', { label: 'Nightly rebuild' }), edge('b1', 'events', 'spark', { mode: 'async' }));
    const found = findings(kappaNoBatch, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('log');
    expect(found[0]!.nodes).toEqual(['spark', 'events']);
    expect(found[0]!.edges).toEqual(['b1']);
    expect(messageOf(kappaNoBatch, found[0]!)).toBe(
      'Nightly rebuild is a batch job reading the log Payments: in Kappa, views come from stream jobs replaying the log.',
    );
    expect(messageOf(kappaNoBatch, found[0]!, 'fr')).toBe(
      'Nightly rebuild est un traitement par lots qui lit le journal Payments\u00a0: en Kappa, les vues viennent de traitements de flux qui rejouent le journal.',
    );
  });

  it('fires on a batch job rewriting a view a stream job maintains', () => {
    const d = payments(
      node('lake', 'data-lake', { label: 'Archive' }),
      node('spark', 'spark-job', { label: 'Nightly rebuild' }),
      edge('b1', 'spark', 'lake', { props: { access: 'read' } }),
      edge('b2', 'spark', 'features', { props: { access: 'write' } }),
    );
    const found = findings(kappaNoBatch, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['spark', 'features', 'flink']);
    expect(found[0]!.edges).toEqual(['b2', 'e2']);
    expect(messageOf(kappaNoBatch, found[0]!)).toBe('Nightly rebuild recomputes Online features in batch, a view the stream job Fraud features already maintains.');
  });

  it('does not take an edge to a view whose access is not stated for a write', () => {
    const d = payments(node('spark', 'spark-job'), edge('b1', 'spark', 'features'));
    expect(findings(kappaNoBatch, d)).toEqual([]);
  });

  it('does not fire on a batch job writing a store no stream job writes, nor reading the log it only writes to', () => {
    const d = payments(
      node('db', 'relational-db'), node('report', 'etl-job'), node('warehouse', 'data-warehouse'),
      edge('r1', 'report', 'db', { props: { access: 'read' } }),
      edge('r2', 'report', 'warehouse', { props: { access: 'write' } }),
      edge('r3', 'report', 'events', { mode: 'async', props: { access: 'write' } }),
    );
    expect(findings(kappaNoBatch, d)).toEqual([]);
  });

  it('does not run when Kappa is not declared', () => {
    const d = payments(node('spark', 'spark-job'), edge('b1', 'events', 'spark', { mode: 'async' }), fields({ patterns: [] }));
    expect(findings(kappaNoBatch, d)).toEqual([]);
  });
});
