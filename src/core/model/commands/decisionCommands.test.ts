import { describe, expect, it } from 'vitest';
import { applyWithUndo, decision, design, edge, inferenceDesign, node, refusal } from '../../testing/builders';
import type { Decision } from '../types';
import type { Command } from './types';

const refused = (command: Command, message: RegExp | string, start = inferenceDesign()) =>
  expect(refusal(start, command)).toMatch(message);

/** adr-1 is superseded by adr-3, adr-2 too; adr-3 supersedes both. */
const history = () =>
  design(
    node('a'),
    node('b'),
    edge('ab', 'a', 'b'),
    decision('adr-1', 1, { status: 'superseded', supersededBy: 3, links: ['a'] }),
    decision('adr-2', 2, { status: 'superseded', supersededBy: 3 }),
    decision('adr-3', 3, { status: 'accepted', links: ['a', 'ab'] }),
    decision('adr-4', 4),
  );

describe('add-decision', () => {
  it('adds a decision record with its defaults, and its inverse removes it', () => {
    const start = inferenceDesign();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'add-decision',
      decision: { id: 'adr-9', number: 9, title: 'Use gRPC', date: '2025-01-31', links: ['e2', 'platform'] } as Decision,
    });
    expect(after.decisions.at(-1)).toEqual({
      id: 'adr-9',
      number: 9,
      title: 'Use gRPC',
      date: '2025-01-31',
      status: 'proposed',
      context: '',
      decision: '',
      consequences: '',
      links: ['e2', 'platform'],
    });
    expect(inverse).toEqual({ op: 'remove-decision', id: 'adr-9' });
    expect(undone).toEqual(start);
  });

  it('inserts at an index and may supersede nothing or point to another decision', () => {
    const { after } = applyWithUndo(inferenceDesign(), { op: 'add-decision', decision: decision('adr-0', 7, { supersededBy: 2 }), index: 0 });
    expect(after.decisions.map((d) => [d.id, d.supersededBy])).toEqual([['adr-0', 2], ['adr-1', undefined], ['adr-2', undefined]]);
  });

  it('refuses duplicates, broken references and invalid values', () => {
    refused({ op: 'add-decision', decision: decision('adr-1', 9) }, 'the decision id "adr-1" is already used');
    refused({ op: 'add-decision', decision: decision('adr-9', 2) }, 'decision number 2 is already used');
    refused({ op: 'add-decision', decision: decision('adr-9', 9, { links: ['gw', 'ghost'] }) }, 'no component, connection or group has the id "ghost"');
    refused({ op: 'add-decision', decision: decision('adr-9', 9, { supersededBy: 5 }) }, 'no other decision has the number 5');
    refused({ op: 'add-decision', decision: decision('adr-9', 9, { supersededBy: 9 }) }, 'no other decision has the number 9');
    const raw = (overrides: Record<string, unknown>) =>
      ({ op: 'add-decision', decision: { id: 'adr-9', number: 9, title: 'T', date: '2025-01-01', ...overrides } }) as Command;
    refused(raw({ date: '2025-02-30' }), /invalid decision: date/);
    refused(raw({ date: '31/01/2025' }), /invalid decision: date/);
    refused(raw({ number: 0 }), /invalid decision: number/);
    refused(raw({ number: 1.5 }), /invalid decision: number/);
    refused(raw({ status: 'maybe' }), /invalid decision: status/);
    refused(raw({ title: '' }), /invalid decision: title/);
  });
});

describe('remove-decision', () => {
  it('removes the record, and the records it superseded lose that link', () => {
    const { after } = applyWithUndo(history(), { op: 'remove-decision', id: 'adr-3' });
    expect(after.decisions.map((d) => d.id)).toEqual(['adr-1', 'adr-2', 'adr-4']);
    expect(after.decisions.map((d) => d.supersededBy)).toEqual([undefined, undefined, undefined]);
    expect(after.decisions[0]).not.toHaveProperty('supersededBy');
    expect(after.decisions[0]?.status).toBe('superseded');
  });

  it('is undone with the record back in place and the links restored', () => {
    const start = history();
    const { undone } = applyWithUndo(start, { op: 'remove-decision', id: 'adr-3' });
    expect(undone).toEqual(start);
    expect(undone.decisions.map((d) => d.supersededBy)).toEqual([3, 3, undefined, undefined]);
  });

  it('leaves the elements it was linked to alone', () => {
    const start = history();
    const { after } = applyWithUndo(start, { op: 'remove-decision', id: 'adr-1' });
    expect(after.nodes).toEqual(start.nodes);
    expect(after.edges).toEqual(start.edges);
  });

  it('refuses an unknown id', () => {
    refused({ op: 'remove-decision', id: 'adr-77' }, 'no decision has the id "adr-77"');
  });
});

describe('update-decision', () => {
  it('changes status, text and links, and its inverse restores them', () => {
    const start = history();
    const { after, undone, inverse } = applyWithUndo(start, {
      op: 'update-decision',
      id: 'adr-4',
      patch: { status: 'accepted', context: 'Peak load doubled.\n<script>', links: ['b', 'ab'] },
    });
    expect(after.decisions[3]).toMatchObject({ status: 'accepted', context: 'Peak load doubled.\n<script>', links: ['b', 'ab'] });
    expect(inverse).toEqual({ op: 'update-decision', id: 'adr-4', patch: { status: 'proposed', context: '', links: [] } });
    expect(undone).toEqual(start);
  });

  it('sets and clears supersededBy', () => {
    const start = history();
    const set = applyWithUndo(start, { op: 'update-decision', id: 'adr-4', patch: { supersededBy: 1 } });
    expect(set.after.decisions[3]?.supersededBy).toBe(1);
    expect(set.undone).toEqual(start);
    const cleared = applyWithUndo(start, { op: 'update-decision', id: 'adr-1', patch: { supersededBy: null } });
    expect(cleared.after.decisions[0]).not.toHaveProperty('supersededBy');
    expect(cleared.undone).toEqual(start);
  });

  it('renumbers a decision nobody points to', () => {
    const { after, undone } = applyWithUndo(history(), { op: 'update-decision', id: 'adr-4', patch: { number: 40 } });
    expect(after.decisions[3]?.number).toBe(40);
    expect(undone.decisions[3]?.number).toBe(4);
  });

  it('refuses what would break the decision records', () => {
    const start = history();
    refused({ op: 'update-decision', id: 'adr-3', patch: { number: 30 } }, /decision 3 is superseded-by target/, start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { number: 1 } }, 'decision number 1 is already used', start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { supersededBy: 4 } }, 'no other decision has the number 4', start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { supersededBy: 99 } }, 'no other decision has the number 99', start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { links: ['nowhere'] } }, 'no component, connection or group has the id "nowhere"', start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { title: '  ' } }, /invalid decision: title/, start);
    refused({ op: 'update-decision', id: 'adr-4', patch: { id: 'adr-5' } as never }, 'an id cannot be changed', start);
    refused({ op: 'update-decision', id: 'adr-99', patch: { title: 'x' } }, 'no decision has the id "adr-99"', start);
  });
});
