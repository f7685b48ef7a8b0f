import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../core';
import { designFrom } from '../../core/testing/builders';
import { createFlowMapper } from './toFlow';

const base = designFrom(
  { op: 'add-group', group: { id: 'region', kind: 'region', label: 'EU', description: '', props: {} }, box: { x: 100, y: 100, width: 800, height: 500 } },
  { op: 'add-group', group: { id: 'az', kind: 'zone', label: 'AZ a', description: '', props: {}, parent: 'region' }, box: { x: 150, y: 160, width: 300, height: 200 } },
  { op: 'add-node', node: { id: 'gw', type: 'api-gateway', label: 'Gateway', description: '', technology: 'Envoy', props: {}, parent: 'az' }, box: { x: 200, y: 220 } },
  { op: 'add-node', node: { id: 'client', type: 'web-client', label: 'Client', description: '', technology: '', props: {} }, box: { x: 0, y: 0 } },
  { op: 'add-node', node: { id: 'kafka', type: 'kafka', label: 'Events', description: '', technology: '', props: {} } },
  { op: 'add-edge', edge: { id: 'e1', source: 'client', target: 'gw', label: 'calls', protocol: 'https', mode: 'sync', callsPerRequest: 1, security: { tls: true, mtls: false, authn: 'oidc' }, resilience: { retries: 0, circuitBreaker: false }, props: {} } },
);

describe('toFlow', () => {
  it('puts parents before children and makes child positions relative to the parent', () => {
    const { nodes } = createFlowMapper()(base, []);
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf('region')).toBeLessThan(ids.indexOf('az'));
    expect(ids.indexOf('az')).toBeLessThan(ids.indexOf('gw'));
    const az = nodes.find((n) => n.id === 'az')!;
    expect(az.parentId).toBe('region');
    expect(az.position).toEqual({ x: 50, y: 60 });
    expect(nodes.find((n) => n.id === 'gw')!.position).toEqual({ x: 50, y: 60 });
    expect(nodes.find((n) => n.id === 'client')!.parentId).toBeUndefined();
    expect(az.style).toEqual({ width: 300, height: 200 });
  });

  it('places elements without a stored box on a grid, without overlapping', () => {
    const { nodes } = createFlowMapper()(base, []);
    const kafka = nodes.find((n) => n.id === 'kafka')!;
    const client = nodes.find((n) => n.id === 'client')!;
    expect(kafka.position).not.toEqual(client.position);
  });

  it('maps edges with their data and marks the selection', () => {
    const { edges, nodes } = createFlowMapper()(base, ['e1', 'gw']);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ id: 'e1', source: 'client', target: 'gw', selected: true, type: 'connection' });
    expect(nodes.find((n) => n.id === 'gw')!.selected).toBe(true);
    expect(nodes.find((n) => n.id === 'client')!.selected).toBe(false);
  });

  it('reuses the objects of unchanged elements and rebuilds changed ones', () => {
    const toFlow = createFlowMapper();
    const first = toFlow(base, []);
    const renamed = applyCommand(base, { op: 'update-node', id: 'client', patch: { label: 'Browser' } }).design;
    const second = toFlow(renamed, []);
    const pick = (r: typeof first, id: string) => r.nodes.find((n) => n.id === id);
    expect(pick(second, 'gw')).toBe(pick(first, 'gw'));
    expect(pick(second, 'client')).not.toBe(pick(first, 'client'));
    expect(second.edges[0]).toBe(first.edges[0]);
    // Moving a group rebuilds its children, whose relative positions depend on it.
    const moved = applyCommand(renamed, { op: 'set-boxes', boxes: { az: { x: 160, y: 160, width: 300, height: 200 } } }).design;
    const third = toFlow(moved, []);
    expect(pick(third, 'gw')).not.toBe(pick(second, 'gw'));
    expect(pick(third, 'gw')!.position).toEqual({ x: 40, y: 60 });
  });

  it('returns the same lists when nothing in them changed, and new ones when something did', () => {
    const toFlow = createFlowMapper();
    const first = toFlow(base, []);
    // Selecting a component changes a node, not a connection: React Flow keeps its connection index.
    const selected = toFlow(base, ['gw']);
    expect(selected.edges).toBe(first.edges);
    expect(selected.nodes).not.toBe(first.nodes);
    const again = toFlow(base, ['gw']);
    expect(again.nodes).toBe(selected.nodes);
    const edgeSelected = toFlow(base, ['gw', 'e1']);
    expect(edgeSelected.edges).not.toBe(selected.edges);
    expect(edgeSelected.nodes).toBe(selected.nodes);
  });
});
