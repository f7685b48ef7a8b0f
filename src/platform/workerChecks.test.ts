import { describe, expect, it } from 'vitest';
import { designWithClient } from '../../bench/generateDesign';
import { PATTERNS, applyCommand, checkDesign, structuralEdit, toPlainEvaluation, valueEdits, type Design } from '../core';
import { createChecker } from './workerChecks';

/** A design as a worker receives it: a copy, sharing nothing with the page's. */
const copied = (design: Design): Design => structuredClone(design);

describe('the rules worker’s checks', () => {
  const design = designWithClient(300, { patterns: [...PATTERNS] });
  const full = (d: Design) => toPlainEvaluation(checkDesign(d));
  const before = full(design);
  // A single replica where findings notice it (a single point of failure, too little capacity).
  const replicas = design.nodes
    .filter((n) => typeof n.props.replicas === 'number' && n.props.replicas > 1)
    .map((n) => applyCommand(design, { op: 'update-node', id: n.id, patch: { props: { ...n.props, replicas: 1 } } }).design)
    .find((d) => JSON.stringify(full(d)) !== JSON.stringify(before))!;
  const call = design.edges.find((e) => e.mode === 'sync')!;
  const timed = applyCommand(replicas, { op: 'update-edge', id: call.id, patch: { resilience: { ...call.resilience, timeoutMs: 1 } } }).design;
  const since = (id: number, before: Design, after: Design) => ({ id, keys: [...valueEdits(before, after)!] });

  it('bring the last findings up to date after value edits, as a full check would', () => {
    const check = createChecker();
    expect(check({ id: 1, design: copied(design) })).toEqual(before);
    expect(check({ id: 2, design: copied(replicas), since: since(1, design, replicas) })).toEqual(full(replicas));
    expect(check({ id: 3, design: copied(timed), since: since(2, replicas, timed) })).toEqual(full(timed));
  });

  it('bring the last findings up to date after edits of the structure, as a full check would', () => {
    const check = createChecker();
    const added = applyCommand(design, { op: 'add-node', node: { ...design.nodes[40]!, id: 'added', label: 'Added' } }).design;
    const linked = applyCommand(added, { op: 'add-edge', edge: { ...call, id: 'linked', source: 'added', target: call.target } }).design;
    const resized = applyCommand(linked, { op: 'update-node', id: 'added', patch: { props: { ...design.nodes[40]!.props, replicas: 1 } } }).design;
    const removed = applyCommand(resized, { op: 'remove-node', id: call.source }).design;
    const changed = (before: Design, after: Design) => {
      const edit = structuralEdit(before, after)!;
      return { nodes: [...edit.nodes], edges: [...edit.edges], groups: [...edit.groups] };
    };
    check({ id: 1, design: copied(design) });
    expect(check({ id: 2, design: copied(added), since: { id: 1, changed: changed(design, added) } })).toEqual(full(added));
    expect(check({ id: 3, design: copied(linked), since: { id: 2, changed: changed(added, linked) } })).toEqual(full(linked));
    // An edit of values in between: the worker still builds on what it knows for the next edit of the structure.
    expect(check({ id: 4, design: copied(resized), since: { id: 3, keys: [...valueEdits(linked, resized)!], changed: changed(linked, resized) } })).toEqual(full(resized));
    expect(check({ id: 5, design: copied(removed), since: { id: 4, changed: changed(resized, removed) } })).toEqual(full(removed));
  });

  it('run only the rules that looked at what changed: told that nothing did, they keep the last findings', () => {
    const check = createChecker();
    check({ id: 1, design: copied(design) });
    const retyped = applyCommand(design, { op: 'update-node', id: call.target, patch: { type: 'relational-db', props: {} } }).design;
    expect(full(retyped)).not.toEqual(before);
    expect(check({ id: 2, design: copied(retyped), since: { id: 1, changed: { nodes: [], edges: [], groups: [] } } })).toEqual(before);
  });

  it('run only the rules that read what changed: told that nothing did, they keep the last findings', () => {
    const check = createChecker();
    check({ id: 1, design: copied(design) });
    expect(full(replicas)).not.toEqual(before);
    expect(check({ id: 2, design: copied(replicas), since: { id: 1, keys: [] } })).toEqual(before);
  });

  it('check in full when the request builds on another design than the last one checked', () => {
    const check = createChecker();
    check({ id: 1, design: copied(design) });
    check({ id: 2, design: copied(timed) });
    // Says it differs from request 1 in nothing, but the worker last checked request 2: every rule runs.
    expect(check({ id: 3, design: copied(replicas), since: { id: 1, keys: [] } })).toEqual(full(replicas));
  });
});
