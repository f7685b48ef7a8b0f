import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { boundedRetries } from './boundedRetries';

const payments = (retries: number, props: Record<string, unknown> = {}) =>
  design(
    node('checkout', 'microservice', { label: 'Checkout' }),
    node('ledger', 'relational-db', { label: 'Ledger' }),
    edge('w', 'checkout', 'ledger', { protocol: 'sql', resilience: { retries, timeoutMs: 100 }, props }),
  );

describe('resilience/bounded-retries', () => {
  it('fires on more than 3 retries', () => {
    const found = findings(boundedRetries, payments(5));
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'retries', nodes: ['checkout', 'ledger'], edges: ['w'] });
    expect(messageOf(boundedRetries, found[0]!)).toBe('The call from Checkout to Ledger is retried up to 5 times; more than 3 only adds load to a failing dependency.');
    expect(messageOf(boundedRetries, found[0]!, 'fr')).toBe('L’appel de Checkout vers Ledger est relancé jusqu’à 5 fois\u00a0; au-delà de 3, les relances ne font qu’accabler une dépendance défaillante.');
  });

  it('fires on a retried write that is not idempotent', () => {
    const found = findings(boundedRetries, payments(2, { access: 'write' }));
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'notIdempotent', edges: ['w'] });
    expect(found[0]!.fix).toBeUndefined();
    expect(messageOf(boundedRetries, found[0]!)).toBe('The call from Checkout to Ledger writes and is retried, but it is not idempotent: a retry may apply the write twice.');
    expect(findings(boundedRetries, payments(1, { access: 'read-write' })).map((f) => f.message)).toEqual(['notIdempotent']);
    // Both problems on one connection: two findings.
    expect(findings(boundedRetries, payments(6, { access: 'write' })).map((f) => f.message).sort()).toEqual(['notIdempotent', 'retries']);
  });

  it('does not fire on up to 3 retries of reads, of idempotent writes, or of calls whose access is not stated', () => {
    expect(findings(boundedRetries, payments(3))).toEqual([]);
    expect(findings(boundedRetries, payments(3, { access: 'read' }))).toEqual([]);
    expect(findings(boundedRetries, payments(3, { access: 'write', idempotent: true }))).toEqual([]);
    expect(findings(boundedRetries, payments(0, { access: 'write' }))).toEqual([]);
  });

  it('its fix caps the retries at 3 and keeps the other settings', () => {
    const d = payments(8);
    const fixed = applyFix(d, findings(boundedRetries, d)[0]!);
    expect(fixed.edges[0]!.resilience).toEqual({ retries: 3, timeoutMs: 100, circuitBreaker: false });
    expect(findings(boundedRetries, fixed)).toEqual([]);
  });
});
