import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designWithClient, generateDesign } from '../../../bench/generateDesign';
import { CATALOG } from '../catalog';
import { applyCommand } from '../model/commands/applyCommand';
import type { Command } from '../model/commands/types';
import type { Design } from '../model/types';
import { GROUP_KINDS, PATTERNS } from '../model/vocabulary';
import { arbCommandFor } from '../testing/arbitraries';
import { design as build, edge, node } from '../testing/builders';
import { comparedWithFull, referenceDesigns } from '../testing/rules';
import { variedDesign } from '../testing/variedDesigns';
import { checkDesign, recheck } from './index';
import type { Evaluation } from './evaluate';
import { structuralEdit } from './structuralEdits';

function expectSameAsFull(incremental: Evaluation, design: Design): void {
  const { incremental: reached, full } = comparedWithFull(incremental, design);
  expect(reached).toEqual(full);
}

/** Edits of the structure a person makes: add, remove, reconnect, retype, move into a group. */
function arbStructuralCommand(design: Design): fc.Arbitrary<Command> {
  const nodeIds = design.nodes.map((n) => n.id);
  const edgeIds = design.edges.map((e) => e.id);
  const groupIds = design.groups.map((g) => g.id);
  const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
  const fresh = fc.integer({ min: 1, max: 1_000_000 }).map((n) => `x${n}`).filter((id) => !design.nodes.some((n) => n.id === id) && !design.edges.some((e) => e.id === id));
  const options: fc.Arbitrary<Command>[] = [
    fc.tuple(fresh, pick(CATALOG)).map(([id, type]): Command => ({ op: 'add-node', node: { id, type: type.id, label: `New ${id}`, description: '', technology: '', props: {} } })),
  ];
  if (nodeIds.length >= 2) {
    const edgeOf = (id: string, source: string, target: string, mode: 'sync' | 'async') => ({
      id, source, target, label: '', mode, protocol: 'https' as const, callsPerRequest: 1,
      security: { tls: true, mtls: false, authn: 'none' as const }, resilience: { retries: 0, circuitBreaker: false }, props: {},
    });
    options.push(
      fc.tuple(fresh, pick(nodeIds), pick(nodeIds), fc.constantFrom('sync' as const, 'async' as const))
        .filter(([, s, t]) => s !== t)
        .map(([id, s, t, mode]): Command => ({ op: 'add-edge', edge: edgeOf(id, s, t, mode) })),
      fc.tuple(fresh, fresh, pick(CATALOG), pick(nodeIds)).filter(([a, b]) => a !== b).map(([id, link, type, to]): Command => ({
        op: 'batch',
        commands: [
          { op: 'add-node', node: { id, type: type.id, label: `New ${id}`, description: '', technology: '', props: {} } },
          { op: 'add-edge', edge: edgeOf(link, id, to, 'sync') },
        ],
      })),
      pick(nodeIds).map((id): Command => ({ op: 'remove-node', id })),
      fc.tuple(pick(nodeIds), pick(CATALOG)).map(([id, type]): Command => ({ op: 'update-node', id, patch: { type: type.id, props: {} } })),
    );
  }
  if (edgeIds.length > 0) {
    options.push(
      pick(edgeIds).map((id): Command => ({ op: 'remove-edge', id })),
      fc.tuple(pick(edgeIds), pick(nodeIds)).map(([id, target]): Command => ({ op: 'update-edge', id, patch: { target } })),
      fc.tuple(pick(edgeIds), fc.constantFrom('sync' as const, 'async' as const)).map(([id, mode]): Command => ({ op: 'update-edge', id, patch: { mode } })),
    );
  }
  if (groupIds.length > 0) {
    options.push(
      fc.tuple(pick(nodeIds), fc.option(pick(groupIds), { nil: null })).map(([id, parent]): Command => ({ op: 'update-node', id, patch: { parent } })),
      fc.tuple(pick(groupIds), pick(GROUP_KINDS)).map(([id, kind]): Command => ({ op: 'update-group', id, patch: { kind } })),
    );
  }
  return fc.oneof(...options);
}

/** Applies commands one after the other, bringing the findings up to date after each as the app does. */
function expectEachStepSameAsFull(design: Design, commands: readonly Command[]): void {
  let current = design;
  let evaluation = checkDesign(design);
  for (const command of commands) {
    let next: Design;
    try {
      next = applyCommand(current, command).design;
    } catch {
      continue; // a refused command changes nothing
    }
    evaluation = recheck(current, evaluation, next);
    expectSameAsFull(evaluation, next);
    current = next;
  }
}

const varied = new Map<number, Design>();
const variedOf = (seed: number) => {
  if (!varied.has(seed)) varied.set(seed, variedDesign(seed, 40));
  return varied.get(seed)!;
};

describe('structuralEdit', () => {
  const design = generateDesign(20);
  const [a, b] = design.nodes as [Design['nodes'][0], Design['nodes'][0]];

  it('names what was added, changed and removed', () => {
    const added = applyCommand(design, { op: 'add-node', node: { ...a, id: 'added' } }).design;
    expect(structuralEdit(design, added)).toEqual({ nodes: new Set(['added']), edges: new Set(), groups: new Set() });
    const retyped = applyCommand(design, { op: 'update-node', id: b.id, patch: { type: 'triton' } }).design;
    expect(structuralEdit(design, retyped)?.nodes).toEqual(new Set([b.id]));
    const removed = applyCommand(design, { op: 'remove-node', id: a.id }).design;
    const edit = structuralEdit(design, removed)!;
    expect(edit.nodes).toEqual(new Set([a.id]));
    expect(edit.edges).toEqual(new Set(design.edges.filter((e) => e.source === a.id || e.target === a.id).map((e) => e.id)));
  });

  it('is null when elements change order, or when more than the structure changed', () => {
    expect(structuralEdit(design, { ...design, nodes: [b, a, ...design.nodes.slice(2)] })).toBeNull();
    expect(structuralEdit(design, { ...design, patterns: ['kappa'] })).toBeNull();
  });
});

describe('after an edit of the structure, the findings brought up to date are those of a full check', () => {
  it('for components and connections added and removed in a large generated design', () => {
    const design = designWithClient(300, { patterns: [...PATTERNS] });
    const call = design.edges[200]!;
    expectEachStepSameAsFull(design, [
      { op: 'add-node', node: { ...design.nodes[150]!, id: 'added', label: 'Added' } },
      { op: 'add-edge', edge: { ...call, id: 'link', source: 'added', target: design.nodes[10]!.id } },
      { op: 'update-edge', id: 'link', patch: { mode: 'async' } },
      { op: 'add-edge', edge: { ...call, id: 'link-2', target: design.nodes[3]!.id } },
      { op: 'remove-edge', id: call.id },
      { op: 'remove-node', id: design.nodes[42]!.id },
      { op: 'update-node', id: design.nodes[7]!.id, patch: { type: 'relational-db', props: {} } },
    ]);
  });

  it('for any sequence of edits of varied designs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((seed) => {
          const design = variedOf(seed);
          return fc.tuple(fc.constant(design), fc.array(arbStructuralCommand(design), { minLength: 1, maxLength: 4 }));
        }),
        ([design, commands]) => expectEachStepSameAsFull(design, commands),
      ),
      { numRuns: 120 },
    );
  });

  it('for any edits of a large design, where rules run near an edit pick their few elements by id (property)', () => {
    const large = designWithClient(300, { patterns: [...PATTERNS] });
    fc.assert(
      fc.property(fc.array(fc.oneof(arbStructuralCommand(large), arbCommandFor(large)), { minLength: 1, maxLength: 3 }), (commands) =>
        expectEachStepSameAsFull(large, commands)),
      { numRuns: 25 },
    );
  });

  it('for any edit of the reference designs, edits of values and names between them (property)', () => {
    const designs = referenceDesigns().map(([, d]) => ({ ...d, patterns: [...PATTERNS] }));
    fc.assert(
      fc.property(
        fc.constantFrom(...designs).chain((design) =>
          fc.tuple(fc.constant(design), fc.array(fc.oneof(arbStructuralCommand(design), arbCommandFor(design)), { minLength: 1, maxLength: 4 }))),
        ([design, commands]) => expectEachStepSameAsFull(design, commands),
      ),
      { numRuns: 120 },
    );
  });
});

describe('after an edit of values or names', () => {
  it('the trace follows: shared values that did not look at the edited element are carried over, the others dropped', () => {
    const lonely = { id: 'lonely', type: 'microservice', label: 'Lonely', description: '', technology: '', props: {} };
    const design = applyCommand(designWithClient(300, { patterns: [...PATTERNS] }), { op: 'add-node', node: lonely }).design;
    const evaluation = checkDesign(design);
    const before = evaluation.trace!.context;
    const target = lonely;
    const renamed = applyCommand(design, { op: 'update-node', id: target.id, patch: { label: 'Renamed' } }).design;
    const after = recheck(design, evaluation, renamed);
    const context = after.trace!.context;
    expect(context.design).toBe(renamed);
    // Request paths do not hold a component connected to nothing.
    expect(context.memoEntries().get('critical')?.value).toBe(before.memoEntries().get('critical')!.value);
    // The list of components of its role held its old name: dropped, computed again when used.
    const role = [...before.memoEntries().keys()].find((key) => key.startsWith('withRole:') && (before.memoEntries().get(key)!.value as { id: string }[]).some((n) => n.id === target.id));
    expect(role).toBeDefined();
    expect(context.memoEntries().has(role!)).toBe(false);
    expectSameAsFull(after, renamed);
    // The next edit of the structure builds on it.
    const added = applyCommand(renamed, { op: 'add-node', node: { id: 'dropped', type: 'microservice', label: 'Dropped', description: '', technology: '', props: {} } }).design;
    const next = recheck(renamed, after, added);
    expect(next.trace!.context.memoEntries().get('critical')?.value).toBe(before.memoEntries().get('critical')!.value);
    expectSameAsFull(next, added);
  });
});

describe('a rule that follows calls further than two steps', () => {
  it('runs again when a call three steps from its component is added, changed or removed', () => {
    // A device reaching a central model server through a gateway and a load balancer.
    const design = build(
      node('device', 'iot-device'), node('gw', 'api-gateway'), node('lb', 'load-balancer'), node('model', 'triton'),
      edge('e1', 'device', 'gw'), edge('e2', 'gw', 'lb'),
    );
    const all = { ...design, patterns: [...PATTERNS] };
    expectEachStepSameAsFull(all, [
      { op: 'add-edge', edge: { ...design.edges[0]!, id: 'e3', source: 'lb', target: 'model', mode: 'async' } },
      { op: 'update-edge', id: 'e3', patch: { mode: 'sync' } },
      { op: 'update-node', id: 'model', patch: { type: 'microservice', props: {} } },
      { op: 'update-node', id: 'model', patch: { type: 'triton', props: {} } },
      { op: 'remove-edge', id: 'e3' },
    ]);
  });
});

describe('the trace', () => {
  it('forgets the shared values no rule uses any more: components added and removed leave nothing behind', () => {
    const design = designWithClient(60, { patterns: [...PATTERNS] });
    const call = design.edges.find((e) => e.id === 'bench-client-call')!;
    let current = design;
    let evaluation = checkDesign(design);
    const sizes: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      for (const command of [
        { op: 'add-node', node: { id: `svc-${i}`, type: 'microservice', label: `Service ${i}`, description: '', technology: '', props: {} } },
        { op: 'add-edge', edge: { ...call, id: `call-${i}`, target: `svc-${i}` } },
        { op: 'remove-node', id: `svc-${i}` },
      ] as Command[]) {
        const next = applyCommand(current, command).design;
        evaluation = recheck(current, evaluation, next);
        current = next;
      }
      sizes.push(evaluation.trace!.context.memoEntries().size);
    }
    // Each cycle leaves the design as it was: what the trace holds does not grow with them.
    expect(Math.max(...sizes.slice(2))).toBeLessThanOrEqual(sizes[1]!);
    expectSameAsFull(evaluation, current);
  });
});

describe('an edit of the structure', () => {
  it('reruns a component’s findings when what changed is two steps away', () => {
    // The consumer's finding hangs on whether its queue parks poison messages: a connection
    // from the queue to a dead-letter queue, one step beyond the consumer's own connections.
    const design = build(
      node('orders', 'message-queue'), node('worker', 'microservice'), node('dlq', 'dead-letter-queue'),
      edge('feed', 'orders', 'worker', { mode: 'async' }),
    );
    expect(checkDesign(design).findings.some((f) => f.ruleId === 'resilience/dead-letter-queue')).toBe(true);
    expectEachStepSameAsFull(design, [
      { op: 'add-edge', edge: { ...design.edges[0]!, id: 'park', source: 'orders', target: 'dlq' } },
      { op: 'remove-edge', id: 'park' },
    ]);
  });


  it('keeps the shared values and the findings that cannot change, and runs nothing when nothing can change', () => {
    const design = designWithClient(300, { patterns: [...PATTERNS] });
    const evaluation = checkDesign(design);
    const critical = evaluation.trace!.context.critical;
    // A component dropped on the canvas, connected to nothing: no request path changes.
    const next = applyCommand(design, { op: 'add-node', node: { id: 'dropped', type: 'microservice', label: 'Dropped', description: '', technology: '', props: {} } }).design;
    const after = recheck(design, evaluation, next);
    expect(after.trace!.context.critical).toBe(critical);
    const kept = new Set(evaluation.findings.filter((f) => f.ruleId === 'anti-pattern/deep-sync-chain' || f.ruleId === 'resilience/circuit-breaker').map((f) => f.key));
    expect(kept.size).toBeGreaterThan(0);
    expect(new Set(after.findings.filter((f) => kept.has(f.key)).map((f) => f.key))).toEqual(kept);
    expectSameAsFull(after, next);
  });
});
