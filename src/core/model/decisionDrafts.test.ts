import { describe, expect, it } from 'vitest';
import { decision } from '../testing/builders';
import { applyCommand } from './commands/applyCommand';
import { createDesign } from './createDesign';
import { adrLabel, draftDecision, localIsoDate, nextDecisionNumber } from './decisionDrafts';

describe('decision drafts', () => {
  it('numbers a new decision after the highest one, whatever the order', () => {
    expect(nextDecisionNumber({ decisions: [] })).toBe(1);
    expect(nextDecisionNumber({ decisions: [decision('a', 4), decision('b', 2)] })).toBe(5);
  });

  it('picks an id no decision uses, even when adr-N is taken by another number', () => {
    const draft = draftDecision({ decisions: [decision('adr-3', 2), decision('x', 1)] }, 'Use Kafka', '2026-11-22');
    expect(draft).toMatchObject({ id: 'adr-3-2', number: 3, title: 'Use Kafka', date: '2026-11-22', status: 'proposed', links: [] });
  });

  it('makes a draft the add-decision command accepts', () => {
    const design = createDesign('d', 'D');
    const draft = draftDecision(design, 'Use Kafka', '2026-01-05');
    const after = applyCommand(design, { op: 'add-decision', decision: draft }).design;
    expect(after.decisions).toEqual([draft]);
  });

  it('prints numbers as ADR tools do', () => {
    expect(adrLabel(7)).toBe('ADR-007');
    expect(adrLabel(1234)).toBe('ADR-1234');
  });

  it('writes the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
