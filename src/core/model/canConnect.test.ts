import { describe, expect, it } from 'vitest';
import { encryptionInTransit } from '../rules/security/encryptionInTransit';
import { design, edge, group, node } from '../testing/builders';
import { findings } from '../testing/rules';
import { canConnect, connectCommand } from './canConnect';
import { applyCommand } from './commands/applyCommand';

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

  it('makes new connections secure by default: TLS on, no mutual TLS or authentication chosen yet', () => {
    const result = connectCommand(d, 'web', 'gw');
    if (!result.ok || result.command.op !== 'add-edge') throw new Error('expected an add-edge command');
    expect(result.command.edge.security).toEqual({ tls: true, mtls: false, authn: 'none' });
    // The rest is the schema's default connection.
    expect(result.command.edge).toMatchObject({ protocol: 'https', mode: 'sync', callsPerRequest: 1, resilience: { retries: 0, circuitBreaker: false }, props: {} });
  });

  it('gives a new connection nothing the encryption-in-transit rule flags', () => {
    const result = connectCommand(d, 'gw', 'legacy');
    if (!result.ok) throw new Error('expected a connection');
    const after = applyCommand(d, result.command).design;
    expect(findings(encryptionInTransit, after).filter((f) => f.edges.includes(result.edgeId))).toEqual([]);
  });
});
