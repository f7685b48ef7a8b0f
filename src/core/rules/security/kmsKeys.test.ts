import { describe, expect, it } from 'vitest';
import { design, edge, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { kmsKeys } from './kmsKeys';

const stores = (...extra: ReturnType<typeof node>[]) =>
  design(
    group('data', 'trust-zone', { label: 'Data zone' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB', parent: 'data' }),
    node('events', 'kafka', { label: 'Order events', parent: 'data' }),
    edge('e1', 'orders', 'db'),
    edge('e2', 'orders', 'events', { mode: 'async' }),
    ...extra,
  );

describe('security/kms-keys', () => {
  it('fires once when encrypted stores exist and no key management service does', () => {
    const found = findings(kmsKeys, stores());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db', 'events']);
    expect(messageOf(kmsKeys, found[0]!)).toBe('2 stores are encrypted at rest, among them Orders DB, but the design has no key management service to hold their keys.');
    expect(messageOf(kmsKeys, found[0]!, 'fr')).toBe('2 stockages sont chiffrés au repos, dont Orders DB, mais la conception n’a pas de service de gestion des clés pour conserver leurs clés.');
  });

  it('names the store when there is one', () => {
    const d = design(node('db', 'relational-db', { label: 'Orders DB' }));
    expect(messageOf(kmsKeys, findings(kmsKeys, d)[0]!)).toBe('The store Orders DB is encrypted at rest, but the design has no key management service to hold its key.');
  });

  it('does not fire with a key management service, without stores, or with no store encrypted', () => {
    expect(findings(kmsKeys, stores(node('kms', 'key-management')))).toEqual([]);
    expect(findings(kmsKeys, design(node('a', 'microservice'), node('b', 'triton'), edge('e', 'a', 'b')))).toEqual([]);
    expect(findings(kmsKeys, design(node('db', 'relational-db', { props: { encryptedAtRest: false } })))).toEqual([]);
  });

  it('its fix adds a key management service, named in the user’s language, beside the stores', () => {
    const d = stores();
    const found = findings(kmsKeys, d)[0]!;
    const fixed = applyFix(d, found);
    const kms = fixed.nodes.find((n) => n.type === 'key-management')!;
    expect(kms).toMatchObject({ label: 'Key management', parent: 'data' });
    expect(findings(kmsKeys, fixed)).toEqual([]);
    expect(applyFix(d, found, 'fr').nodes.find((n) => n.type === 'key-management')!.label).toBe('Gestion des clés');
  });
});
