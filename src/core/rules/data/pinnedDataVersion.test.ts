import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { pinnedDataVersion } from './pinnedDataVersion';

const churn = (props: Record<string, unknown> = { access: 'read' }, ...extra: Part[]) =>
  design(
    node('features', 'lakehouse-table', { label: 'Customer features' }),
    node('train', 'training-job', { label: 'Churn training' }),
    node('registry', 'model-registry'),
    edge('e1', 'train', 'features', { protocol: 's3', props }),
    edge('e2', 'train', 'registry'),
    ...extra,
  );

describe('data/pinned-data-version', () => {
  it('fires on a training job reading a table without a pinned version', () => {
    const found = findings(pinnedDataVersion, churn());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['features', 'train']);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(pinnedDataVersion, found[0]!)).toBe('Churn training trains on Customer features without a pinned data version.');
    expect(messageOf(pinnedDataVersion, found[0]!, 'fr')).toBe('Churn training s’entraîne sur Customer features sans version figée des données.');
  });

  it('counts an edge whose access is not stated, and data delivered to the training job', () => {
    expect(findings(pinnedDataVersion, churn({}))).toHaveLength(1);
    const pushed = design(node('lake', 'data-lake'), node('train', 'training-job'), edge('e', 'lake', 'train', { mode: 'async' }));
    expect(findings(pinnedDataVersion, pushed)).toHaveLength(1);
  });

  it('its fix pins the version on the edge and the finding goes', () => {
    const d = churn();
    const fixed = applyFix(d, findings(pinnedDataVersion, d)[0]!);
    expect(fixed.edges[0]!.props).toEqual({ access: 'read', pinnedVersion: true });
    expect(findings(pinnedDataVersion, fixed)).toEqual([]);
  });

  it('does not fire on a pinned read, a write of artefacts, a log, or a non-training reader', () => {
    expect(findings(pinnedDataVersion, churn({ access: 'read', pinnedVersion: true }))).toEqual([]);
    const d = churn(
      { access: 'read', pinnedVersion: true },
      node('bucket', 'object-storage'), edge('w', 'train', 'bucket', { props: { access: 'write' } }),
      node('events', 'kafka'), edge('k', 'events', 'train', { mode: 'async' }),
      node('scoring', 'batch-inference-job'), edge('s', 'scoring', 'features', { props: { access: 'read' } }),
    );
    expect(findings(pinnedDataVersion, d)).toEqual([]);
  });
});
