import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { syncTimeouts } from './syncTimeouts';
import { timeoutBudget } from './timeoutBudget';

/** web → gateway → checkout → fraud model, plus whatever a test adds. */
const shop = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('checkout', 'microservice', { label: 'Checkout', props: { latencyP99Ms: 30 } }),
    node('fraud', 'triton', { label: 'Fraud model', props: { latencyP99Ms: 40 } }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'checkout'),
    edge('e3', 'checkout', 'fraud', { protocol: 'grpc' }),
    ...extra,
  );

describe('resilience/sync-timeouts', () => {
  it('fires on each synchronous call between components without a timeout, not on the client’s', () => {
    const found = findings(syncTimeouts, shop());
    expect(found.map((f) => f.edges).sort()).toEqual([['e2'], ['e3']]);
    const call = found.find((f) => f.edges[0] === 'e2')!;
    expect(call.nodes).toEqual(['gw', 'checkout']);
    expect(messageOf(syncTimeouts, call)).toBe('The synchronous call from Gateway to Checkout has no timeout.');
    expect(messageOf(syncTimeouts, call, 'fr')).toBe('L’appel synchrone de Gateway vers Checkout n’a pas de délai d’expiration.');
  });

  it('its fix sets a budget-derived timeout: twice the callee’s p99 plus what its own calls may take', () => {
    const d = shop();
    const first = findings(syncTimeouts, d).find((f) => f.edges[0] === 'e2');
    const second = findings(syncTimeouts, d).find((f) => f.edges[0] === 'e3');
    // Fraud model: 2 × 40 = 80 ms. Checkout: 2 × 30 + 80 = 140 ms.
    expect(second!.fix!.label).toEqual({ en: 'Set the timeout to 80 ms', fr: 'Fixer le délai d’expiration à 80\u00a0ms' });
    expect(applyFix(d, second!).edges.find((e) => e.id === 'e3')!.resilience.timeoutMs).toBe(80);
    expect(applyFix(d, first!).edges.find((e) => e.id === 'e2')!.resilience).toEqual({ timeoutMs: 140, retries: 0, circuitBreaker: false });
    let fixed = d;
    for (let i = 0; i < 2; i += 1) fixed = applyFix(fixed, findings(syncTimeouts, fixed)[0]!);
    expect(findings(syncTimeouts, fixed)).toEqual([]);
    // The derived timeouts nest, so the budget rule is satisfied too.
    expect(findings(timeoutBudget, fixed)).toEqual([]);
  });

  it('counts retries, uses half the SLO for an unknown dependency, and never exceeds the SLO', () => {
    const retried = shop(fields({ workload: { latencySloMs: 250 } }));
    retried.edges[2] = { ...retried.edges[2]!, resilience: { ...retried.edges[2]!.resilience, retries: 2 } };
    // 2 × 30 + 80 × 3 = 300 ms, capped at the 250 ms SLO.
    expect(findings(syncTimeouts, retried).find((f) => f.edges[0] === 'e2')!.fix!.label.en).toBe('Set the timeout to 250 ms');
    const partner = design(node('svc', 'microservice'), node('bank', 'external-system'), edge('p', 'svc', 'bank'), fields({ workload: { latencySloMs: 300 } }));
    expect(findings(syncTimeouts, partner)[0]!.fix!.label.en).toBe('Set the timeout to 150 ms');
  });

  it('does not fire on calls with a timeout, asynchronous ones, telemetry, or calls made by external systems', () => {
    const d = design(
      node('svc', 'microservice'),
      node('q', 'message-queue'),
      node('otel', 'otel-collector'),
      node('old', 'legacy-system'),
      node('db', 'relational-db'),
      edge('a', 'svc', 'db', { resilience: { timeoutMs: 50 } }),
      edge('b', 'svc', 'q', { mode: 'async' }),
      edge('c', 'svc', 'otel', { props: { carries: 'telemetry' } }),
      edge('d', 'old', 'svc'),
    );
    expect(findings(syncTimeouts, d)).toEqual([]);
  });
});
