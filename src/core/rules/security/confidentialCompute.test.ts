import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { confidentialCompute } from './confidentialCompute';

const restricted = { dataClass: 'restricted' };

const claims = (jobProps: Record<string, unknown> = restricted) =>
  design(
    node('events', 'kafka', { label: 'Claims' }),
    node('job', 'flink-job', { label: 'Claim scoring', props: jobProps }),
    node('db', 'relational-db', { label: 'Patients', props: restricted }),
    edge('e1', 'events', 'job', { mode: 'async' }),
    edge('e2', 'job', 'db'),
  );

describe('security/confidential-compute', () => {
  it('fires on a runtime component handling restricted data outside a TEE', () => {
    const found = findings(confidentialCompute, claims());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['job']);
    expect(messageOf(confidentialCompute, found[0]!)).toBe('Claim scoring handles restricted data outside a trusted execution environment.');
    expect(messageOf(confidentialCompute, found[0]!, 'fr')).toBe('Claim scoring traite des données restreintes hors d’un environnement d’exécution de confiance.');
  });

  it('tells to move a component whose type cannot run in a TEE, without a quick fix', () => {
    const d = design(node('svc', 'microservice', { label: 'Billing', props: restricted }));
    const found = findings(confidentialCompute, d);
    expect(found[0]!.fix).toBeUndefined();
    expect(messageOf(confidentialCompute, found[0]!)).toBe('Billing handles restricted data, but its type (Microservice) cannot run in a trusted execution environment: move it to a confidential VM or node type.');
    expect(messageOf(confidentialCompute, found[0]!, 'fr')).toBe('Billing traite des données restreintes, mais son type (Microservice) ne peut pas s’exécuter dans un environnement d’exécution de confiance\u00a0: déplacez ce composant vers une VM ou un type de nœud confidentiel.');
  });

  it('does not fire in a TEE, on less sensitive data, or on stores (encryption at rest covers them)', () => {
    expect(findings(confidentialCompute, claims({ ...restricted, confidentialCompute: true }))).toEqual([]);
    expect(findings(confidentialCompute, claims({ dataClass: 'confidential' }))).toEqual([]);
    expect(findings(confidentialCompute, claims({}))).toEqual([]);
  });

  it('its fix turns confidential computing on and the finding goes', () => {
    const d = claims();
    const fixed = applyFix(d, findings(confidentialCompute, d)[0]!);
    expect(fixed.nodes.find((n) => n.id === 'job')!.props).toEqual({ ...restricted, confidentialCompute: true });
    expect(findings(confidentialCompute, fixed)).toEqual([]);
  });
});
