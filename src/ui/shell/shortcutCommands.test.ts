import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../core';
import { design, edge, group, node } from '../../core/testing/builders';
import { deleteSelection, nudgeSelection } from './useShortcuts';

const base = applyCommand(design(group('g', 'zone'), node('a', 'microservice', { parent: 'g' }), node('b', 'relational-db'), edge('e', 'a', 'b')), {
  op: 'set-boxes',
  boxes: { g: { x: 0, y: 0, width: 400, height: 300 }, a: { x: 20, y: 40 }, b: { x: 600, y: 40 } },
}).design;

describe('shortcut commands', () => {
  it('deletes the selection in one undoable command, connections first', () => {
    const command = deleteSelection(base, ['b', 'e', 'g']);
    expect(command).not.toBeNull();
    const { design: next, inverse } = applyCommand(base, command!);
    expect(next.nodes.map((n) => n.id)).toEqual(['a']);
    expect(next.nodes[0]?.parent).toBeUndefined();
    expect(next.edges).toEqual([]);
    expect(next.groups).toEqual([]);
    expect(applyCommand(next, inverse).design).toEqual(base);
    expect(deleteSelection(base, [])).toBeNull();
  });

  it('nudges the selection, a group with what it holds', () => {
    const { design: next } = applyCommand(base, nudgeSelection(base, ['g'], 10, -1)!);
    expect(next.layout.elements.g).toEqual({ x: 10, y: -1, width: 400, height: 300 });
    expect(next.layout.elements.a).toEqual({ x: 30, y: 39 });
    expect(next.layout.elements.b).toEqual({ x: 600, y: 40 });
    expect(nudgeSelection(base, ['e'], 10, 0)).toBeNull();
  });
});
