import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generateDesign';
import { applyCommand } from '../model/commands/applyCommand';
import type { Command } from '../model/commands/types';
import type { Design } from '../model/types';
import { PATTERNS } from '../model/vocabulary';
import { arbCommandFor, arbDesign, arbLabel } from '../testing/arbitraries';
import { checkDesign, recheck } from './index';
import { toPlainEvaluation } from './plain';
import { renamedTexts } from './textEdits';
import { comparedWithFull, referenceDesigns } from '../testing/rules';

const plain = (design: Design, evaluation = checkDesign(design)) => toPlainEvaluation(evaluation);

/** After `command`, rechecking gives exactly what a full check of the result gives. */
function expectSameAsFull(design: Design, command: Command): void {
  const next = applyCommand(design, command).design;
  expect(toPlainEvaluation(recheck(design, checkDesign(design), next))).toEqual(plain(next));
}

describe('renamedTexts', () => {
  const design = generateDesign(40);
  const [a, b] = design.nodes as [Design['nodes'][0], Design['nodes'][0]];

  it('lists the old label of a renamed component', () => {
    const next = applyCommand(design, { op: 'update-node', id: a.id, patch: { label: 'Renamed' } }).design;
    const renames = renamedTexts(design, next)!;
    expect(renames[0]).toEqual({ before: a.label, after: 'Renamed', unique: true });
    // Its unnamed connections were named after it: they are renamed too.
    const unnamed = design.edges.filter((e) => e.label === '' && (e.source === a.id || e.target === a.id));
    expect(renames.slice(1).map((r) => r.after).sort()).toEqual(
      uniqueSorted(unnamed.map((e) => `${e.source === a.id ? 'Renamed' : design.nodes.find((n) => n.id === e.source)!.label} → ${e.target === a.id ? 'Renamed' : design.nodes.find((n) => n.id === e.target)!.label}`)),
    );
  });

  it('lists nothing when only a description or a technology changed', () => {
    const next = applyCommand(design, { op: 'update-node', id: a.id, patch: { description: 'x', technology: 'y' } }).design;
    expect(renamedTexts(design, next)).toEqual([]);
  });

  it('names an unnamed connection as the messages did', () => {
    const edge = design.edges.find((e) => e.label === '')!;
    const next = applyCommand(design, { op: 'update-edge', id: edge.id, patch: { label: 'Now named' } }).design;
    const label = (id: string) => design.nodes.find((n) => n.id === id)!.label;
    expect(renamedTexts(design, next)).toEqual([{ before: `${label(edge.source)} → ${label(edge.target)}`, after: 'Now named', unique: true }]);
  });

  it('is null as soon as anything the rules read changed', () => {
    expect(renamedTexts(design, applyCommand(design, { op: 'update-node', id: b.id, patch: { props: { replicas: 7 } } }).design)).toBeNull();
    expect(renamedTexts(design, applyCommand(design, { op: 'remove-node', id: b.id }).design)).toBeNull();
    expect(renamedTexts(design, { ...design, patterns: ['kappa'] })).toBeNull();
  });
});

describe('recheck after an edit gives what a full check gives', () => {
  it('for a rename of every component and connection of the reference designs', () => {
    const reference = referenceDesigns().map(([, d]) => d);
    for (const design of reference) {
      const all = { ...design, patterns: [...PATTERNS] };
      for (const node of all.nodes) expectSameAsFull(all, { op: 'update-node', id: node.id, patch: { label: `${node.label} (v2)` } });
      for (const edge of all.edges) expectSameAsFull(all, { op: 'update-edge', id: edge.id, patch: { label: edge.label === '' ? 'named' : '' } });
    }
  });

  it('for a generated design with every pattern declared', () => {
    const design = { ...generateDesign(120), patterns: [...PATTERNS] };
    for (const node of design.nodes.slice(0, 30)) expectSameAsFull(design, { op: 'update-node', id: node.id, patch: { label: 'X' } });
  });

  it('for any design and any edit, renames included (property)', () => {
    fc.assert(
      fc.property(
        arbDesign().chain((design) => fc.tuple(fc.constant(design), fc.oneof(arbCommandFor(design), renameOf(design)))),
        ([design, command]) => {
          let next: Design;
          try {
            next = applyCommand(design, command).design;
          } catch {
            return; // a refused command changes nothing
          }
          const { incremental, full } = comparedWithFull(recheck(design, checkDesign(design), next), next);
          expect(incremental).toEqual(full);
        },
      ),
      { numRuns: 150 },
    );
  });
});

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function renameOf(design: Design): fc.Arbitrary<Command> {
  if (design.nodes.length === 0) return fc.constant({ op: 'update-design', patch: { name: 'x' } } as Command);
  return fc.record({ node: fc.constantFrom(...design.nodes), label: arbLabel }).map(({ node, label }) => ({ op: 'update-node', id: node.id, patch: { label } }) as Command);
}
