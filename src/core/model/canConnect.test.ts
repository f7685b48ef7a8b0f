import { describe, expect, it } from 'vitest';
import { design, edge, group, node } from '../testing/builders';
import { canConnect, connectCommand } from './canConnect';

const d = design(
  node('user', 'person'),
  node('web', 'web-client'),
  node('gw', 'api-gateway'),
  node('model', 'triton'),
  node('legacy', 'legacy-system'),
  node('thing', 'not-in-catalog'),
  node('sensor', 'iot-device'),
  group('zone', 'zone'),
  edge('e1', 'gw', 'model'),
);

describe('canConnect', () => {
  it('accepts a connection between two components', () => {
    expect(canConnect(d, 'web', 'gw')).toEqual({ ok: true });
    expect(canConnect(d, 'user', 'web')).toEqual({ ok: true });
    expect(canConnect(d, 'gw', 'legacy')).toEqual({ ok: true });
    expect(canConnect(d, 'gw', 'thing')).toEqual({ ok: true });
    expect(canConnect(d, 'model', 'gw')).toEqual({ ok: true });
    // Models are pushed down to edge devices.
    expect(canConnect(d, 'model', 'sensor')).toEqual({ ok: true });
  });

  it('refuses a self-loop, a group, an unknown id and a second connection in the same direction', () => {
    expect(canConnect(d, 'gw', 'gw')).toMatchObject({ ok: false, reason: 'connect.self' });
    expect(canConnect(d, 'gw', 'zone')).toMatchObject({ ok: false, reason: 'connect.group' });
    expect(canConnect(d, 'zone', 'gw')).toMatchObject({ ok: false, reason: 'connect.group' });
    expect(canConnect(d, 'gw', 'ghost')).toMatchObject({ ok: false, reason: 'connect.unknown', values: { id: 'ghost' } });
    expect(canConnect(d, 'gw', 'model')).toMatchObject({ ok: false, reason: 'connect.duplicate' });
  });

  it('refuses calls into a person or a client application, by catalog role', () => {
    expect(canConnect(d, 'gw', 'user')).toMatchObject({ ok: false, reason: 'connect.toPerson' });
    expect(canConnect(d, 'gw', 'web')).toMatchObject({ ok: false, reason: 'connect.toClient' });
  });
});

describe('connectCommand', () => {
  it('makes one add-edge command with a free, readable id, or returns the refusal', () => {
    const result = connectCommand(d, 'web', 'gw');
    expect(result).toMatchObject({ ok: true, edgeId: 'web-gw', command: { op: 'add-edge', edge: { source: 'web', target: 'gw', mode: 'sync' } } });
    expect(connectCommand(d, 'gw', 'user')).toMatchObject({ ok: false, reason: 'connect.toPerson' });
  });
});
