import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { lambdaSingleServing } from './lambdaSingleServing';

/** A clickstream Lambda with a query service over the batch and speed views, plus extra parts. */
function clickstream(...extra: Part[]) {
  return design(
    node('events', 'kafka', { label: 'Clickstream' }),
    node('lake', 'data-lake', { label: 'Master dataset' }),
    node('spark', 'spark-job', { label: 'Daily recompute' }),
    node('flink', 'flink-job', { label: 'Realtime aggregates' }),
    node('batch-views', 'nosql-db', { label: 'Batch views' }),
    node('speed-views', 'cache', { label: 'Realtime views' }),
    node('query', 'microservice', { label: 'Query service' }),
    node('dashboard', 'web-client', { label: 'Dashboard' }),
    edge('e-archive', 'events', 'lake', { mode: 'async', protocol: 's3' }),
    edge('e-spark-in', 'spark', 'lake', { protocol: 's3', props: { access: 'read' } }),
    edge('e-spark-out', 'spark', 'batch-views', { props: { access: 'write' } }),
    edge('e-flink-in', 'events', 'flink', { mode: 'async', protocol: 'kafka' }),
    edge('e-flink-out', 'flink', 'speed-views', { props: { access: 'write' } }),
    edge('e-q1', 'query', 'batch-views', { props: { access: 'read' } }),
    edge('e-q2', 'query', 'speed-views', { props: { access: 'read' } }),
    edge('e-web', 'dashboard', 'query'),
    fields({ patterns: ['lambda'] }),
    ...extra,
  );
}

describe('data/lambda-single-serving', () => {
  it('does not fire when consumers go through the serving node', () => {
    expect(findings(lambdaSingleServing, clickstream())).toEqual([]);
  });

  it('fires on a service that queries the batch view alone, and its fix routes it through the serving node', () => {
    const d = clickstream(
      node('reports', 'microservice', { label: 'Reports' }),
      edge('e-rep', 'reports', 'batch-views', { props: { access: 'read' } }),
    );
    const found = findings(lambdaSingleServing, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['reports', 'batch-views']);
    expect(found[0]!.edges).toEqual(['e-rep']);
    expect(messageOf(lambdaSingleServing, found[0]!)).toBe('Reports queries only Batch views, a batch view: its answers miss the speed layer.');
    expect(messageOf(lambdaSingleServing, found[0]!, 'fr')).toBe(
      'Reports interroge seulement Batch views, une vue de la couche batch\u00a0: ses réponses ne tiennent pas compte de la couche de vitesse.',
    );
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'e-rep')).toBeUndefined();
    expect(fixed.edges.some((e) => e.source === 'reports' && e.target === 'query')).toBe(true);
    expect(findings(lambdaSingleServing, fixed)).toEqual([]);
  });

  it('fires on a client that queries both view stores and merges them itself', () => {
    const d = clickstream(
      edge('r1', 'dashboard', 'batch-views', { props: { access: 'read' } }),
      edge('r2', 'dashboard', 'speed-views', { props: { access: 'read' } }),
    );
    const found = findings(lambdaSingleServing, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('client');
    expect(found[0]!.edges).toEqual(['r1', 'r2']);
    expect(messageOf(lambdaSingleServing, found[0]!)).toBe(
      'Dashboard queries the batch view Batch views and the speed view Realtime views separately and merges them itself.',
    );
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.filter((e) => e.source === 'dashboard').map((e) => e.id)).toEqual(['e-web']);
    expect(findings(lambdaSingleServing, fixed)).toEqual([]);
  });

  it('has no fix when no component merges the two layers', () => {
    const d = design(
      node('spark', 'spark-job'), node('flink', 'flink-job'), node('bv', 'nosql-db'), node('sv', 'cache'),
      node('a', 'microservice'), node('b', 'microservice'),
      edge('w1', 'spark', 'bv', { props: { access: 'write' } }), edge('w2', 'flink', 'sv', { props: { access: 'write' } }),
      edge('r1', 'a', 'bv', { props: { access: 'read' } }), edge('r2', 'b', 'sv', { props: { access: 'read' } }),
      fields({ patterns: ['lambda'] }),
    );
    const found = findings(lambdaSingleServing, d);
    expect(found.map((f) => f.nodes[0])).toEqual(['a', 'b']);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });

  it('ignores pipeline jobs, training, and consumers of logs a stream job writes', () => {
    const d = clickstream(
      node('train', 'training-job'),
      edge('t1', 'train', 'batch-views', { props: { access: 'read' } }),
      node('alerts', 'kafka', { label: 'Alerts' }),
      node('notifier', 'microservice'),
      edge('f1', 'flink', 'alerts', { mode: 'async', props: { access: 'write' } }),
      edge('f2', 'alerts', 'notifier', { mode: 'async' }),
    );
    expect(findings(lambdaSingleServing, d)).toEqual([]);
  });

  it('does not run when Lambda is not declared', () => {
    const d = clickstream(
      node('reports', 'microservice'),
      edge('e-rep', 'reports', 'batch-views', { props: { access: 'read' } }),
      fields({ patterns: [] }),
    );
    expect(findings(lambdaSingleServing, d)).toEqual([]);
  });
});
