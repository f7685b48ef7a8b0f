import { describe, expect, it } from 'vitest';
import { applyCommand } from '../model/commands/applyCommand';
import { applyWithUndo, box, design, edge, fields, group, inferenceDesign, node } from '../testing/builders';
import { fromElkLayout } from './fromElkLayout';
import { ROOT_ID, type ElkNode } from './toElkGraph';

/**
 * What ELK gives back for inferenceDesign(): positions relative to the parent. region at
 * (10, 20) holds platform at (24, 48), which holds gw, triton and features; client is top-level.
 */
function laidOutInference(direction = 'RIGHT'): ElkNode {
  return {
    id: ROOT_ID,
    x: 0,
    y: 0,
    width: 1200,
    height: 500,
    layoutOptions: { 'elk.direction': direction },
    children: [
      {
        id: 'region',
        x: 300.4,
        y: 20,
        width: 880.6,
        height: 400,
        children: [
          {
            id: 'platform',
            x: 24,
            y: 48,
            width: 820,
            height: 300,
            children: [
              { id: 'gw', x: 24, y: 48, width: 200, height: 72 },
              { id: 'triton', x: 314, y: 48, width: 200, height: 72 },
              { id: 'features', x: 604, y: 48.6, width: 200, height: 72 },
            ],
          },
        ],
      },
      { id: 'client', x: 0, y: 160, width: 200, height: 72 },
    ],
    edges: [{ id: 'e1', sources: ['client'], targets: ['gw'] }],
  };
}

const boxesOf = (command: ReturnType<typeof fromElkLayout>) => {
  if (command.op !== 'batch' || command.commands[0]?.op !== 'set-boxes') throw new Error('expected a batch starting with set-boxes');
  return command.commands[0].boxes;
};

describe('fromElkLayout', () => {
  it('adds up relative positions into absolute boxes, rounded to whole pixels', () => {
    const boxes = boxesOf(fromElkLayout(inferenceDesign(), laidOutInference()));
    expect(boxes).toEqual({
      region: { x: 300, y: 20, width: 881, height: 400 },
      platform: { x: 324, y: 68, width: 820, height: 300 },
      gw: { x: 348, y: 116 },
      triton: { x: 638, y: 116 },
      features: { x: 928, y: 117 },
      client: { x: 0, y: 160 },
    });
  });

  it('adds the root offset of nothing: top-level elements keep their own coordinates', () => {
    const graph = { ...laidOutInference(), x: 500, y: 500 };
    expect(boxesOf(fromElkLayout(inferenceDesign(), graph)).client).toEqual({ x: 0, y: 160 });
  });

  it('keeps the stored size of a resized component', () => {
    const d = design(node('a'), fields({ layout: { elements: { a: box(1, 2, 300, 90) } } }));
    const graph: ElkNode = { id: ROOT_ID, children: [{ id: 'a', x: 12, y: 7, width: 300, height: 90 }] };
    expect(boxesOf(fromElkLayout(d, graph))).toEqual({ a: { x: 12, y: 7, width: 300, height: 90 } });
  });

  it('is one batch: the boxes, then the direction (from the graph, or given)', () => {
    const command = fromElkLayout(inferenceDesign(), laidOutInference('DOWN'));
    expect(command.op).toBe('batch');
    expect(command.op === 'batch' && command.commands.map((c) => c.op)).toEqual(['set-boxes', 'update-design']);
    expect(command.op === 'batch' && command.commands[1]).toEqual({ op: 'update-design', patch: { direction: 'TB' } });
    const given = fromElkLayout(inferenceDesign(), laidOutInference('DOWN'), 'LR');
    expect(given.op === 'batch' && given.commands[1]).toEqual({ op: 'update-design', patch: { direction: 'LR' } });
  });

  it('ignores ids ELK returns that are not in the design', () => {
    const graph: ElkNode = { id: ROOT_ID, children: [{ id: 'ghost', x: 1, y: 1, width: 10, height: 10 }] };
    expect(boxesOf(fromElkLayout(design(node('a')), graph))).toEqual({});
  });

  it('applies as one command whose inverse restores the old layout and direction', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, fromElkLayout(start, laidOutInference('DOWN')));
    expect(after.layout.direction).toBe('TB');
    expect(after.layout.elements.platform).toEqual({ x: 324, y: 68, width: 820, height: 300 });
    expect(after.layout.elements.gw).toEqual({ x: 348, y: 116 });
    expect(after.nodes).toEqual(start.nodes);
    expect(after.edges).toEqual(start.edges);
    expect(inverse.op).toBe('batch');
    expect(undone).toEqual(start);
  });

  it('gives back the design when applied then undone, for elements that had no box before', () => {
    const start = design(group('g', 'system'), node('a', 'service', { parent: 'g' }), node('b'), edge('e', 'a', 'b'));
    const graph: ElkNode = {
      id: ROOT_ID,
      children: [
        { id: 'g', x: 0, y: 0, width: 248, height: 144, children: [{ id: 'a', x: 24, y: 48, width: 200, height: 72 }] },
        { id: 'b', x: 338, y: 48, width: 200, height: 72 },
      ],
    };
    const applied = applyCommand(start, fromElkLayout(start, graph, 'LR'));
    expect(applied.design.layout.elements).toEqual({
      g: { x: 0, y: 0, width: 248, height: 144 },
      a: { x: 24, y: 48 },
      b: { x: 338, y: 48 },
    });
    expect(applyCommand(applied.design, applied.inverse).design).toEqual(start);
  });
});
