import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { REPLAY_HORIZON_DAYS, kappaRetention } from './kappaRetention';

const pipeline = (logType: string, props: Record<string, unknown> = {}, patterns = ['kappa']) =>
  design(
    node('events', logType, { label: 'Payments', props }),
    node('flink', 'flink-job', { label: 'Fraud features' }),
    node('view', 'nosql-db', { label: 'Risk view' }),
    edge('e1', 'events', 'flink', { mode: 'async', protocol: 'kafka' }),
    edge('e2', 'flink', 'view', { props: { access: 'write' } }),
    fields({ patterns }),
  );

describe('data/kappa-retention', () => {
  it('fires on a log feeding a stream job that keeps less than the replay horizon (Kinesis, 1 day by default)', () => {
    const found = findings(kappaRetention, pipeline('kinesis'));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['events']);
    expect(messageOf(kappaRetention, found[0]!)).toBe('Payments keeps events for less than the 7-day replay horizon its stream jobs need (retention in days: 1).');
    expect(messageOf(kappaRetention, found[0]!, 'fr')).toBe(
      'Payments conserve les événements moins longtemps que l’horizon de rejeu de 7 jours dont ses traitements de flux ont besoin (rétention en jours\u00a0: 1).',
    );
  });

  it('fires on a Kafka topic whose retention was cut to 2 days, and its fix keeps the horizon', () => {
    const d = pipeline('kafka', { retentionDays: 2 });
    const found = findings(kappaRetention, d);
    expect(found).toHaveLength(1);
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes[0]!.props.retentionDays).toBe(REPLAY_HORIZON_DAYS);
    expect(findings(kappaRetention, fixed)).toEqual([]);
  });

  it('does not fire at or above the horizon, nor on a log no stream job reads', () => {
    expect(findings(kappaRetention, pipeline('kafka'))).toEqual([]);
    expect(findings(kappaRetention, pipeline('kinesis', { retentionDays: 30 }))).toEqual([]);
    const toService = design(
      node('alerts', 'kinesis'), node('svc', 'microservice'), edge('e', 'alerts', 'svc', { mode: 'async' }), fields({ patterns: ['kappa'] }),
    );
    expect(findings(kappaRetention, toService)).toEqual([]);
  });

  it('does not run when Kappa is not declared', () => {
    expect(findings(kappaRetention, pipeline('kinesis', {}, []))).toEqual([]);
  });
});
