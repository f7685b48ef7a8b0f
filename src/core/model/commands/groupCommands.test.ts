import { describe, expect, it } from 'vitest';
import { applyWithUndo, box, decision, design, fields, group, inferenceDesign, node, refusal } from '../../testing/builders';
import type { DesignGroup } from '../types';
import { applyCommand } from './applyCommand';
import { isInside } from './groupCommands';
import type { Command } from './types';

const refused = (command: Command, message: RegExp | string, start = inferenceDesign()) =>
  expect(refusal(start, command)).toMatch(message);

/** region > platform > (gw, triton, inner > worker); client at the top level. */
const nested = () =>
  design(
    group('region', 'region'),
    group('platform', 'system', { parent: 'region' }),
    group('inner', 'cluster', { parent: 'platform' }),
    group('other', 'zone'),
    node('client'),
    node('gw', 'api-gateway', { parent: 'platform' }),
    node('worker', 'flink', { parent: 'inner' }),
    node('triton', 'model-server', { parent: 'platform' }),
    decision('adr-1', 1, { links: ['platform', 'gw'] }),
    fields({ layout: { elements: { platform: { x: 0, y: 0, width: 400, height: 300 }, gw: { x: 10, y: 10 } } } }),
  );

describe('add-group', () => {
  it('adds a group with its defaults, a box and a parent; its inverse removes it', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'add-group',
      group: { id: 'az-a', kind: 'zone', label: 'AZ a', parent: 'region' } as DesignGroup,
      box: box(0, 0, 300, 200),
      index: 0,
    });
    expect(after.groups.map((g) => g.id)).toEqual(['az-a', 'region', 'platform']);
    expect(after.groups[0]).toEqual({ id: 'az-a', kind: 'zone', label: 'AZ a', description: '', props: {}, parent: 'region' });
    expect(after.layout.elements['az-a']).toEqual({ x: 0, y: 0, width: 300, height: 200 });
    expect(inverse).toEqual({ op: 'remove-group', id: 'az-a' });
    expect(undone).toEqual(start);
  });

  it('refuses a used id, a bad parent and invalid values', () => {
    refused({ op: 'add-group', group: group('gw') }, 'the id "gw" is already used');
    refused({ op: 'add-group', group: group('region') }, 'the id "region" is already used');
    refused({ op: 'add-group', group: group('g', 'zone', { parent: 'gw' }) }, 'no group has the id "gw"');
    refused({ op: 'add-group', group: group('g', 'zone', { parent: 'nowhere' }) }, 'no group has the id "nowhere"');
    refused({ op: 'add-group', group: { id: 'g', kind: 'zone', label: 'G', parent: 'g' } as DesignGroup }, 'no group has the id "g"');
    refused({ op: 'add-group', group: { id: 'g', kind: 'galaxy', label: 'G' } as never }, /invalid group: kind/);
    refused({ op: 'add-group', group: { id: 'g', kind: 'zone', label: ' ' } as DesignGroup }, /invalid group: label/);
  });
});

describe('remove-group', () => {
  it('moves what the group contained up to its own parent', () => {
    const { after } = applyWithUndo(nested(), { op: 'remove-group', id: 'platform' });
    expect(after.groups.map((g) => [g.id, g.parent])).toEqual([
      ['region', undefined],
      ['inner', 'region'],
      ['other', undefined],
    ]);
    expect(after.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['client', undefined],
      ['gw', 'region'],
      ['worker', 'inner'],
      ['triton', 'region'],
    ]);
    expect(Object.keys(after.layout.elements)).toEqual(['gw']);
    expect(after.decisions[0]?.links).toEqual(['gw']);
  });

  it('moves the children of a top-level group to the top level', () => {
    const { after } = applyWithUndo(nested(), { op: 'remove-group', id: 'region' });
    const platform = after.groups.find((g) => g.id === 'platform');
    expect(platform).toBeDefined();
    expect(platform).not.toHaveProperty('parent');
  });

  it('is undone with the group, its children, its box and its links back in place', () => {
    const start = nested();
    for (const id of ['region', 'platform', 'inner', 'other']) {
      const { undone } = applyWithUndo(start, { op: 'remove-group', id });
      expect(undone).toEqual(start);
    }
  });

  it('refuses an unknown id and a node id', () => {
    refused({ op: 'remove-group', id: 'ghost' }, 'no group has the id "ghost"');
    refused({ op: 'remove-group', id: 'gw' }, 'no group has the id "gw"');
  });
});

describe('update-group', () => {
  it('changes kind and label, and its inverse restores them', () => {
    const start = nested();
    const { after, undone } = applyWithUndo(start, { op: 'update-group', id: 'other', patch: { kind: 'trust-zone', label: 'DMZ' } });
    expect(after.groups[3]).toMatchObject({ id: 'other', kind: 'trust-zone', label: 'DMZ' });
    expect(undone).toEqual(start);
  });

  it('re-parents a group, and null makes it top-level', () => {
    const start = nested();
    const moved = applyWithUndo(start, { op: 'update-group', id: 'inner', patch: { parent: 'other' } });
    expect(moved.after.groups[2]?.parent).toBe('other');
    expect(moved.undone).toEqual(start);
    const top = applyWithUndo(start, { op: 'update-group', id: 'platform', patch: { parent: null } });
    expect(top.after.groups[1]).not.toHaveProperty('parent');
    expect(top.undone).toEqual(start);
  });

  it('refuses a parent that would make a cycle', () => {
    const start = nested();
    refused({ op: 'update-group', id: 'region', patch: { parent: 'region' } }, 'a group cannot be nested inside itself', start);
    refused({ op: 'update-group', id: 'region', patch: { parent: 'inner' } }, 'a group cannot be nested inside itself', start);
    refused({ op: 'update-group', id: 'platform', patch: { parent: 'inner' } }, 'a group cannot be nested inside itself', start);
  });

  it('refuses unknown ids, a node as parent and invalid values', () => {
    const start = nested();
    refused({ op: 'update-group', id: 'ghost', patch: { label: 'x' } }, 'no group has the id "ghost"', start);
    refused({ op: 'update-group', id: 'inner', patch: { parent: 'gw' } }, 'no group has the id "gw"', start);
    refused({ op: 'update-group', id: 'inner', patch: { kind: 'planet' } as never }, /invalid group: kind/, start);
    refused({ op: 'update-group', id: 'inner', patch: { id: 'x' } as never }, 'an id cannot be changed', start);
  });
});

describe('isInside', () => {
  it('tells whether a group is an ancestor or the group itself', () => {
    const d = nested();
    expect(isInside(d, 'inner', 'region')).toBe(true);
    expect(isInside(d, 'inner', 'inner')).toBe(true);
    expect(isInside(d, 'region', 'inner')).toBe(false);
    expect(isInside(d, 'other', 'region')).toBe(false);
    expect(isInside(d, 'ghost', 'region')).toBe(false);
  });

  it('terminates on a cyclic design', () => {
    const cyclic = { ...nested(), groups: [group('a', 'zone', { parent: 'b' }), group('b', 'zone', { parent: 'a' })] };
    expect(isInside(cyclic, 'a', 'c')).toBe(false);
    expect(isInside(cyclic, 'a', 'b')).toBe(true);
  });
});

it('removing a node inside a group keeps the group', () => {
  const { after } = applyWithUndo(nested(), { op: 'remove-node', id: 'worker' });
  expect(after.groups.map((g) => g.id)).toEqual(['region', 'platform', 'inner', 'other']);
  expect(applyCommand(after, { op: 'remove-group', id: 'inner' }).design.groups).toHaveLength(3);
});
