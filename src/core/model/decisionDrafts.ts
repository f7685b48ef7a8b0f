import { uniqueId } from './ids';
import type { Decision, Design } from './types';

/** The number the next decision record gets: one more than the highest in use. */
export function nextDecisionNumber(design: Pick<Design, 'decisions'>): number {
  return design.decisions.reduce((max, d) => Math.max(max, d.number), 0) + 1;
}

/** `007`: a decision's number as ADR tools print it, three digits at least. */
export function adrNumber(number: number): string {
  return String(number).padStart(3, '0');
}

/** `ADR-007`: a decision record's usual name. */
export function adrLabel(number: number): string {
  return `ADR-${adrNumber(number)}`;
}

/**
 * A new proposed decision record for `design`: the next number, an id of the form `adr-N`
 * that no decision uses, the given title and date (YYYY-MM-DD), everything else empty.
 */
export function draftDecision(design: Pick<Design, 'decisions'>, title: string, date: string): Decision {
  const number = nextDecisionNumber(design);
  const id = uniqueId(`adr-${number}`, new Set(design.decisions.map((d) => d.id)));
  return { id, number, title, date, status: 'proposed', context: '', decision: '', consequences: '', links: [] };
}

/** A date as YYYY-MM-DD in the local calendar (what a person means by "today"). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
