import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { drSecondRegion } from './drSecondRegion';

const dr = fields({ patterns: ['multi-region-dr'] });

/** Web app → gateway → orders → database, all in EU West; US East holds `usEast` parts. */
const twoRegions = (...usEast: Part[]) =>
  design(
    group('eu', 'region', { label: 'EU West' }),
    group('us', 'region', { label: 'US East' }),
    node('web', 'web-client'),
    node('gw', 'api-gateway', { parent: 'eu' }),
    node('orders', 'microservice', { parent: 'eu' }),
    node('db', 'relational-db', { label: 'Orders DB', parent: 'eu' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'orders'),
    edge('e3', 'orders', 'db', { protocol: 'sql' }),
    dr,
    ...usEast,
  );

describe('operations/dr-second-region', () => {
  it('fires on a critical-path store with no counterpart in the other region', () => {
    const found = findings(drSecondRegion, twoRegions());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db']);
    expect(found[0]!.groups).toEqual(['eu']);
    expect(messageOf(drSecondRegion, found[0]!)).toBe('Orders DB in EU West has no counterpart of the same type in another region.');
    expect(messageOf(drSecondRegion, found[0]!, 'fr')).toBe('Orders DB, dans EU West, n’a pas d’équivalent du même type dans une autre région.');
  });

  it('says when the design has one region, or none', () => {
    const one = design(group('eu', 'region', { label: 'EU West' }), node('db', 'relational-db', { parent: 'eu' }), dr);
    const found = findings(drSecondRegion, one);
    expect(found.map((f) => f.groups)).toEqual([['eu']]);
    expect(messageOf(drSecondRegion, found[0]!)).toBe('The design has a single region, EU West: disaster recovery needs a second one.');
    const none = findings(drSecondRegion, design(node('db', 'relational-db'), dr));
    expect(messageOf(drSecondRegion, none[0]!)).toBe('The design has no region group: disaster recovery needs two regions, the second holding copies of the critical data.');
  });

  it('names a store that sits in no region', () => {
    const d = design(
      group('eu', 'region'), group('us', 'region'),
      node('web', 'web-client'), node('svc', 'microservice', { parent: 'eu' }), node('db', 'nosql-db', { label: 'Profiles' }),
      edge('a', 'web', 'svc'), edge('b', 'svc', 'db'), dr,
    );
    expect(messageOf(drSecondRegion, findings(drSecondRegion, d)[0]!)).toBe('Profiles is in no region and has no counterpart of the same type in a region.');
  });

  it('does not fire when every critical-path store has a counterpart in another region', () => {
    expect(findings(drSecondRegion, twoRegions(node('db-us', 'relational-db', { parent: 'us' })))).toEqual([]);
  });

  it('does not count a counterpart of another type, nor run without the pattern', () => {
    expect(findings(drSecondRegion, twoRegions(node('nosql', 'nosql-db', { parent: 'us' })))).toHaveLength(1);
    const d = design(group('eu', 'region'), node('db', 'relational-db', { parent: 'eu' }));
    expect(findings(drSecondRegion, d)).toEqual([]);
  });

  it('its fix adds a replica in the other region with an asynchronous replication link', () => {
    const d = twoRegions();
    const fixed = applyFix(d, findings(drSecondRegion, d)[0]!);
    const copy = fixed.nodes.find((n) => n.parent === 'us' && n.type === 'relational-db')!;
    expect(copy.label).toBe('Orders DB (US East)');
    const link = fixed.edges.find((e) => e.target === copy.id)!;
    expect(link).toMatchObject({ source: 'db', mode: 'async', label: 'Replication' });
    expect(findings(drSecondRegion, fixed)).toEqual([]);
  });
});
