import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { lakehouseMedallion } from './lakehouseMedallion';

const table = (id: string, layer: string, label: string) => node(id, 'lakehouse-table', { label, props: { medallionLayer: layer } });
const write = { props: { access: 'write' } };
const read = { props: { access: 'read' } };

/** Orders landed in bronze, cleaned into silver, aggregated into gold, each by its own job. */
function orders(...extra: Part[]) {
  return design(
    node('events', 'kafka', { label: 'Orders' }),
    node('ingest', 'spark-job', { label: 'Ingest' }),
    node('clean', 'spark-job', { label: 'Clean' }),
    node('aggregate', 'spark-job', { label: 'Aggregate' }),
    table('bronze', 'bronze', 'Raw orders'),
    table('silver', 'silver', 'Clean orders'),
    table('gold', 'gold', 'Daily revenue'),
    edge('i1', 'events', 'ingest', { mode: 'async' }),
    edge('i2', 'ingest', 'bronze', write),
    edge('c1', 'clean', 'bronze', read),
    edge('c2', 'clean', 'silver', write),
    edge('a1', 'aggregate', 'silver', read),
    edge('a2', 'aggregate', 'gold', write),
    fields({ patterns: ['lakehouse'] }),
    ...extra,
  );
}

describe('data/lakehouse-medallion', () => {
  it('does not fire when silver comes from bronze and gold from silver', () => {
    expect(findings(lakehouseMedallion, orders())).toEqual([]);
  });

  it('fires on a gold table built by a stream job straight from the log', () => {
    const d = orders(node('live', 'flink-job', { label: 'Live revenue' }), edge('l1', 'events', 'live', { mode: 'async' }), edge('l2', 'live', 'gold', write));
    const found = findings(lakehouseMedallion, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['gold', 'live', 'events']);
    expect(found[0]!.edges).toEqual(['l1', 'l2']);
    expect(messageOf(lakehouseMedallion, found[0]!)).toBe('Daily revenue, a gold table, is built from Orders, which is not a silver table: it skips a layer.');
    expect(messageOf(lakehouseMedallion, found[0]!, 'fr')).toBe(
      'Daily revenue, table de la couche or, est construite à partir de Orders, qui n’est pas une table de la couche argent\u00a0: elle saute une couche.',
    );
  });

  it('fires on gold built from bronze, and on a silver table a connector writes from the log', () => {
    const d = orders(edge('x1', 'aggregate', 'bronze', read), edge('x2', 'events', 'silver', { mode: 'async' }));
    const found = findings(lakehouseMedallion, d);
    expect(found.map((f) => f.nodes)).toEqual([['gold', 'aggregate', 'bronze'], ['silver', 'events']]);
    expect(messageOf(lakehouseMedallion, found[0]!)).toBe('Daily revenue, a gold table, is built from Raw orders, which is not a silver table: it skips a layer.');
  });

  it('accepts tables of the same layer feeding each other, and orchestrators triggering jobs', () => {
    const d = orders(
      table('customers', 'silver', 'Clean customers'),
      edge('s1', 'clean', 'customers', read),
      node('airflow', 'airflow'),
      edge('o1', 'airflow', 'clean'),
      edge('o2', 'airflow', 'aggregate'),
    );
    expect(findings(lakehouseMedallion, d)).toEqual([]);
  });

  it('takes a job edge whose access is not stated as read and write, without blaming silver for gold', () => {
    const d = design(
      table('silver', 'silver', 'Clean orders'), table('gold', 'gold', 'Daily revenue'),
      node('job', 'spark-job'),
      edge('b', 'job', 'silver'), edge('c', 'job', 'gold'),
      fields({ patterns: ['lakehouse'] }),
    );
    expect(findings(lakehouseMedallion, d)).toEqual([]);
  });

  it('does not run when Lakehouse is not declared', () => {
    const d = orders(edge('x2', 'events', 'silver', { mode: 'async' }), fields({ patterns: [] }));
    expect(findings(lakehouseMedallion, d)).toEqual([]);
  });
});
