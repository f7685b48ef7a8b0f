import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { localInference } from './localInference';

/** A factory line: a camera on site and a defect model somewhere. */
const factory = (...extra: Part[]) =>
  design(
    group('plant', 'edge-site', { label: 'Plant 3' }),
    group('cloud', 'region', { label: 'Cloud' }),
    node('camera', 'iot-device', { label: 'Line camera', parent: 'plant' }),
    node('gw', 'api-gateway', { label: 'API gateway', parent: 'cloud' }),
    node('model', 'triton', { label: 'Defect model', parent: 'cloud' }),
    fields({ patterns: ['edge-federated'] }),
    ...extra,
  );

describe('edge/local-inference', () => {
  it('fires on a device calling a central model server synchronously through a gateway', () => {
    const found = findings(localInference, factory(edge('c1', 'camera', 'gw'), edge('c2', 'gw', 'model')));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['camera', 'gw', 'model']);
    expect(found[0]!.edges).toEqual(['c1', 'c2']);
    expect(messageOf(localInference, found[0]!)).toBe('Line camera waits for a synchronous call to the central model server Defect model before it can act.');
    expect(messageOf(localInference, found[0]!, 'fr')).toBe('Line camera attend la réponse synchrone du serveur de modèles central Defect model avant d’agir.');
  });

  it('fires on a fog node that itself calls the central model synchronously', () => {
    const d = factory(node('fog', 'fog-gateway', { label: 'Line gateway', parent: 'plant' }), edge('c1', 'camera', 'fog'), edge('c2', 'fog', 'model'));
    expect(findings(localInference, d).map((f) => f.nodes)).toEqual([['fog', 'model']]);
  });

  it('does not fire on inference on the device, on a fog node, or on a model server of the site', () => {
    const onDevice = factory(node('runtime', 'edge-runtime', { parent: 'plant' }), edge('c1', 'camera', 'runtime'));
    expect(findings(localInference, onDevice)).toEqual([]);
    const onSite = factory(node('local', 'triton', { parent: 'plant' }), edge('c1', 'camera', 'local'));
    expect(findings(localInference, onSite)).toEqual([]);
  });

  it('does not fire on asynchronous uploads to the centre', () => {
    expect(findings(localInference, factory(edge('c1', 'camera', 'gw', { mode: 'async' }), edge('c2', 'gw', 'model')))).toEqual([]);
  });

  it('does not run when edge/federated is not declared', () => {
    expect(findings(localInference, factory(edge('c1', 'camera', 'model'), fields({ patterns: [] })))).toEqual([]);
  });
});
