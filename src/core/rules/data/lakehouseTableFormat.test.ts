import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { lakehouseTableFormat } from './lakehouseTableFormat';

/** A lake landing raw events, read by a training job; a data lake holds plain files by default. */
function lake(props: Record<string, unknown> = {}, ...extra: Part[]) {
  return design(
    node('events', 'kafka', { label: 'Events' }),
    node('raw', 'data-lake', { label: 'Raw zone', props }),
    node('train', 'training-job', { label: 'Churn training' }),
    edge('e1', 'events', 'raw', { mode: 'async', protocol: 's3' }),
    edge('e2', 'train', 'raw', { protocol: 's3', props: { access: 'read' } }),
    fields({ patterns: ['lakehouse'] }),
    ...extra,
  );
}

describe('data/lakehouse-table-format', () => {
  it('fires on a data lake of plain files that a training job reads', () => {
    const found = findings(lakehouseTableFormat, lake());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['raw', 'train']);
    expect(found[0]!.edges).toEqual(['e2']);
    expect(messageOf(lakehouseTableFormat, found[0]!)).toBe('Raw zone holds plain files without an ACID table format, yet Churn training reads it for ML or BI.');
    expect(messageOf(lakehouseTableFormat, found[0]!, 'fr')).toBe(
      'Raw zone contient des fichiers bruts sans format de table ACID, alors que Churn training les lit pour du ML ou de la BI.',
    );
  });

  it('counts every ML or BI reader', () => {
    const d = lake({}, node('bi', 'data-warehouse', { label: 'Warehouse' }), edge('e3', 'raw', 'bi', { mode: 'async' }));
    const found = findings(lakehouseTableFormat, d);
    expect(found[0]!.nodes).toEqual(['raw', 'train', 'bi']);
    expect(messageOf(lakehouseTableFormat, found[0]!)).toBe(
      'Raw zone holds plain files without an ACID table format, yet 2 ML or BI consumers read it, among them Churn training.',
    );
  });

  it('its fix sets the Delta Lake format and the finding goes', () => {
    const d = lake();
    const fixed = applyFix(d, findings(lakehouseTableFormat, d)[0]!);
    expect(fixed.nodes[1]!.props.tableFormat).toBe('delta');
    expect(findings(lakehouseTableFormat, fixed)).toEqual([]);
  });

  it('does not fire on a table format, on files nobody reads, or on object storage without a format setting', () => {
    expect(findings(lakehouseTableFormat, lake({ tableFormat: 'iceberg' }))).toEqual([]);
    const unread = design(node('events', 'kafka'), node('raw', 'data-lake'), edge('e1', 'events', 'raw', { mode: 'async' }), fields({ patterns: ['lakehouse'] }));
    expect(findings(lakehouseTableFormat, unread)).toEqual([]);
    const bucket = design(
      node('bucket', 'object-storage'), node('train', 'training-job'),
      edge('e', 'train', 'bucket', { props: { access: 'read' } }), fields({ patterns: ['lakehouse'] }),
    );
    expect(findings(lakehouseTableFormat, bucket)).toEqual([]);
  });

  it('fires on a lakehouse table switched to plain files', () => {
    const d = design(
      node('t', 'lakehouse-table', { label: 'Orders', props: { tableFormat: 'none' } }), node('dash', 'grafana', { label: 'Sales dashboard' }),
      edge('e', 'dash', 't', { props: { access: 'read' } }), fields({ patterns: ['lakehouse'] }),
    );
    expect(findings(lakehouseTableFormat, d)).toHaveLength(1);
  });

  it('does not run when Lakehouse is not declared', () => {
    expect(findings(lakehouseTableFormat, lake({}, fields({ patterns: [] })))).toEqual([]);
  });
});
