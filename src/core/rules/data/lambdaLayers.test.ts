import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { lambdaLayers } from './lambdaLayers';

interface Options {
  batch?: boolean;
  speed?: boolean;
  serving?: boolean;
  patterns?: string[];
}

/** A clickstream Lambda: master dataset recomputed daily, recent events aggregated live, one query service. */
function clickstream({ batch = true, speed = true, serving = true, patterns = ['lambda'] }: Options = {}) {
  const parts: Part[] = [
    node('events', 'kafka', { label: 'Clickstream' }),
    node('lake', 'data-lake', { label: 'Master dataset' }),
    node('batch-views', 'nosql-db', { label: 'Batch views' }),
    node('speed-views', 'cache', { label: 'Realtime views' }),
    node('dashboard', 'web-client', { label: 'Dashboard' }),
    edge('e-archive', 'events', 'lake', { mode: 'async', protocol: 's3' }),
    fields({ patterns }),
  ];
  if (batch) {
    parts.push(
      node('spark', 'spark-job', { label: 'Daily recompute' }),
      edge('e-spark-in', 'spark', 'lake', { protocol: 's3', props: { access: 'read' } }),
      edge('e-spark-out', 'spark', 'batch-views', { props: { access: 'write' } }),
    );
  }
  if (speed) {
    parts.push(
      node('flink', 'flink-job', { label: 'Realtime aggregates' }),
      edge('e-flink-in', 'events', 'flink', { mode: 'async', protocol: 'kafka' }),
      edge('e-flink-out', 'flink', 'speed-views', { props: { access: 'write' } }),
    );
  }
  if (serving) {
    parts.push(
      node('query', 'microservice', { label: 'Query service' }),
      edge('e-q1', 'query', 'batch-views', { props: { access: 'read' } }),
      edge('e-q2', 'query', 'speed-views', { props: { access: 'read' } }),
      edge('e-web', 'dashboard', 'query'),
    );
  }
  return design(...parts);
}

describe('data/lambda-layers', () => {
  it('does not fire on a Lambda with its batch, speed and serving layers', () => {
    expect(findings(lambdaLayers, clickstream())).toEqual([]);
  });

  it('fires when no node reads both the batch and the speed views, naming both jobs', () => {
    const found = findings(lambdaLayers, clickstream({ serving: false }));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['spark', 'flink']);
    expect(messageOf(lambdaLayers, found[0]!)).toBe(
      'The serving layer is missing: nothing reads both the batch views of Daily recompute and the speed views of Realtime aggregates.',
    );
    expect(messageOf(lambdaLayers, found[0]!, 'fr')).toBe(
      'Il manque la couche de service\u00a0: rien ne lit à la fois les vues batch de Daily recompute et les vues de vitesse de Realtime aggregates.',
    );
  });

  it('says which layer is missing: batch, or speed', () => {
    const noBatch = findings(lambdaLayers, clickstream({ batch: false }));
    expect(noBatch.map((f) => f.message)).toEqual(['batch']);
    expect(noBatch[0]!.nodes).toEqual(['flink']);
    expect(messageOf(lambdaLayers, noBatch[0]!)).toBe('The batch layer is missing: no batch job recomputes the views from the master dataset.');
    const noSpeed = findings(lambdaLayers, clickstream({ speed: false }));
    expect(noSpeed.map((f) => f.message)).toEqual(['speed']);
    expect(messageOf(lambdaLayers, noSpeed[0]!)).toBe('The speed layer is missing: no stream job maintains views of recent data.');
  });

  it('does not count a training job as the batch layer', () => {
    const d = clickstream({ batch: false });
    const withTraining = design(
      ...d.nodes, ...d.edges,
      node('train', 'training-job'), edge('e-train', 'train', 'lake', { props: { access: 'read' } }),
      fields({ patterns: ['lambda'] }),
    );
    expect(findings(lambdaLayers, withTraining).map((f) => f.message)).toEqual(['batch']);
  });

  it('accepts one store that both layers write and clients query (a merged serving store)', () => {
    const d = design(
      node('events', 'kafka'), node('lake', 'data-lake'), node('spark', 'spark-job'), node('flink', 'flink-job'),
      node('serving', 'nosql-db', { label: 'Serving store' }),
      edge('a', 'events', 'lake', { mode: 'async' }), edge('b', 'spark', 'lake', { props: { access: 'read' } }),
      edge('c', 'events', 'flink', { mode: 'async' }),
      edge('d', 'spark', 'serving', { props: { access: 'write' } }), edge('e', 'flink', 'serving', { props: { access: 'write' } }),
      fields({ patterns: ['lambda'] }),
    );
    expect(findings(lambdaLayers, d)).toEqual([]);
  });

  it('does not count a client reading both views as the serving layer', () => {
    const d = clickstream({ serving: false });
    const clientMerges = design(
      ...d.nodes, ...d.edges,
      edge('r1', 'dashboard', 'batch-views', { props: { access: 'read' } }),
      edge('r2', 'dashboard', 'speed-views', { props: { access: 'read' } }),
      fields({ patterns: ['lambda'] }),
    );
    expect(findings(lambdaLayers, clientMerges)).toHaveLength(1);
  });

  it('does not run when Lambda is not declared', () => {
    expect(findings(lambdaLayers, clickstream({ serving: false, patterns: [] }))).toEqual([]);
  });
});
