import { describe, expect, it } from 'vitest';
import { design, group, node } from '../testing/builders';
import { applyCommand } from './commands/applyCommand';
import { moveElements } from './moveElements';
import type { Design } from './types';

const sizes = { node: { width: 200, height: 72 }, group: { width: 360, height: 240 } };

function withBoxes(d: Design, boxes: Record<string, { x: number; y: number; width?: number; height?: number }>): Design {
  return applyCommand(d, { op: 'set-boxes', boxes }).design;
}

const base = withBoxes(
  design(group('region', 'region'), group('az', 'zone', { parent: 'region' }), node('gw', 'api-gateway', { parent: 'az' }), node('db', 'relational-db')),
  {
    region: { x: 0, y: 0, width: 1000, height: 600 },
    az: { x: 50, y: 50, width: 400, height: 300 },
    gw: { x: 100, y: 100 },
    db: { x: 1200, y: 100 },
  },
);

const apply = (d: Design, moves: Record<string, { x: number; y: number }>) => {
  const command = moveElements(d, moves, sizes);
  return command === null ? d : applyCommand(d, command).design;
};

describe('moveElements', () => {
  it('returns nothing when nothing moved', () => {
    expect(moveElements(base, { gw: { x: 100, y: 100 } }, sizes)).toBeNull();
  });

  it('moves a component within its group without changing its parent', () => {
    const next = apply(base, { gw: { x: 150.4, y: 120.6 } });
    expect(next.layout.elements.gw).toEqual({ x: 150, y: 121 });
    expect(next.nodes.find((n) => n.id === 'gw')?.parent).toBe('az');
  });

  it('puts a component dropped into a group inside the innermost group, and takes it out when dropped outside', () => {
    const into = apply(base, { db: { x: 120, y: 200 } });
    expect(into.nodes.find((n) => n.id === 'db')?.parent).toBe('az');
    const regionOnly = apply(base, { db: { x: 700, y: 400 } });
    expect(regionOnly.nodes.find((n) => n.id === 'db')?.parent).toBe('region');
    const out = apply(base, { gw: { x: 1500, y: 900 } });
    expect(out.nodes.find((n) => n.id === 'gw')?.parent).toBeUndefined();
  });

  it('moves what a group contains along with it, as one undoable command', () => {
    const command = moveElements(base, { az: { x: 150, y: 80 } }, sizes);
    expect(command).not.toBeNull();
    const { design: next, inverse } = applyCommand(base, command!);
    expect(next.layout.elements.az).toEqual({ x: 150, y: 80, width: 400, height: 300 });
    expect(next.layout.elements.gw).toEqual({ x: 200, y: 130 });
    expect(next.groups.find((g) => g.id === 'az')?.parent).toBe('region');
    expect(applyCommand(next, inverse).design).toEqual(base);
  });

  it('never nests a group inside itself or its own children', () => {
    const next = apply(base, { region: { x: 60, y: 60 } });
    expect(next.groups.find((g) => g.id === 'region')?.parent).toBeUndefined();
  });
});
