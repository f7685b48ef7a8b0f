import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { sharedDatabase } from './sharedDatabase';

const db = (...parts: Part[]) =>
  design(
    node('orders', 'microservice', { label: 'Orders' }),
    node('billing', 'microservice', { label: 'Billing' }),
    node('db', 'relational-db', { label: 'Shop DB' }),
    ...parts,
  );

describe('anti-pattern/shared-database', () => {
  it('fires when two services write one database (an unstated access counts as a write)', () => {
    const found = findings(sharedDatabase, db(edge('a', 'orders', 'db', { props: { access: 'write' } }), edge('b', 'billing', 'db')));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db', 'orders', 'billing']);
    expect(found[0]!.edges).toEqual(['a', 'b']);
    expect(messageOf(sharedDatabase, found[0]!)).toBe('Orders and Billing both write to Shop DB.');
    expect(messageOf(sharedDatabase, found[0]!, 'fr')).toBe('Orders et Billing écrivent tous deux dans Shop DB.');
  });

  it('counts the writers when there are more than two', () => {
    const found = findings(sharedDatabase, db(
      node('stock', 'flink-job', { label: 'Stock' }),
      edge('a', 'orders', 'db'), edge('b', 'billing', 'db', { props: { access: 'read-write' } }), edge('c', 'stock', 'db'),
    ));
    expect(messageOf(sharedDatabase, found[0]!)).toBe('3 components write to Shop DB, among them Orders and Billing.');
  });

  it('does not fire on one writer and readers, on change data capture or proxies, or on a log with many producers', () => {
    expect(findings(sharedDatabase, db(edge('a', 'orders', 'db'), edge('b', 'billing', 'db', { props: { access: 'read' } })))).toEqual([]);
    expect(findings(sharedDatabase, db(node('cdc', 'cdc'), edge('a', 'orders', 'db'), edge('b', 'cdc', 'db')))).toEqual([]);
    expect(findings(sharedDatabase, db(node('pep', 'policy-enforcement-point'), edge('a', 'orders', 'db'), edge('b', 'pep', 'db')))).toEqual([]);
    const log = design(node('a', 'microservice'), node('b', 'microservice'), node('k', 'kafka'), edge('x', 'a', 'k'), edge('y', 'b', 'k'));
    expect(findings(sharedDatabase, log)).toEqual([]);
  });
});
