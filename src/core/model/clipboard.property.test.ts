import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, toEnvelope } from '../document';
import { arbDesign } from '../testing/arbitraries';
import { clone, deepFreeze } from '../testing/builders';
import { copySelection, cutSelection, parseFragment, pasteFragment, serializeFragment, type ClipboardFragment } from './clipboard';
import { applyCommand } from './commands/applyCommand';

/** The fragment as it comes back from the system clipboard. */
function throughText(fragment: ClipboardFragment): ClipboardFragment {
  const result = parseFragment(serializeFragment(fragment));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.fragment;
}

describe('clipboard properties', { timeout: 60_000 }, () => {
  const designAndSelection = arbDesign().chain((d) => {
    const ids = [...d.groups, ...d.nodes, ...d.edges].map((x) => x.id);
    return fc.tuple(fc.constant(d), ids.length === 0 ? fc.constant([]) : fc.subarray(ids));
  });

  it('pasting a copy gives a valid design with exactly as many more components as were copied, and undo removes them', () => {
    fc.assert(
      fc.property(designAndSelection, fc.boolean(), ([start, selection], viaText) => {
        const copied = copySelection(start, selection);
        const fragment = viaText ? throughText(copied) : copied;
        const { command, pastedIds } = pasteFragment(start, fragment);
        const { design: after, inverse } = applyCommand(deepFreeze(clone(start)), command);
        const reparsed = parseDesign(toEnvelope(after));
        expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
        expect(after.nodes.length - start.nodes.length).toBe(copied.nodes.length);
        expect(after.groups.length - start.groups.length).toBe(copied.groups.length);
        expect(after.edges.length - start.edges.length).toBe(copied.edges.length);
        expect(new Set(pastedIds).size).toBe(pastedIds.length);
        expect(applyCommand(after, inverse).design).toEqual(start);
      }),
      { numRuns: 200 },
    );
  });

  it('pasting into another design gives a valid design that holds the copy', () => {
    fc.assert(
      fc.property(designAndSelection, arbDesign(), ([source, selection], target) => {
        const fragment = copySelection(source, selection);
        const { command, pastedIds } = pasteFragment(target, throughText(fragment), { at: { x: 0, y: 0 } });
        const after = applyCommand(target, command).design;
        const reparsed = parseDesign(toEnvelope(after));
        expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
        expect(after.nodes.length - target.nodes.length).toBe(fragment.nodes.length);
        const taken = new Set([...target.groups, ...target.nodes, ...target.edges].map((x) => x.id));
        expect(pastedIds.filter((id) => taken.has(id))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('cutting a selection gives a valid design, and undo restores it', () => {
    fc.assert(
      fc.property(designAndSelection, ([start, selection]) => {
        const { fragment, command } = cutSelection(start, selection);
        if (command === null) return;
        const { design: after, inverse } = applyCommand(deepFreeze(clone(start)), command);
        expect(parseDesign(toEnvelope(after)).ok).toBe(true);
        expect(start.nodes.length - after.nodes.length).toBe(fragment.nodes.length);
        expect(applyCommand(after, inverse).design).toEqual(start);
        // Pasting back what was cut restores every element under its own id.
        const back = applyCommand(after, pasteFragment(after, fragment, { offset: { x: 0, y: 0 } }).command).design;
        expect(new Set(back.nodes.map((n) => n.id))).toEqual(new Set(start.nodes.map((n) => n.id)));
      }),
      { numRuns: 200 },
    );
  });
});
