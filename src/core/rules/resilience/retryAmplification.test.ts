import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { retryAmplification } from './retryAmplification';

const chain = (retries: [number, number, number], ...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('checkout', 'microservice', { label: 'Checkout' }),
    node('fraud', 'triton', { label: 'Fraud model' }),
    edge('e1', 'web', 'gw', { resilience: { retries: retries[0] } }),
    edge('e2', 'gw', 'checkout', { resilience: { retries: retries[1] } }),
    edge('e3', 'checkout', 'fraud', { resilience: { retries: retries[2] } }),
    ...extra,
  );

describe('resilience/retry-amplification', () => {
  it('fires when two layers of a chain retry, with the product of attempts', () => {
    const found = findings(retryAmplification, chain([0, 2, 2]));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['gw', 'checkout', 'fraud']);
    expect(found[0]!.edges).toEqual(['e2', 'e3']);
    expect(messageOf(retryAmplification, found[0]!)).toBe('2 layers retry along the synchronous chain from Gateway to Fraud model: one call can become 9 calls to Fraud model.');
    expect(messageOf(retryAmplification, found[0]!, 'fr')).toBe('2 couches relancent le long de la chaîne synchrone de Gateway à Fraud model\u00a0: un appel peut devenir 9 appels vers Fraud model.');
  });

  it('counts the client’s retries as a layer, and follows the most amplifying branch', () => {
    const found = findings(retryAmplification, chain([1, 2, 3]));
    expect(found[0]!.edges).toEqual(['e1', 'e2', 'e3']);
    expect(found[0]!.params).toMatchObject({ layers: 3, factor: 24, from: 'Web app' });
    const branches = chain([0, 2, 2], node('db', 'relational-db', { label: 'Orders' }), edge('e4', 'checkout', 'db', { resilience: { retries: 1 } }));
    expect(findings(retryAmplification, branches).map((f) => f.params.factor)).toEqual([9]);
  });

  it('reports a chain shared by two clients once', () => {
    const d = chain([0, 2, 2], node('app', 'mobile-client'), edge('m', 'app', 'gw'));
    expect(findings(retryAmplification, d)).toHaveLength(1);
  });

  it('does not fire with a single retrying layer, nor across asynchronous hops', () => {
    expect(findings(retryAmplification, chain([0, 0, 3]))).toEqual([]);
    expect(findings(retryAmplification, chain([3, 0, 0]))).toEqual([]);
    const queued = design(
      node('svc', 'microservice'),
      node('q', 'message-queue'),
      node('worker', 'microservice'),
      node('model', 'triton'),
      edge('a', 'svc', 'q', { mode: 'async', resilience: { retries: 3 } }),
      edge('b', 'q', 'worker', { mode: 'async' }),
      edge('c', 'worker', 'model', { resilience: { retries: 3 } }),
    );
    expect(findings(retryAmplification, queued)).toEqual([]);
  });

  it('survives a synchronous cycle', () => {
    const d = chain([0, 2, 2], edge('back', 'fraud', 'checkout', { resilience: { retries: 1 } }));
    expect(findings(retryAmplification, d).map((f) => f.params.factor)).toEqual([9]);
  });

  it('its fix keeps the innermost layer’s retries only', () => {
    const d = chain([1, 2, 3]);
    const found = findings(retryAmplification, d)[0]!;
    expect(found.fix!.label.en).toBe('Retry only on the call to Fraud model');
    const fixed = applyFix(d, found);
    expect(fixed.edges.map((e) => e.resilience.retries)).toEqual([0, 0, 3]);
    expect(findings(retryAmplification, fixed)).toEqual([]);
  });
});
