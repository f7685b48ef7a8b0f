import type { Design } from '../../core';

/** One step of a presentation. */
export type Slide =
  | { kind: 'overview' }
  | { kind: 'view'; view: 'context' | 'container' }
  | { kind: 'canvas' }
  | { kind: 'decision'; id: string }
  | { kind: 'no-decisions' }
  | { kind: 'metrics' };

/**
 * The steps of an architecture committee presentation: the overview (goals, patterns,
 * workload), the C4 views, the design as drawn, every decision record in number order, and
 * the metrics with the review's findings.
 */
export function presentationSlides(design: Design): Slide[] {
  const decisions = [...design.decisions].sort((a, b) => a.number - b.number);
  return [
    { kind: 'overview' },
    { kind: 'view', view: 'context' },
    { kind: 'view', view: 'container' },
    { kind: 'canvas' },
    ...(decisions.length === 0 ? [{ kind: 'no-decisions' } as const] : decisions.map((d) => ({ kind: 'decision', id: d.id }) as const)),
    { kind: 'metrics' },
  ];
}
