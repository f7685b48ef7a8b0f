import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { encryptionAtRest } from './encryptionAtRest';

const withDb = (encrypted?: boolean) =>
  design(
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB', props: encrypted === undefined ? {} : { encryptedAtRest: encrypted, replicas: 3 } }),
    edge('e1', 'orders', 'db', { protocol: 'sql' }),
  );

describe('security/encryption-at-rest', () => {
  it('fires on a store whose encryption at rest is off', () => {
    const found = findings(encryptionAtRest, withDb(false));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db']);
    expect(messageOf(encryptionAtRest, found[0]!)).toBe('Orders DB keeps its data unencrypted at rest.');
    expect(messageOf(encryptionAtRest, found[0]!, 'fr')).toBe('Orders DB conserve ses données sans chiffrement au repos.');
  });

  it('does not fire on encrypted stores (the default) nor on types that store nothing', () => {
    expect(findings(encryptionAtRest, withDb())).toEqual([]);
    expect(findings(encryptionAtRest, withDb(true))).toEqual([]);
    expect(findings(encryptionAtRest, design(node('svc', 'microservice', { props: { encryptedAtRest: false } })))).toEqual([]);
  });

  it('its fix turns encryption on, keeping the other properties', () => {
    const d = withDb(false);
    const fixed = applyFix(d, findings(encryptionAtRest, d)[0]!);
    expect(fixed.nodes.find((n) => n.id === 'db')!.props).toEqual({ encryptedAtRest: true, replicas: 3 });
    expect(findings(encryptionAtRest, fixed)).toEqual([]);
  });
});
