import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { singlePointOfFailure } from './singlePointOfFailure';

/** Web app → gateway → the component under test, synchronously: it is on the critical path. */
const behindGateway = (...parts: Part[]) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    edge('e1', 'web', 'gw'),
    ...parts,
  );

describe('operations/single-point-of-failure', () => {
  it('fires on a critical-path model server with one replica, naming replicas and zones', () => {
    const d = behindGateway(node('fraud', 'triton', { label: 'Fraud model', props: { replicas: 1 } }), edge('e2', 'gw', 'fraud'));
    const found = findings(singlePointOfFailure, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['fraud']);
    expect(messageOf(singlePointOfFailure, found[0]!)).toBe('Fraud model is on a critical path without enough redundancy (replicas: 1, availability zones: 2); it needs at least two of each.');
    expect(messageOf(singlePointOfFailure, found[0]!, 'fr')).toBe('Fraud model est sur un chemin critique sans redondance suffisante (nombre de réplicas\u00a0: 1, nombre de zones de disponibilité\u00a0: 2)\u00a0; il en faut au moins deux de chaque.');
  });

  it('fires on replicas all in one zone', () => {
    const d = behindGateway(node('fraud', 'triton', { label: 'Fraud model', props: { replicas: 3, zones: 1 } }), edge('e2', 'gw', 'fraud'));
    expect(messageOf(singlePointOfFailure, findings(singlePointOfFailure, d)[0]!)).toBe('Fraud model is on a critical path without enough redundancy (replicas: 3, availability zones: 1); it needs at least two of each.');
  });

  it('reports only what the type states: replicas alone, or zones alone', () => {
    const registry = behindGateway(node('reg', 'model-registry', { label: 'Registry' }), edge('e2', 'gw', 'reg'));
    expect(messageOf(singlePointOfFailure, findings(singlePointOfFailure, registry)[0]!)).toBe('Registry is on a critical path with too few replicas (replicas: 1); it needs at least two.');
    const fn = behindGateway(node('fn', 'serverless-function', { label: 'Scorer', props: { zones: 1 } }), edge('e2', 'gw', 'fn'));
    expect(messageOf(singlePointOfFailure, findings(singlePointOfFailure, fn)[0]!)).toBe('Scorer is on a critical path in too few availability zones (zones: 1); it needs at least two.');
  });

  it('does not fire on replicated components, on types without replicas or zones, nor off the critical path', () => {
    const d = behindGateway(
      node('svc', 'microservice', { label: 'Orders' }),
      node('pep', 'policy-enforcement-point'),
      node('train', 'training-job', { props: { replicas: 1 } }),
      node('log', 'kafka'),
      edge('e2', 'gw', 'pep'),
      edge('e3', 'pep', 'svc'),
      edge('e4', 'svc', 'log', { mode: 'async' }),
      edge('e5', 'log', 'train', { mode: 'async' }),
    );
    expect(findings(singlePointOfFailure, d)).toEqual([]);
  });

  it('its fix sets two replicas over two zones and the finding goes', () => {
    const d = behindGateway(node('fraud', 'triton', { label: 'Fraud model', props: { replicas: 1, zones: 1, maxBatchSize: 16 } }), edge('e2', 'gw', 'fraud'));
    const fixed = applyFix(d, findings(singlePointOfFailure, d)[0]!);
    expect(fixed.nodes.find((n) => n.id === 'fraud')!.props).toEqual({ replicas: 2, zones: 2, maxBatchSize: 16 });
    expect(findings(singlePointOfFailure, fixed)).toEqual([]);
  });
});
