import { describe, expect, it } from 'vitest';
import { applyWithUndo, refusal, box, decision, design, edge, fields, group, inferenceDesign, node } from '../../testing/builders';
import type { DesignNode } from '../types';
import { applyCommand } from './applyCommand';
import type { Command } from './types';

const refused = (command: Command, message: RegExp | string, start = inferenceDesign()) =>
  expect(refusal(start, command)).toMatch(message);

describe('add-node', () => {
  it('appends the node with its defaults filled, and its inverse removes it', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'add-node',
      node: { id: 'kafka', type: 'kafka', label: ' Events ' } as DesignNode,
    });
    expect(after.nodes.map((n) => n.id)).toEqual(['client', 'gw', 'triton', 'features', 'kafka']);
    expect(after.nodes[4]).toEqual({ id: 'kafka', type: 'kafka', label: 'Events', description: '', technology: '', props: {} });
    expect(inverse).toEqual({ op: 'remove-node', id: 'kafka' });
    expect(undone).toEqual(start);
  });

  it('inserts at an index, clamps an index past the end, and stores a box', () => {
    const start = inferenceDesign();
    const atOne = applyWithUndo(start, { op: 'add-node', node: node('k', 'kafka', { parent: 'platform' }), box: box(5, 6, 100, 40), index: 1 });
    expect(atOne.after.nodes.map((n) => n.id)).toEqual(['client', 'k', 'gw', 'triton', 'features']);
    expect(atOne.after.nodes[1]?.parent).toBe('platform');
    expect(atOne.after.layout.elements.k).toEqual({ x: 5, y: 6, width: 100, height: 40 });
    expect(atOne.undone).toEqual(start);
    const far = applyCommand(start, { op: 'add-node', node: node('k'), index: 99 });
    expect(far.design.nodes.at(-1)?.id).toBe('k');
  });

  it('refuses an id already used by a node, an edge or a group', () => {
    refused({ op: 'add-node', node: node('gw') }, 'the id "gw" is already used');
    refused({ op: 'add-node', node: node('e1') }, 'the id "e1" is already used');
    refused({ op: 'add-node', node: node('platform') }, 'the id "platform" is already used');
  });

  it('refuses a parent that is unknown or not a group', () => {
    refused({ op: 'add-node', node: node('k', 'kafka', { parent: 'nowhere' }) }, 'no group has the id "nowhere"');
    refused({ op: 'add-node', node: node('k', 'kafka', { parent: 'gw' }) }, 'no group has the id "gw"');
  });

  it('refuses invalid field values with the field named', () => {
    const bad = (overrides: Record<string, unknown>) =>
      ({ op: 'add-node', node: { id: 'k', type: 'kafka', label: 'K', ...overrides } }) as Command;
    refused(bad({ label: '   ' }), /invalid component: label/);
    refused(bad({ type: 'Not A Type' }), /invalid component: type: expected a catalogue type id/);
    refused(bad({ id: '-dash-first' }), /invalid component: id: expected an id/);
    refused(bad({ props: { replicas: [] } }), /invalid component: props\.replicas/);
    refused(bad({ colour: 'red' }), /invalid component/);
    refused({ op: 'add-node', node: node('k'), box: { x: 0, y: 0, width: 0 } }, /invalid position: width/);
  });
});

describe('remove-node', () => {
  /** `hub` sits in the middle of every array it appears in, so positions matter on undo. */
  const hubDesign = () =>
    design(
      group('zone', 'zone'),
      node('a'),
      node('hub', 'api-gateway', { parent: 'zone' }),
      node('b'),
      edge('e-a-b', 'a', 'b'),
      edge('e-a-hub', 'a', 'hub', { protocol: 'grpc' }),
      edge('e-b-a', 'b', 'a'),
      edge('e-hub-b', 'hub', 'b'),
      decision('adr-1', 1, { links: ['a', 'hub', 'e-a-hub', 'b'] }),
      decision('adr-2', 2, { links: ['e-hub-b'] }),
      decision('adr-3', 3, { links: ['a'] }),
      fields({
        layout: { elements: { a: { x: 0, y: 0 }, hub: { x: 10, y: 10, width: 80 }, b: { x: 20, y: 20 } } },
        workload: { peakRps: 10, entryRps: { a: 1, hub: 2, b: 3 } },
      }),
    );

  it('removes the node, its edges, its box, its entry load and every decision link to it or its edges', () => {
    const { after } = applyWithUndo(hubDesign(), { op: 'remove-node', id: 'hub' });
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(after.edges.map((e) => e.id)).toEqual(['e-a-b', 'e-b-a']);
    expect(Object.keys(after.layout.elements).sort()).toEqual(['a', 'b']);
    expect(after.workload.entryRps).toEqual({ a: 1, b: 3 });
    expect(after.workload.peakRps).toBe(10);
    expect(after.decisions.map((d) => d.links)).toEqual([['a', 'b'], [], ['a']]);
    expect(after.groups.map((g) => g.id)).toEqual(['zone']);
  });

  it('is undone with everything back at its original position', () => {
    const start = hubDesign();
    const { undone } = applyWithUndo(start, { op: 'remove-node', id: 'hub' });
    expect(undone).toEqual(start);
    expect(undone.edges.map((e) => e.id)).toEqual(['e-a-b', 'e-a-hub', 'e-b-a', 'e-hub-b']);
    expect(undone.decisions[0]?.links).toEqual(['a', 'hub', 'e-a-hub', 'b']);
    expect(undone.layout.elements.hub).toEqual({ x: 10, y: 10, width: 80 });
  });

  it('leaves the other nodes and a node without references alone', () => {
    const start = design(node('a'), node('b'), edge('e', 'a', 'b'));
    const { after, undone } = applyWithUndo(start, { op: 'remove-node', id: 'a' });
    expect(after.nodes.map((n) => n.id)).toEqual(['b']);
    expect(after.edges).toEqual([]);
    expect(undone).toEqual(start);
  });

  it('works for an id that is also a key of Object.prototype', () => {
    const start = design(node('constructor'), node('toString'), edge('valueOf', 'constructor', 'toString'));
    const { after, undone } = applyWithUndo(start, { op: 'remove-node', id: 'constructor' });
    expect(after.nodes.map((n) => n.id)).toEqual(['toString']);
    expect(after.layout.elements).toEqual({});
    expect(undone).toEqual(start);
  });

  it('refuses an unknown id and a group id', () => {
    refused({ op: 'remove-node', id: 'ghost' }, 'no component has the id "ghost"');
    refused({ op: 'remove-node', id: 'platform' }, 'no component has the id "platform"');
  });
});

describe('update-node', () => {
  it('changes the given fields only, and its inverse restores the old values', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'update-node',
      id: 'gw',
      patch: { label: 'Edge gateway', props: { replicas: 3, tls: true } },
    });
    expect(after.nodes[1]).toMatchObject({ id: 'gw', label: 'Edge gateway', props: { replicas: 3, tls: true }, parent: 'platform' });
    expect(inverse).toEqual({ op: 'update-node', id: 'gw', patch: { label: 'gw', props: { replicas: 2 } } });
    expect(undone).toEqual(start);
  });

  it('moves a node out of its group with parent null, and back on undo', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, { op: 'update-node', id: 'gw', patch: { parent: null } });
    expect(after.nodes[1]).not.toHaveProperty('parent');
    expect(inverse).toEqual({ op: 'update-node', id: 'gw', patch: { parent: 'platform' } });
    expect(undone).toEqual(start);
  });

  it('puts a top-level node into a group, and a null undo removes the key again', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, { op: 'update-node', id: 'client', patch: { parent: 'region' } });
    expect(after.nodes[0]?.parent).toBe('region');
    expect(inverse).toEqual({ op: 'update-node', id: 'client', patch: { parent: null } });
    expect(undone.nodes[0]).not.toHaveProperty('parent');
  });

  it('refuses unknown ids, bad parents, id changes and invalid values', () => {
    refused({ op: 'update-node', id: 'ghost', patch: { label: 'x' } }, 'no component has the id "ghost"');
    refused({ op: 'update-node', id: 'gw', patch: { parent: 'triton' } }, 'no group has the id "triton"');
    refused({ op: 'update-node', id: 'gw', patch: { parent: 'nowhere' } }, 'no group has the id "nowhere"');
    refused({ op: 'update-node', id: 'gw', patch: { id: 'other' } as never }, 'an id cannot be changed');
    refused({ op: 'update-node', id: 'gw', patch: { label: '' } }, /invalid component: label/);
    refused({ op: 'update-node', id: 'gw', patch: { label: null } as never }, /invalid component: label/);
    refused({ op: 'update-node', id: 'gw', patch: { technology: 'x'.repeat(201) } }, /invalid component: technology/);
  });
});
