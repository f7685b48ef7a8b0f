import { describe, expect, it } from 'vitest';
import { applyWithUndo, refusal, decision, design, edge, inferenceDesign, node } from '../../testing/builders';
import type { DesignEdge } from '../types';
import { applyCommand } from './applyCommand';
import type { Command } from './types';

const refused = (command: Command, message: RegExp | string, start = inferenceDesign()) =>
  expect(refusal(start, command)).toMatch(message);

const rawEdge = (overrides: Record<string, unknown>) =>
  ({ op: 'add-edge', edge: { id: 'e9', source: 'client', target: 'triton', ...overrides } as DesignEdge }) as Command;

describe('add-edge', () => {
  it('appends the edge with its defaults filled, and its inverse removes it', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, rawEdge({}));
    expect(after.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e9']);
    expect(after.edges[3]).toEqual({
      id: 'e9',
      source: 'client',
      target: 'triton',
      label: '',
      protocol: 'https',
      mode: 'sync',
      callsPerRequest: 1,
      security: { tls: false, mtls: false, authn: 'none' },
      resilience: { retries: 0, circuitBreaker: false },
      props: {},
    });
    expect(inverse).toEqual({ op: 'remove-edge', id: 'e9' });
    expect(undone).toEqual(start);
  });

  it('inserts at an index', () => {
    const { after } = applyWithUndo(inferenceDesign(), { op: 'add-edge', edge: edge('e0', 'gw', 'features'), index: 0 });
    expect(after.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('allows a second edge between the same two nodes, and one in the opposite direction', () => {
    const start = design(node('a'), node('b'), edge('ab', 'a', 'b'));
    const twice = applyCommand(start, { op: 'add-edge', edge: edge('ab2', 'a', 'b', { mode: 'async', protocol: 'kafka' }) });
    const back = applyCommand(twice.design, { op: 'add-edge', edge: edge('ba', 'b', 'a') });
    expect(back.design.edges.map((e) => `${e.source}->${e.target}`)).toEqual(['a->b', 'a->b', 'b->a']);
  });

  it('refuses ends that are unknown, groups, or the same node', () => {
    refused(rawEdge({ source: 'ghost' }), 'no component has the id "ghost"');
    refused(rawEdge({ target: 'platform' }), 'no component has the id "platform"');
    refused(rawEdge({ target: 'e1' }), 'no component has the id "e1"');
    refused(rawEdge({ target: 'client' }), 'a connection cannot start and end at the same component');
  });

  it('refuses a used id and invalid field values', () => {
    refused(rawEdge({ id: 'gw' }), 'the id "gw" is already used');
    refused(rawEdge({ id: 'e1' }), 'the id "e1" is already used');
    refused(rawEdge({ protocol: 'carrier-pigeon' }), /invalid connection: protocol/);
    refused(rawEdge({ callsPerRequest: -1 }), /invalid connection: callsPerRequest/);
    refused(rawEdge({ resilience: { retries: 1.5 } }), /invalid connection: resilience\.retries/);
    refused(rawEdge({ resilience: { timeoutMs: 0 } }), /invalid connection: resilience\.timeoutMs/);
    refused(rawEdge({ security: { mtls: true } }), 'mutual TLS needs TLS');
  });
});

describe('remove-edge', () => {
  it('removes the edge and the decision links to it; undo restores both in place', () => {
    const start = design(
      node('a'),
      node('b'),
      edge('first', 'a', 'b'),
      edge('middle', 'b', 'a', { protocol: 'grpc' }),
      edge('last', 'a', 'b'),
      decision('adr-1', 1, { links: ['a', 'middle', 'b'] }),
      decision('adr-2', 2, { links: ['last'] }),
    );
    const { after, undone } = applyWithUndo(start, { op: 'remove-edge', id: 'middle' });
    expect(after.edges.map((e) => e.id)).toEqual(['first', 'last']);
    expect(after.decisions.map((d) => d.links)).toEqual([['a', 'b'], ['last']]);
    expect(after.nodes).toEqual(start.nodes);
    expect(undone).toEqual(start);
    expect(undone.edges[1]?.protocol).toBe('grpc');
  });

  it('refuses an unknown id and a node id', () => {
    refused({ op: 'remove-edge', id: 'ghost' }, 'no connection has the id "ghost"');
    refused({ op: 'remove-edge', id: 'gw' }, 'no connection has the id "gw"');
  });
});

describe('update-edge', () => {
  it('changes the given fields, and its inverse restores them', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'update-edge',
      id: 'e2',
      patch: { protocol: 'https', security: { tls: true, mtls: true, authn: 'mtls' }, resilience: { retries: 2, circuitBreaker: true, timeoutMs: 500 } },
    });
    expect(after.edges[1]).toMatchObject({
      protocol: 'https',
      security: { tls: true, mtls: true, authn: 'mtls' },
      resilience: { retries: 2, circuitBreaker: true, timeoutMs: 500 },
    });
    expect(inverse).toMatchObject({ op: 'update-edge', id: 'e2', patch: { protocol: 'grpc' } });
    expect(undone).toEqual(start);
  });

  it('reconnects an edge to another node', () => {
    const start = inferenceDesign();
    const { after, undone } = applyWithUndo(start, { op: 'update-edge', id: 'e3', patch: { source: 'gw' } });
    expect(after.edges[2]).toMatchObject({ source: 'gw', target: 'features' });
    expect(undone).toEqual(start);
  });

  it('refuses an end that is a group or the other end, and invalid values', () => {
    refused({ op: 'update-edge', id: 'ghost', patch: { label: 'x' } }, 'no connection has the id "ghost"');
    refused({ op: 'update-edge', id: 'e2', patch: { target: 'region' } }, 'no component has the id "region"');
    refused({ op: 'update-edge', id: 'e2', patch: { target: 'gw' } }, 'a connection cannot start and end at the same component');
    refused({ op: 'update-edge', id: 'e2', patch: { mode: 'telepathic' } as never }, /invalid connection: mode/);
    refused({ op: 'update-edge', id: 'e2', patch: { security: { tls: false, mtls: true, authn: 'none' } } }, 'mutual TLS needs TLS');
    refused({ op: 'update-edge', id: 'e2', patch: { source: null } as never }, /invalid connection: source/);
  });
});
