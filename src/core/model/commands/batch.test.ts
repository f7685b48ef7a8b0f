import { describe, expect, it } from 'vitest';
import { applyWithUndo, box, deepFreeze, edge, group, inferenceDesign, node, refusal } from '../../testing/builders';
import { applyCommand } from './applyCommand';
import type { Command } from './types';

describe('batch', () => {
  it('applies its commands in order: later ones may use what earlier ones added', () => {
    const start = inferenceDesign();
    const paste: Command = {
      op: 'batch',
      commands: [
        { op: 'add-group', group: group('stream', 'cluster', { parent: 'region' }), box: box(0, 400, 300, 200) },
        { op: 'add-node', node: node('kafka', 'kafka', { parent: 'stream' }) },
        { op: 'add-node', node: node('flink', 'flink', { parent: 'stream' }) },
        { op: 'add-edge', edge: edge('gw-kafka', 'gw', 'kafka', { mode: 'async', protocol: 'kafka' }) },
        { op: 'add-edge', edge: edge('kafka-flink', 'kafka', 'flink', { mode: 'async', protocol: 'kafka' }) },
      ],
    };
    const { after, undone } = applyWithUndo(start, paste);
    expect(after.groups.map((g) => g.id)).toEqual(['region', 'platform', 'stream']);
    expect(after.nodes.filter((n) => n.parent === 'stream').map((n) => n.id)).toEqual(['kafka', 'flink']);
    expect(after.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'gw-kafka', 'kafka-flink']);
    expect(undone).toEqual(start);
  });

  it('has as inverse one batch of the inverses in reverse order', () => {
    const { inverse } = applyWithUndo(inferenceDesign(), {
      op: 'batch',
      commands: [
        { op: 'update-node', id: 'gw', patch: { label: 'Gateway' } },
        { op: 'set-boxes', boxes: { gw: { x: 1, y: 1 } } },
      ],
    });
    expect(inverse).toEqual({
      op: 'batch',
      commands: [
        { op: 'set-boxes', boxes: { gw: { x: 10, y: 20 } } },
        { op: 'update-node', id: 'gw', patch: { label: 'gw' } },
      ],
    });
  });

  it('changes nothing when empty', () => {
    const start = inferenceDesign();
    const { after, inverse } = applyWithUndo(start, { op: 'batch', commands: [] });
    expect(after).toEqual(start);
    expect(inverse).toEqual({ op: 'batch', commands: [] });
  });

  it('nests: a batch of batches is undone as a whole', () => {
    const start = inferenceDesign();
    const { after, undone } = applyWithUndo(start, {
      op: 'batch',
      commands: [
        { op: 'batch', commands: [{ op: 'remove-node', id: 'triton' }, { op: 'remove-group', id: 'platform' }] },
        { op: 'batch', commands: [{ op: 'update-design', patch: { name: 'Smaller' } }] },
      ],
    });
    expect(after.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['client', undefined],
      ['gw', 'region'],
      ['features', 'region'],
    ]);
    expect(after.edges.map((e) => e.id)).toEqual(['e1']);
    expect(after.decisions.map((d) => d.links)).toEqual([['gw'], []]);
    expect(after.name).toBe('Smaller');
    expect(undone).toEqual(start);
  });

  it('is all or nothing: a refused command refuses the whole batch and the input is untouched', () => {
    const start = deepFreeze(inferenceDesign());
    const broken: Command = {
      op: 'batch',
      commands: [{ op: 'remove-node', id: 'gw' }, { op: 'add-edge', edge: edge('x', 'gw', 'triton') }],
    };
    expect(refusal(start, broken)).toBe('no component has the id "gw"');
    expect(start.nodes.map((n) => n.id)).toEqual(['client', 'gw', 'triton', 'features']);
    expect(start.edges).toHaveLength(3);
  });

  it('applies the same command twice only when it still fits', () => {
    const add: Command = { op: 'add-node', node: node('k') };
    expect(refusal(inferenceDesign(), { op: 'batch', commands: [add, add] })).toBe('the id "k" is already used');
    const move: Command = { op: 'set-boxes', boxes: { gw: { x: 5, y: 5 } } };
    const twice = applyCommand(inferenceDesign(), { op: 'batch', commands: [move, move] });
    expect(twice.design.layout.elements.gw).toEqual({ x: 5, y: 5 });
    expect(applyCommand(twice.design, twice.inverse).design.layout.elements.gw).toEqual({ x: 10, y: 20 });
  });
});
