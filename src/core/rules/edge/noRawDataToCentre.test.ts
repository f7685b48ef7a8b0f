import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { noRawDataToCentre } from './noRawDataToCentre';

const raw = { mode: 'async', props: { carries: 'raw-data' } };
const summaries = { mode: 'async', props: { carries: 'summaries' } };

/** A retail store: a shelf camera and a fog gateway on site, event log and FL aggregator in the cloud. */
const store = (...extra: Part[]) =>
  design(
    group('store', 'edge-site', { label: 'Store 12' }),
    group('cloud', 'region', { label: 'Cloud' }),
    node('camera', 'iot-device', { label: 'Shelf camera', parent: 'store' }),
    node('fog', 'fog-gateway', { label: 'Store gateway', parent: 'store' }),
    node('events', 'kafka', { label: 'Cloud events', parent: 'cloud' }),
    node('fl', 'fl-aggregator', { label: 'FL aggregator', parent: 'cloud' }),
    edge('local', 'camera', 'fog', raw),
    fields({ patterns: ['edge-federated'] }),
    ...extra,
  );

describe('edge/no-raw-data-to-centre', () => {
  it('does not fire when raw data stays on site and only summaries go up', () => {
    expect(findings(noRawDataToCentre, store(edge('up', 'fog', 'events', summaries)))).toEqual([]);
  });

  it('fires on raw data leaving the edge site, and its fix sends summaries instead', () => {
    const d = store(edge('up', 'fog', 'events', raw));
    const found = findings(noRawDataToCentre, d);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['fog', 'events']);
    expect(found[0]!.edges).toEqual(['up']);
    expect(messageOf(noRawDataToCentre, found[0]!)).toBe('Store gateway sends raw data off the edge, to Cloud events.');
    expect(messageOf(noRawDataToCentre, found[0]!, 'fr')).toBe('Store gateway envoie des données brutes hors de la périphérie, vers Cloud events.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'up')!.props.carries).toBe('summaries');
    expect(findings(noRawDataToCentre, fixed)).toEqual([]);
  });

  it('fires on raw data sent to the FL aggregator, from anywhere, and its fix sends model updates', () => {
    const d = store(node('clinic', 'microservice', { label: 'Clinic trainer' }), edge('upd', 'clinic', 'fl', raw));
    const found = findings(noRawDataToCentre, d);
    expect(found.map((f) => f.message)).toEqual(['aggregator']);
    expect(messageOf(noRawDataToCentre, found[0]!)).toBe(
      'Clinic trainer sends raw data to the federated learning aggregator FL aggregator, which should only receive model updates.',
    );
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'upd')!.props.carries).toBe('model-updates');
    expect(findings(noRawDataToCentre, fixed)).toEqual([]);
  });

  it('without an edge site, counts edge devices and fog nodes as local and anything else as the centre', () => {
    const d = design(
      node('sensor', 'iot-device'), node('fog', 'fog-gateway'), node('lake', 'data-lake'),
      edge('a', 'sensor', 'fog', raw), edge('b', 'sensor', 'lake', raw),
      fields({ patterns: ['edge-federated'] }),
    );
    expect(findings(noRawDataToCentre, d).map((f) => f.edges)).toEqual([['b']]);
  });

  it('ignores connections not marked as raw data, and raw data between central components', () => {
    const d = store(edge('up', 'fog', 'events', { mode: 'async' }), node('lake', 'data-lake', { parent: 'cloud' }), edge('c', 'events', 'lake', raw));
    expect(findings(noRawDataToCentre, d)).toEqual([]);
  });

  it('does not run when edge/federated is not declared', () => {
    expect(findings(noRawDataToCentre, store(edge('up', 'fog', 'events', raw), fields({ patterns: [] })))).toEqual([]);
  });
});
