import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign, toEnvelope } from '../document';
import { HOSTILE_STRINGS } from '../testing/arbitraries';
import { applyWithUndo, box, clone, deepFreeze, design, edge, fields, group, inferenceDesign, node } from '../testing/builders';
import {
  copySelection,
  cutSelection,
  duplicateSelection,
  parseFragment,
  pasteFragment,
  readFragment,
  serializeFragment,
  type ClipboardFragment,
} from './clipboard';
import { applyCommand } from './commands/applyCommand';
import type { Command } from './commands/types';
import { createDesign } from './createDesign';
import type { CustomType } from './customTypeSchema';
import type { Design } from './types';

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

/** Applies a command to a frozen copy, checks the result loads, and returns it. */
function apply(start: Design, command: Command): Design {
  const after = applyCommand(deepFreeze(clone(start)), command).design;
  const reparsed = parseDesign(toEnvelope(after));
  expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
  return after;
}

function paste(start: Design, fragment: ClipboardFragment, placement?: Parameters<typeof pasteFragment>[2]) {
  const { command, pastedIds } = pasteFragment(start, fragment, placement);
  return { after: apply(start, command), pastedIds, command };
}

/** Round trip through clipboard text, as between tabs. */
function throughText(fragment: ClipboardFragment): ClipboardFragment {
  const result = parseFragment(serializeFragment(fragment));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.fragment;
}

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((x) => x.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

describe('copySelection', () => {
  it('copies a selected group with everything nested in it, the connections inside and the boxes', () => {
    const fragment = copySelection(inferenceDesign(), ['platform']);
    expect(fragment.format).toBe('archlab-clipboard');
    expect(fragment.version).toBe(1);
    expect(fragment.groups.map((g) => [g.id, g.parent])).toEqual([['platform', undefined]]);
    expect(fragment.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['gw', 'platform'],
      ['triton', 'platform'],
      ['features', 'platform'],
    ]);
    // e1 comes from the client, which is not copied.
    expect(fragment.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(fragment.boxes).toEqual({ gw: { x: 10, y: 20 } });
    expect(fragment.customTypes).toEqual([]);
  });

  it('keeps a parent only when it is copied, and a selected connection only when both ends are', () => {
    const fragment = copySelection(inferenceDesign(), ['gw', 'triton', 'e1', 'e2', 'region-unknown']);
    expect(fragment.groups).toEqual([]);
    expect(fragment.nodes.map((n) => n.parent)).toEqual([undefined, undefined]);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('copies nested groups at any depth, and the custom types the copied components use', () => {
    const start = design(
      group('outer'),
      group('inner', 'cluster', { parent: 'outer' }),
      node('box1', 'custom-gpu-box', { parent: 'inner', props: { gpuMemoryGb: 96 } }),
      node('other', 'service'),
      fields({ customTypes: [gpuBox, { ...gpuBox, id: 'custom-unused' }] }),
    );
    const fragment = copySelection(start, ['outer']);
    expect(fragment.groups.map((g) => g.id)).toEqual(['outer', 'inner']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['box1']);
    expect(fragment.customTypes).toEqual([gpuBox]);
  });

  it('gives an empty fragment for an empty or unknown selection, and never changes the design', () => {
    const start = deepFreeze(inferenceDesign());
    const fragment = copySelection(start, ['nothing']);
    expect([fragment.nodes, fragment.edges, fragment.groups, fragment.customTypes]).toEqual([[], [], [], []]);
    expect(fragment.boxes).toEqual({});
  });
});

describe('pasteFragment', () => {
  it('pastes a copy into the same design with new ids, the same structure and shifted boxes', () => {
    const start = inferenceDesign();
    const { after, pastedIds } = paste(start, copySelection(start, ['region']));
    expect(pastedIds).toEqual(['region-2', 'platform-2', 'gw-2', 'triton-2', 'features-2', 'e2-2', 'e3-2']);
    expect(byId(after.groups, 'platform-2').parent).toBe('region-2');
    expect(byId(after.nodes, 'gw-2')).toMatchObject({ parent: 'platform-2', label: 'gw', props: { replicas: 2 } });
    expect(byId(after.edges, 'e2-2')).toMatchObject({ source: 'gw-2', target: 'triton-2', protocol: 'grpc' });
    expect(byId(after.edges, 'e3-2')).toMatchObject({ source: 'triton-2', target: 'features-2' });
    expect(after.layout.elements['gw-2']).toEqual({ x: 50, y: 60 });
    expect(after.layout.elements['region-2']).toEqual({ x: 40, y: 40, width: 800, height: 600 });
    // The originals are untouched.
    expect(after.nodes.slice(0, 4)).toEqual(start.nodes);
    expect(after.layout.elements.gw).toEqual({ x: 10, y: 20 });
  });

  it('keeps the ids of a paste into another design where they are free, through clipboard text', () => {
    const fragment = throughText(copySelection(inferenceDesign(), ['platform']));
    const other = design(node('gw', 'api-gateway'));
    const { after, pastedIds } = paste(other, fragment);
    expect(pastedIds).toEqual(['platform', 'gw-2', 'triton', 'features', 'e2', 'e3']);
    expect(byId(after.edges, 'e2')).toMatchObject({ source: 'gw-2', target: 'triton' });
    expect(byId(after.nodes, 'gw-2').parent).toBe('platform');
  });

  it('gives distinct ids to each of two pastes', () => {
    const start = inferenceDesign();
    const fragment = copySelection(start, ['gw', 'triton']);
    const first = paste(start, fragment);
    const second = paste(first.after, fragment);
    expect(first.pastedIds).toEqual(['gw-2', 'triton-2', 'e2-2']);
    expect(second.pastedIds).toEqual(['gw-3', 'triton-3', 'e2-3']);
    expect(second.after.layout.elements['gw-3']).toEqual({ x: 50, y: 60 });
  });

  it('keeps ids free in the design even when others of the fragment are renamed around them', () => {
    const start = design(node('a'), node('a-2'), edge('e', 'a', 'a-2'));
    const fragment = copySelection(start, ['a', 'a-2']);
    const target = design(node('a'));
    expect(pasteFragment(target, fragment).pastedIds).toEqual(['a-3', 'a-2', 'e']);
  });

  it('places the fragment top-left corner at a point', () => {
    const start = design(node('a'), node('b'), fields({ layout: { elements: { a: box(100, 300), b: box(250, 200, 50, 40) } } }));
    const { after } = paste(start, copySelection(start, ['a', 'b']), { at: { x: 0, y: 0 } });
    expect(after.layout.elements['a-2']).toEqual({ x: 0, y: 100 });
    expect(after.layout.elements['b-2']).toEqual({ x: 150, y: 0, width: 50, height: 40 });
    const moved = paste(start, copySelection(start, ['a']), { offset: { x: -5, y: 7 } }).after;
    expect(moved.layout.elements['a-2']).toEqual({ x: 95, y: 307 });
  });

  it('keeps boxes inside the canvas bounds', () => {
    const start = design(node('a'), fields({ layout: { elements: { a: box(1e7, -1e7) } } }));
    const { after } = paste(start, copySelection(start, ['a']));
    expect(after.layout.elements['a-2']).toEqual({ x: 1e7, y: -1e7 + 40 });
  });

  it('keeps ids at most 100 characters long', () => {
    const long = 'a'.repeat(100);
    const start = design(node(long));
    const { pastedIds } = paste(start, copySelection(start, [long]));
    expect(pastedIds).toEqual([`${'a'.repeat(98)}-2`]);
  });

  it('is one undo step: the inverse removes exactly what was pasted', () => {
    const start = inferenceDesign();
    const { command } = pasteFragment(start, copySelection(start, ['region', 'client']));
    expect(command.op).toBe('batch');
    const { after, undone } = applyWithUndo(start, command);
    expect(after.nodes).toHaveLength(8);
    expect(undone).toEqual(start);
  });

  it('leaves labels as they are, hostile ones included, through clipboard text', () => {
    const hostile = ['say "hi"', '</script><script>alert(1)</script>', 'line one\nline two', ...HOSTILE_STRINGS];
    const start = design(...hostile.map((label, i) => node(`n${i}`, 'service', { label, description: label })), edge('e', 'n0', 'n1', { label: hostile[1] }));
    const text = serializeFragment(copySelection(start, start.nodes.map((n) => n.id)));
    const { after } = paste(createDesign('other', 'Other'), throughText(JSON.parse(text) as ClipboardFragment));
    expect(after.nodes.map((n) => n.label)).toEqual(start.nodes.map((n) => n.label));
    expect(after.nodes.map((n) => n.description)).toEqual(hostile);
    expect(after.edges[0]?.label).toBe(hostile[1]);
  });
});

describe('custom types on the clipboard', () => {
  const source = design(
    node('g1', 'custom-gpu-box', { props: { gpuMemoryGb: 96, nvlink: false } }),
    fields({ customTypes: [gpuBox] }),
  );
  const fragment = throughText(copySelection(source, ['g1']));

  it('travel to a design that lacks them', () => {
    const { after } = paste(createDesign('other', 'Other'), fragment);
    expect(after.customTypes).toEqual([gpuBox]);
    expect(after.nodes[0]).toMatchObject({ id: 'g1', type: 'custom-gpu-box', props: { gpuMemoryGb: 96 } });
  });

  it('are reused when the design has the same definition under the same id', () => {
    const { after, command } = paste(source, fragment);
    expect(after.customTypes).toEqual([gpuBox]);
    expect(command.op === 'batch' && command.commands.some((c) => c.op === 'add-custom-type')).toBe(false);
    expect(byId(after.nodes, 'g1-2').type).toBe('custom-gpu-box');
  });

  it('are added under a new id when the id is taken by another definition, and the components follow', () => {
    const small = { ...gpuBox, name: 'Small GPU box', props: [{ ...gpuBox.props[0], default: 24, max: 32 } as CustomType['props'][number]] };
    const target = design(node('mine', 'custom-gpu-box', { props: { gpuMemoryGb: 24 } }), fields({ customTypes: [small] }));
    const first = paste(target, fragment);
    expect(first.after.customTypes.map((t) => t.id)).toEqual(['custom-gpu-box', 'custom-gpu-box-2']);
    expect(byId(first.after.customTypes, 'custom-gpu-box-2')).toEqual({ ...gpuBox, id: 'custom-gpu-box-2' });
    expect(byId(first.after.nodes, 'g1')).toMatchObject({ type: 'custom-gpu-box-2', props: { gpuMemoryGb: 96 } });
    expect(byId(first.after.nodes, 'mine').type).toBe('custom-gpu-box');
    // A second paste reuses the type the first one added.
    const second = paste(first.after, fragment);
    expect(second.after.customTypes.map((t) => t.id)).toEqual(['custom-gpu-box', 'custom-gpu-box-2']);
    expect(byId(second.after.nodes, 'g1-2').type).toBe('custom-gpu-box-2');
    // Undo removes the added type too.
    expect(applyWithUndo(target, pasteFragment(target, fragment).command).undone).toEqual(target);
  });
});

describe('cutSelection', () => {
  it('copies the selection and removes it in one command that undo restores', () => {
    const start = inferenceDesign();
    const { fragment, command } = cutSelection(start, ['platform']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['gw', 'triton', 'features']);
    expect(command).not.toBeNull();
    const { after, undone } = applyWithUndo(start, command as Command);
    expect(after.groups.map((g) => g.id)).toEqual(['region']);
    expect(after.nodes.map((n) => n.id)).toEqual(['client']);
    expect(after.edges).toEqual([]);
    expect(after.decisions.map((d) => d.links)).toEqual([[], []]);
    expect(undone).toEqual(start);
    expect(parseDesign(toEnvelope(after)).ok).toBe(true);
  });

  it('then paste brings the elements back under their own ids', () => {
    const start = inferenceDesign();
    const { fragment, command } = cutSelection(start, ['gw', 'triton']);
    const cut = apply(start, command as Command);
    const { after, pastedIds } = paste(cut, throughText(fragment), { at: { x: 10, y: 20 } });
    expect(pastedIds).toEqual(['gw', 'triton', 'e2']);
    expect(after.layout.elements.gw).toEqual({ x: 10, y: 20 });
  });

  it('removes nested groups innermost first, and gives no command for nothing', () => {
    const start = design(group('a'), group('b', 'cluster', { parent: 'a' }), group('c', 'cluster', { parent: 'b' }), node('n', 'service', { parent: 'c' }));
    const { command } = cutSelection(start, ['a']);
    expect(command).toEqual({
      op: 'batch',
      commands: [
        { op: 'remove-node', id: 'n' },
        { op: 'remove-group', id: 'c' },
        { op: 'remove-group', id: 'b' },
        { op: 'remove-group', id: 'a' },
      ],
    });
    expect(applyWithUndo(start, command as Command).undone).toEqual(start);
    expect(cutSelection(start, []).command).toBeNull();
  });
});

describe('duplicateSelection', () => {
  it('pastes the copy beside the original', () => {
    const start = inferenceDesign();
    const { command, pastedIds } = duplicateSelection(start, ['gw']);
    expect(pastedIds).toEqual(['gw-2']);
    const after = apply(start, command);
    expect(after.layout.elements['gw-2']).toEqual({ x: 50, y: 60 });
    expect(byId(after.nodes, 'gw-2')).toMatchObject({ label: 'gw', type: 'api-gateway' });
    expect(byId(after.nodes, 'gw-2')).not.toHaveProperty('parent');
  });
});

describe('parseFragment', () => {
  it('accepts a serialized fragment', () => {
    const fragment = copySelection(inferenceDesign(), ['region']);
    expect(parseFragment(serializeFragment(fragment))).toEqual({ ok: true, fragment });
  });

  it('accepts a whole design file as the fragment of all its elements', () => {
    const start = inferenceDesign();
    const result = parseFragment(serializeDesign(start));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fragment.nodes).toEqual(start.nodes);
    expect(result.fragment.edges).toEqual(start.edges);
    expect(result.fragment.groups).toEqual(start.groups);
    expect(result.fragment.boxes).toEqual(start.layout.elements);
  });

  it('reports the problems of a broken design file', () => {
    const envelope = clone(toEnvelope(inferenceDesign())) as { design: { nodes: { label: string }[] } };
    (envelope.design.nodes[0] as { label: string }).label = '';
    const result = parseFragment(JSON.stringify(envelope));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('design.nodes[0].label');
  });

  it('refuses plain text, other JSON and newer versions, with a message in the language asked', () => {
    for (const text of ['', 'hello', 'gw', '42', 'null', '[]', '{}', '{"format":"excalidraw"}', '{"format":"archlab-clipboard"}']) {
      expect(parseFragment(text).ok, text).toBe(false);
    }
    expect(parseFragment('hello', 'fr')).toEqual({
      ok: false,
      problems: [{ path: '(presse-papiers)', message: expect.stringContaining('presse-papiers') as unknown as string }],
    });
    const newer = parseFragment('{"format":"archlab-clipboard","version":2}');
    expect(newer.ok ? [] : newer.problems.map((p) => p.path)).toEqual(['version']);
  });

  it('refuses a fragment whose references do not resolve inside it, with paths', () => {
    const fragment = clone(copySelection(inferenceDesign(), ['platform']));
    fragment.nodes = fragment.nodes.filter((n) => n.id !== 'triton');
    fragment.boxes = { ...fragment.boxes, ghost: { x: 0, y: 0 } };
    const result = parseFragment(serializeFragment(fragment));
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['edges[0].target', 'edges[1].source', 'boxes.ghost']);
    const extra = parseFragment(JSON.stringify({ ...copySelection(inferenceDesign(), ['gw']), extra: 1 }));
    expect(extra.ok).toBe(false);
  });

  it('never throws and never accepts junk', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(readFragment(value).ok).toBe(false);
        let text: string | undefined;
        try {
          text = JSON.stringify(value);
        } catch {
          text = undefined;
        }
        if (text !== undefined) expect(parseFragment(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseFragment(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mangled fragment', () => {
    const text = serializeFragment(copySelection(inferenceDesign(), ['region']));
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        const result = parseFragment(text.slice(0, at) + insert + text.slice(at + cut));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
