import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { circuitBreaker } from './circuitBreaker';

const shop = (breaker: boolean, mode: 'sync' | 'async' = 'sync') =>
  design(
    node('api', 'microservice', { label: 'Checkout' }),
    node('scoring', 'triton', { label: 'Fraud model' }),
    edge('e1', 'api', 'scoring', { mode, resilience: { circuitBreaker: breaker } }),
  );

describe('resilience/circuit-breaker', () => {
  it('fires on a sync call to a model server without a breaker, naming both ends', () => {
    const found = findings(circuitBreaker, shop(false));
    expect(found).toHaveLength(1);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(circuitBreaker, found[0]!)).toBe('The synchronous call from Checkout to Fraud model has no circuit breaker.');
    expect(messageOf(circuitBreaker, found[0]!, 'fr')).toBe('L’appel synchrone de Checkout vers Fraud model n’a pas de disjoncteur.');
  });

  it('does not fire when the breaker is on, or when the call is asynchronous', () => {
    expect(findings(circuitBreaker, shop(true))).toEqual([]);
    expect(findings(circuitBreaker, shop(false, 'async'))).toEqual([]);
  });

  it('does not fire on calls to a store, nor on calls made by a client', () => {
    const d = design(node('u', 'web-client'), node('svc', 'microservice'), node('db', 'relational-db'), edge('a', 'u', 'svc'), edge('b', 'svc', 'db'));
    expect(findings(circuitBreaker, d)).toEqual([]);
  });

  it('its fix turns the breaker on and the finding goes', () => {
    const d = shop(false);
    const fixed = applyFix(d, findings(circuitBreaker, d)[0]!);
    expect(fixed.edges[0]!.resilience.circuitBreaker).toBe(true);
    expect(findings(circuitBreaker, fixed)).toEqual([]);
  });
});
