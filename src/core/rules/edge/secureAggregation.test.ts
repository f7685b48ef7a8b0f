import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { secureAggregation } from './secureAggregation';

const hospitals = (props: Record<string, unknown> = {}, patterns = ['edge-federated']) =>
  design(
    node('site', 'microservice', { label: 'Hospital trainer' }),
    node('fl', 'fl-aggregator', { label: 'FL aggregator', props }),
    edge('u', 'site', 'fl', { mode: 'async', props: { carries: 'model-updates' } }),
    fields({ patterns }),
  );

describe('edge/secure-aggregation', () => {
  it('fires on an aggregator without secure aggregation', () => {
    const found = findings(secureAggregation, hospitals());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['fl']);
    expect(messageOf(secureAggregation, found[0]!)).toBe(
      'FL aggregator does not run secure aggregation (confidential computing is off): it can see each client’s update.',
    );
    expect(messageOf(secureAggregation, found[0]!, 'fr')).toBe(
      'FL aggregator n’exécute pas d’agrégation sécurisée (calcul confidentiel désactivé)\u00a0: la mise à jour de chaque client lui est visible.',
    );
  });

  it('its fix turns confidential computing on and the finding goes', () => {
    const d = hospitals();
    const fixed = applyFix(d, findings(secureAggregation, d)[0]!);
    expect(fixed.nodes[1]!.props.confidentialCompute).toBe(true);
    expect(findings(secureAggregation, fixed)).toEqual([]);
  });

  it('does not fire with confidential computing on, nor when edge/federated is not declared', () => {
    expect(findings(secureAggregation, hospitals({ confidentialCompute: true }))).toEqual([]);
    expect(findings(secureAggregation, hospitals({}, []))).toEqual([]);
  });
});
