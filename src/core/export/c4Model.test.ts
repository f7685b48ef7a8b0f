import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../testing/builders';
import { contextRelationships, toC4Model } from './c4Model';
import { sanitizeId, IdentifierPool } from './identifiers';
import { smallDesign } from './testDesigns';

describe('toC4Model', () => {
  const model = toC4Model(deepFreeze(smallDesign()), 'en');

  it('finds people, external systems and containers from the catalog C4 kinds', () => {
    expect(model.people.map((p) => p.name)).toEqual(['Fraud analyst']);
    expect(model.systems.filter((s) => s.external).map((s) => s.name)).toEqual(['Card network']);
    const platform = model.systems.find((s) => s.sourceId === 'platform');
    expect(platform?.containers.map((c) => [c.id, c.kind])).toEqual([
      ['console', 'container'], // outside every boundary, but the design has just one system
      ['gw', 'container'],
      ['e_model', 'container'], // 'model' is a DSL keyword
      ['db', 'database'],
      ['events', 'queue'],
    ]);
  });

  it('puts containers outside every system group in the only system, else in one named after the design', () => {
    expect(model.systems.find((s) => s.sourceId === undefined)).toBeUndefined();
    const two = smallDesign();
    const second = { ...two.groups.find((g) => g.id === 'platform')!, id: 'billing', label: 'Test design' };
    const split = toC4Model({ ...two, groups: [...two.groups, second] }, 'en');
    const implicit = split.systems.find((s) => s.sourceId === undefined);
    expect(implicit?.name).toBe('Test design (other containers)');
    expect(implicit?.containers.map((c) => c.id)).toEqual(['console']);
    const withoutSystems = toC4Model({ ...two, groups: two.groups.filter((g) => g.kind !== 'system') }, 'fr');
    expect(withoutSystems.systems.find((s) => s.sourceId === undefined)?.name).toBe('Test design');
  });

  it('describes relationships with the edge label, else a default phrase, and the protocol', () => {
    expect(model.relationships).toEqual([
      { from: 'bank', to: 'gw', description: 'authorise', technology: 'HTTPS' },
      { from: 'gw', to: 'e_model', description: 'Calls', technology: 'GRPC' },
      { from: 'e_model', to: 'events', description: 'Sends events to', technology: 'KAFKA, async' },
      { from: 'analyst', to: 'console', description: 'Calls', technology: 'HTTPS' },
      { from: 'console', to: 'db', description: 'read cases', technology: 'SQL' },
    ]);
    const fr = toC4Model(smallDesign(), 'fr').relationships;
    expect(fr[1]?.description).toBe('Appelle');
    expect(fr[2]).toMatchObject({ description: 'Envoie des événements à', technology: 'KAFKA, asynchrone' });
  });

  it('nests deployment nodes region > zone > cluster with the containers in the innermost', () => {
    const [region] = model.deployment.nodes;
    expect(region).toMatchObject({ id: 'eu', kind: 'region', containers: ['db'] });
    const zone = region?.children[0];
    expect(zone).toMatchObject({ id: 'eu_a', kind: 'zone', containers: [] });
    expect(zone?.children[0]).toMatchObject({ id: 'k8s', kind: 'cluster', containers: ['gw', 'e_model'] });
  });

  it('collapses containers into their systems for the context view', () => {
    expect(contextRelationships(model)).toEqual([
      { from: 'bank', to: 'platform', description: 'authorise', technology: 'HTTPS' },
      { from: 'analyst', to: 'platform', description: 'Calls', technology: 'HTTPS' },
    ]);
  });
});

describe('identifiers', () => {
  it('keeps letters, digits and underscores, and avoids digits first and keywords', () => {
    expect(sanitizeId('api-gw.v1:a')).toBe('api_gw_v1_a');
    expect(sanitizeId('1st')).toBe('e_1st');
    expect(sanitizeId('model')).toBe('e_model');
    expect(sanitizeId('Person')).toBe('e_Person');
  });

  it('stays unique after sanitising', () => {
    const pool = new IdentifierPool();
    expect(['a-b', 'a.b', 'a:b', 'A_B'].map((id) => pool.take(id))).toEqual(['a_b', 'a_b_2', 'a_b_3', 'A_B_4']);
  });
});
