import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../document/parseDesign';
import { toEnvelope } from '../../document/serializeDesign';
import { createDesign } from '../createDesign';
import type { CustomType } from '../customTypeSchema';
import { applyCommand } from './applyCommand';
import { CommandError } from './types';

const gpuBox: CustomType = {
  id: 'custom-gpu-box',
  name: 'GPU box',
  description: '',
  category: 'infrastructure',
  c4: 'container',
  icon: 'microchip',
  technology: 'DGX',
  props: [
    { kind: 'number', key: 'gpuMemoryGb', label: 'GPU memory', unit: 'GB', default: 80, min: 16, max: 192, integer: true },
    { kind: 'boolean', key: 'nvlink', label: 'NVLink', default: true },
  ],
};

describe('custom type commands', () => {
  const blank = createDesign('d', 'D');

  it('adds, updates and removes a custom type, each undoable', () => {
    const added = applyCommand(blank, { op: 'add-custom-type', type: gpuBox });
    expect(added.design.customTypes).toEqual([gpuBox]);
    expect(applyCommand(added.design, added.inverse).design).toEqual(blank);

    const renamed = applyCommand(added.design, { op: 'update-custom-type', id: gpuBox.id, patch: { name: 'GPU server' } });
    expect(renamed.design.customTypes[0]?.name).toBe('GPU server');
    expect(applyCommand(renamed.design, renamed.inverse).design).toEqual(added.design);

    const removed = applyCommand(added.design, { op: 'remove-custom-type', id: gpuBox.id });
    expect(removed.design.customTypes).toEqual([]);
    expect(applyCommand(removed.design, removed.inverse).design).toEqual(added.design);
  });

  it('refuses a built-in id, a duplicate, bad bounds, and removing a type in use', () => {
    const added = applyCommand(blank, { op: 'add-custom-type', type: gpuBox }).design;
    expect(() => applyCommand(added, { op: 'add-custom-type', type: gpuBox })).toThrow(CommandError);
    expect(() => applyCommand(blank, { op: 'add-custom-type', type: { ...gpuBox, id: 'kafka' } })).toThrow(/built-in/);
    const badBounds = { ...gpuBox, props: [{ ...gpuBox.props[0]!, min: 200 }] } as CustomType;
    expect(() => applyCommand(blank, { op: 'add-custom-type', type: badBounds })).toThrow(/min ≤ default ≤ max/);
    const used = applyCommand(added, {
      op: 'add-node',
      node: { id: 'n1', type: gpuBox.id, label: 'Box', description: '', technology: '', props: { gpuMemoryGb: 80 } },
    }).design;
    expect(() => applyCommand(used, { op: 'remove-custom-type', id: gpuBox.id })).toThrow(/used by 1/);
  });

  it('a design with a custom type and a component of it survives save and load', () => {
    let design = applyCommand(blank, { op: 'add-custom-type', type: gpuBox }).design;
    design = applyCommand(design, {
      op: 'add-node',
      node: { id: 'n1', type: gpuBox.id, label: 'Box', description: '', technology: 'DGX', props: { gpuMemoryGb: 80, nvlink: false } },
    }).design;
    const parsed = parseDesign(JSON.parse(JSON.stringify(toEnvelope(design))));
    expect(parsed.ok && parsed.design).toEqual(design);
  });
});

describe('typed property values in files', () => {
  it('reports a custom type property value out of its bounds, with its path', () => {
    const design = {
      ...createDesign('d', 'D'),
      customTypes: [gpuBox],
      nodes: [{ id: 'n1', type: gpuBox.id, label: 'Box', description: '', technology: '', props: { gpuMemoryGb: 8, nvlink: 'yes' } }],
    };
    const result = parseDesign(toEnvelope(design));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'design.nodes[0].props.gpuMemoryGb', message: 'expected a number from 16 to 192 GB' },
      { path: 'design.nodes[0].props.nvlink', message: 'expected true or false' },
    ]);
  });

  it('reports a custom type that takes a built-in id or repeats a property', () => {
    const design = {
      ...createDesign('d', 'D'),
      customTypes: [{ ...gpuBox, id: 'kafka' }, { ...gpuBox, props: [gpuBox.props[1]!, gpuBox.props[1]!] }],
    };
    const result = parseDesign(toEnvelope(design), { language: 'fr' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['design.customTypes[0].id', 'design.customTypes[1].props[1].key']);
    expect(result.problems[0]?.message).toContain('catalogue');
  });
});

describe('typed properties in commands', () => {
  it('refuses a component whose property breaks its type, and accepts one within bounds', () => {
    const blank = createDesign('d', 'D');
    const kafka = (partitions: unknown) =>
      ({ op: 'add-node', node: { id: 'k', type: 'kafka', label: 'Kafka', description: '', technology: '', props: { partitions } } }) as const;
    expect(() => applyCommand(blank, kafka(2.5) as never)).toThrow(/partitions: expected a whole number/);
    expect(() => applyCommand(blank, kafka('many') as never)).toThrow(/partitions: expected a number/);
    expect(applyCommand(blank, kafka(24) as never).design.nodes[0]?.props.partitions).toBe(24);
  });
});
