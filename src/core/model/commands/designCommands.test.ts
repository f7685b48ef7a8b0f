import { describe, expect, it } from 'vitest';
import { applyWithUndo, design, edge, fields, group, inferenceDesign, node, refusal } from '../../testing/builders';
import type { Workload } from '../types';
import type { Command } from './types';

const refused = (command: Command, message: RegExp | string, start = inferenceDesign()) =>
  expect(refusal(start, command)).toMatch(message);

describe('set-boxes', () => {
  it('moves, adds and forgets boxes in one command, and its inverse restores them', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'set-boxes',
      boxes: { gw: { x: 50, y: 60 }, triton: { x: 1, y: 2, width: 120, height: 60 }, region: null },
    });
    expect(after.layout.elements).toEqual({ gw: { x: 50, y: 60 }, triton: { x: 1, y: 2, width: 120, height: 60 } });
    expect(inverse).toEqual({
      op: 'set-boxes',
      boxes: { gw: { x: 10, y: 20 }, triton: null, region: { x: 0, y: 0, width: 800, height: 600 } },
    });
    expect(undone).toEqual(start);
  });

  it('accepts null for an element without a box', () => {
    const start = inferenceDesign();
    const { after, undone } = applyWithUndo(start, { op: 'set-boxes', boxes: { features: null } });
    expect(after.layout.elements).toEqual(start.layout.elements);
    expect(undone).toEqual(start);
  });

  it('handles ids that are also keys of Object.prototype', () => {
    const start = design(node('constructor'), group('toString'));
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'set-boxes',
      boxes: { constructor: { x: 1, y: 1 }, toString: { x: 2, y: 2, width: 10, height: 10 } },
    });
    expect(Object.keys(after.layout.elements).sort()).toEqual(['constructor', 'toString']);
    expect(inverse).toEqual({ op: 'set-boxes', boxes: { constructor: null, toString: null } });
    expect(undone).toEqual(start);
  });

  it('refuses edges, unknown ids and invalid boxes', () => {
    refused({ op: 'set-boxes', boxes: { e1: { x: 0, y: 0 } } }, 'no component or group has the id "e1"');
    refused({ op: 'set-boxes', boxes: { ghost: null } }, 'no component or group has the id "ghost"');
    refused({ op: 'set-boxes', boxes: { gw: { x: 0, y: 0, width: -5 } } }, /invalid position: width/);
    refused({ op: 'set-boxes', boxes: { gw: { x: Number.NaN, y: 0 } } }, /invalid position: x/);
    refused({ op: 'set-boxes', boxes: { gw: { x: 2e7, y: 0 } } }, /invalid position: x/);
    refused({ op: 'set-boxes', boxes: { gw: { x: 0 } as never } }, /invalid position: y/);
  });
});

describe('update-design', () => {
  const workload = (overrides: Partial<Workload>): Workload => ({ ...inferenceDesign().workload, ...overrides });

  it('renames (trimmed) and describes the design; undo restores both', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'update-design',
      patch: { name: '  Real-time inference  ', description: 'Line 1\nLine "2"' },
    });
    expect(after.name).toBe('Real-time inference');
    expect(after.description).toBe('Line 1\nLine "2"');
    expect(inverse).toEqual({ op: 'update-design', patch: { name: 'Test design', description: '' } });
    expect(undone).toEqual(start);
  });

  it('replaces the workload, patterns, rule policy and layout direction', () => {
    const start = inferenceDesign();
    const { after, undone } = applyWithUndo(start, {
      op: 'update-design',
      patch: {
        workload: workload({ peakRps: 2_000, entryRps: { gw: 1_500 }, provider: 'gcp' }),
        patterns: ['kappa', 'zero-trust'],
        rulePolicy: { disabled: ['cost/idle-gpu'], severity: { 'security/zero-trust-mtls': 'error' } },
        direction: 'TB',
      },
    });
    expect(after.workload).toMatchObject({ peakRps: 2_000, entryRps: { gw: 1_500 }, provider: 'gcp', latencySloMs: 200 });
    expect(after.patterns).toEqual(['kappa', 'zero-trust']);
    expect(after.rulePolicy.severity).toEqual({ 'security/zero-trust-mtls': 'error' });
    expect(after.layout).toEqual({ ...start.layout, direction: 'TB' });
    expect(undone).toEqual(start);
  });

  it('changes nothing for an empty patch', () => {
    const start = inferenceDesign();
    const { after, inverse } = applyWithUndo(start, { op: 'update-design', patch: {} });
    expect(after).toEqual(start);
    expect(inverse).toEqual({ op: 'update-design', patch: {} });
  });

  it('refuses invalid values', () => {
    refused({ op: 'update-design', patch: { name: '   ' } }, /invalid name/);
    refused({ op: 'update-design', patch: { name: 'x'.repeat(201) } }, /invalid name/);
    refused({ op: 'update-design', patch: { patterns: ['kappa', 'kappa'] } }, /invalid patterns/);
    refused({ op: 'update-design', patch: { patterns: ['waterfall'] as never } }, /invalid patterns: 0/);
    refused({ op: 'update-design', patch: { workload: workload({ availabilityTargetPct: 100 }) } }, /invalid workload: availabilityTargetPct/);
    refused({ op: 'update-design', patch: { workload: workload({ peakRps: -1 }) } }, /invalid workload: peakRps/);
    refused({ op: 'update-design', patch: { rulePolicy: { disabled: [''], severity: {} } } }, /invalid rule policy: disabled\.0/);
    refused({ op: 'update-design', patch: { direction: 'RL' as never } }, /invalid layout: direction/);
  });

  it('refuses entry load on anything but a component', () => {
    refused({ op: 'update-design', patch: { workload: workload({ entryRps: { ghost: 5 } }) } }, 'no component has the id "ghost"');
    refused({ op: 'update-design', patch: { workload: workload({ entryRps: { platform: 5 } }) } }, 'no component has the id "platform"');
    refused({ op: 'update-design', patch: { workload: workload({ entryRps: { e1: 5 } }) } }, 'no component has the id "e1"');
  });

  it('keeps the elements untouched', () => {
    const start = design(node('a'), node('b'), edge('ab', 'a', 'b'), fields({ patterns: ['lambda'] }));
    const { after } = applyWithUndo(start, { op: 'update-design', patch: { patterns: [] } });
    expect(after.patterns).toEqual([]);
    expect(after.nodes).toEqual(start.nodes);
    expect(after.edges).toEqual(start.edges);
  });
});
