import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { timeoutBudget } from './timeoutBudget';

const chain = (gateway: number, fraud: number, retries = 0, client?: number) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('checkout', 'microservice', { label: 'Checkout' }),
    node('fraud', 'triton', { label: 'Fraud model' }),
    edge('e1', 'web', 'gw', { resilience: client === undefined ? {} : { timeoutMs: client } }),
    edge('e2', 'gw', 'checkout', { resilience: { timeoutMs: gateway } }),
    edge('e3', 'checkout', 'fraud', { resilience: { timeoutMs: fraud, retries } }),
    fields({ workload: { latencySloMs: 300 } }),
  );

describe('resilience/timeout-budget', () => {
  it('fires when a component may wait on its calls longer than its caller waits for it', () => {
    const found = findings(timeoutBudget, chain(100, 80, 1));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['gw', 'checkout', 'fraud']);
    expect(found[0]!.edges).toEqual(['e2', 'e3']);
    expect(messageOf(timeoutBudget, found[0]!)).toBe('Checkout may wait 160 ms on its calls (timeouts × attempts), but Gateway gives up on it after 100 ms.');
    expect(messageOf(timeoutBudget, found[0]!, 'fr')).toBe('Checkout peut attendre 160\u00a0ms ses appels (délais × tentatives), mais Gateway l’abandonne au bout de 100\u00a0ms.');
  });

  it('adds up the calls of a component and compares with its tightest caller', () => {
    const d = chain(200, 60);
    const more = design(
      ...d.nodes, ...d.edges,
      node('db', 'relational-db', { label: 'Orders' }),
      node('batch', 'microservice', { label: 'Back office' }),
      edge('e4', 'checkout', 'db', { resilience: { timeoutMs: 50 } }),
      edge('e5', 'batch', 'checkout', { resilience: { timeoutMs: 100 } }),
    );
    const found = findings(timeoutBudget, more);
    expect(found.map((f) => f.params)).toEqual([{ node: 'Checkout', wait: 110, caller: 'Back office', timeout: 100 }]);
  });

  it('fires when the client waits longer than the latency SLO', () => {
    const found = findings(timeoutBudget, chain(200, 80, 0, 1_000));
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'slo', nodes: ['web', 'gw'], edges: ['e1'] });
    expect(messageOf(timeoutBudget, found[0]!)).toBe('Web app waits up to 1,000 ms for Gateway, beyond the 300 ms latency SLO.');
    expect(messageOf(timeoutBudget, found[0]!, 'fr')).toBe('Web app attend Gateway jusqu’à 1\u202f000\u00a0ms, au-delà du SLO de latence de 300\u00a0ms.');
    const fixed = applyFix(chain(200, 80, 0, 1_000), found[0]!);
    expect(fixed.edges[0]!.resilience.timeoutMs).toBe(300);
    expect(findings(timeoutBudget, fixed)).toEqual([]);
  });

  it('does not fire when the timeouts nest, or when a timeout is missing', () => {
    expect(findings(timeoutBudget, chain(160, 80, 1, 300))).toEqual([]);
    const untimed = chain(100, 80, 1);
    untimed.edges[1] = { ...untimed.edges[1]!, resilience: { retries: 0, circuitBreaker: false } };
    expect(findings(timeoutBudget, untimed)).toEqual([]);
  });

  it('its fix scales the downstream timeouts down to fit', () => {
    const d = chain(100, 80, 1);
    const found = findings(timeoutBudget, d)[0]!;
    expect(found.fix!.label).toEqual({ en: 'Scale the downstream timeouts to fit in 100 ms', fr: 'Réduire les délais en aval pour tenir en 100\u00a0ms' });
    const fixed = applyFix(d, found);
    expect(fixed.edges[2]!.resilience).toEqual({ timeoutMs: 50, retries: 1, circuitBreaker: false });
    expect(findings(timeoutBudget, fixed)).toEqual([]);
  });
});
