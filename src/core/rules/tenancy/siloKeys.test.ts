import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { siloKeys } from './siloKeys';

const tenancy = fields({ patterns: ['multi-tenancy'] });

const silo = (dbProps: Record<string, unknown> = {}, ...parts: Part[]) =>
  design(
    node('svc', 'microservice', { label: 'Claims' }),
    node('db', 'relational-db', { label: 'Acme DB', props: { tenancy: 'silo', ...dbProps } }),
    edge('e1', 'svc', 'db', { protocol: 'sql' }),
    tenancy,
    ...parts,
  );

describe('tenancy/silo-keys', () => {
  it('fires on a silo store not connected to a key management service', () => {
    const found = findings(siloKeys, silo());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db']);
    expect(messageOf(siloKeys, found[0]!)).toBe('The silo store Acme DB is not connected to a key management service holding its tenant’s key.');
    expect(messageOf(siloKeys, found[0]!, 'fr')).toBe('Le stockage en silo Acme DB n’est relié à aucun service de gestion des clés qui conserve la clé de son locataire.');
  });

  it('says when the silo store is not encrypted at all', () => {
    const found = findings(siloKeys, silo({ encryptedAtRest: false }, node('kms', 'key-management'), edge('k', 'db', 'kms')));
    expect(messageOf(siloKeys, found[0]!)).toBe('The silo store Acme DB is not encrypted at rest.');
  });

  it('does not fire on an encrypted silo store linked to a KMS, nor on pooled stores', () => {
    expect(findings(siloKeys, silo({}, node('kms', 'key-management'), edge('k', 'db', 'kms')))).toEqual([]);
    expect(findings(siloKeys, silo({ tenancy: 'pool' }))).toEqual([]);
  });

  it('does not run without multi-tenancy declared', () => {
    const d = design(node('db', 'relational-db', { props: { tenancy: 'silo' } }));
    expect(findings(siloKeys, d)).toEqual([]);
  });

  it('its fix adds a KMS when there is none and links the store to it', () => {
    const d = silo();
    const fixed = applyFix(d, findings(siloKeys, d)[0]!);
    const kms = fixed.nodes.find((n) => n.type === 'key-management')!;
    expect(kms.label).toBe('Key management');
    expect(fixed.edges.find((e) => e.target === kms.id)).toMatchObject({ source: 'db', label: 'Tenant key' });
    expect(findings(siloKeys, fixed)).toEqual([]);
  });

  it('its fix reuses the existing KMS and turns encryption on', () => {
    const d = silo({ encryptedAtRest: false }, node('vault', 'key-management'));
    const fixed = applyFix(d, findings(siloKeys, d)[0]!);
    expect(fixed.nodes.filter((n) => n.type === 'key-management')).toHaveLength(1);
    expect(fixed.nodes.find((n) => n.id === 'db')!.props.encryptedAtRest).toBe(true);
    expect(fixed.edges.some((e) => e.source === 'db' && e.target === 'vault')).toBe(true);
    expect(findings(siloKeys, fixed)).toEqual([]);
  });
});
