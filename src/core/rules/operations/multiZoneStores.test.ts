import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { multiZoneStores } from './multiZoneStores';

const ha = fields({ patterns: ['high-availability'] });

const shop = (...parts: Part[]) =>
  design(
    node('web', 'web-client'),
    node('gw', 'api-gateway'),
    node('orders', 'microservice', { label: 'Orders' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'orders'),
    ha,
    ...parts,
  );

describe('operations/multi-zone-stores', () => {
  it('fires on a database of the critical path in one zone', () => {
    const d = shop(node('db', 'relational-db', { label: 'Orders DB', props: { zones: 1 } }), edge('e3', 'orders', 'db', { protocol: 'sql' }));
    const found = findings(multiZoneStores, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['db']);
    expect(messageOf(multiZoneStores, found[0]!)).toBe('Orders DB serves the critical path without enough redundancy (replicas: 2, availability zones: 1); it needs at least two of each.');
    expect(messageOf(multiZoneStores, found[0]!, 'fr')).toBe('Orders DB sert le chemin critique sans redondance suffisante (nombre de réplicas\u00a0: 2, nombre de zones de disponibilité\u00a0: 1)\u00a0; il en faut au moins deux de chaque.');
  });

  it('fires on stores the critical path writes asynchronously, and on a single replica', () => {
    const d = shop(
      node('stream', 'kinesis', { label: 'Order stream', props: { zones: 1 } }),
      node('cache', 'cache', { label: 'Sessions', props: { replicas: 1 } }),
      edge('e3', 'orders', 'stream', { mode: 'async' }),
      edge('e4', 'orders', 'cache'),
    );
    const found = findings(multiZoneStores, d);
    expect(found.map((f) => messageOf(multiZoneStores, f))).toEqual([
      'Sessions serves the critical path without enough redundancy (replicas: 1, availability zones: 2); it needs at least two of each.',
      'Order stream serves the critical path from too few availability zones (zones: 1); it needs at least two.',
    ]);
  });

  it('does not fire on replicated stores, nor on stores only batch jobs use', () => {
    const d = shop(
      node('db', 'relational-db'),
      node('nightly', 'spark-job'),
      node('table', 'lakehouse-table', { props: { zones: 1 } }),
      edge('e3', 'orders', 'db'),
      edge('e4', 'nightly', 'table'),
    );
    expect(findings(multiZoneStores, d)).toEqual([]);
  });

  it('does not run without high availability declared', () => {
    const d = design(node('web', 'web-client'), node('db', 'relational-db', { props: { zones: 1 } }), node('svc', 'microservice'), edge('a', 'web', 'svc'), edge('b', 'svc', 'db'));
    expect(findings(multiZoneStores, d)).toEqual([]);
  });

  it('its fix sets two zones and two replicas, and the finding goes', () => {
    const d = shop(node('db', 'relational-db', { props: { zones: 1, replicas: 1, storageGb: 500 } }), edge('e3', 'orders', 'db'));
    const fixed = applyFix(d, findings(multiZoneStores, d)[0]!);
    expect(fixed.nodes.find((n) => n.id === 'db')!.props).toEqual({ zones: 2, replicas: 2, storageGb: 500 });
    expect(findings(multiZoneStores, fixed)).toEqual([]);
  });
});
