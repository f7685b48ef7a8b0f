import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { recognizedPattern } from './recognizedPattern';

/** Payments flowing through a Kafka log into a Flink job that keeps a risk view: Kappa-shaped. */
const payments = (...extra: Part[]) =>
  design(
    node('events', 'kafka', { label: 'Payments' }),
    node('flink', 'flink-job', { label: 'Risk aggregates' }),
    node('view', 'nosql-db', { label: 'Risk view' }),
    edge('e1', 'events', 'flink', { mode: 'async', protocol: 'kafka' }),
    edge('e2', 'flink', 'view', { props: { access: 'write' } }),
    ...extra,
  );

describe('intent/recognized-pattern', () => {
  it('suggests declaring Kappa for a log and a stream job without a batch job', () => {
    const found = findings(recognizedPattern, payments());
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
    expect(found[0]!.params.patternId).toBe('kappa');
    expect(messageOf(recognizedPattern, found[0]!)).toBe('The design looks like “Kappa architecture”: declare the pattern to check its requirements.');
    expect(messageOf(recognizedPattern, found[0]!, 'fr')).toBe('La conception ressemble au modèle «\u00a0Architecture Kappa\u00a0»\u00a0: déclarez ce modèle pour vérifier ses exigences.');
  });

  it('still sees Kappa beside a training job, which is a batch job that computes no view', () => {
    const d = payments(node('train', 'training-job'), edge('t', 'train', 'view', { props: { access: 'read' } }));
    expect(findings(recognizedPattern, d).map((f) => f.params.patternId)).toContain('kappa');
  });

  it('does not see Kappa once a batch job recomputes views (that is Lambda)', () => {
    const d = payments(node('spark', 'spark-job'), edge('s', 'events', 'spark', { mode: 'async' }));
    expect(findings(recognizedPattern, d).map((f) => f.params.patternId)).toEqual(['lambda']);
  });

  it('its fix declares the pattern and the suggestion goes', () => {
    const d = payments(fields({ patterns: ['zero-trust'] }));
    const found = findings(recognizedPattern, d);
    expect(found.map((f) => f.params.patternId)).toEqual(['kappa']);
    expect(found[0]!.fix!.label).toEqual({ en: 'Declare “Kappa architecture”', fr: 'Déclarer «\u00a0Architecture Kappa\u00a0»' });
    const fixed = applyFix(d, found[0]!);
    expect(fixed.patterns).toEqual(['zero-trust', 'kappa']);
    expect(findings(recognizedPattern, fixed)).toEqual([]);
  });

  it('does not suggest a pattern the design already declares', () => {
    expect(findings(recognizedPattern, payments(fields({ patterns: ['kappa'] })))).toEqual([]);
  });
});
