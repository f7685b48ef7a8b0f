import type { Evaluation, Severity } from '../core';

/** What a canvas element shows of its findings: how many, and the worst severity. */
export interface FindingMark {
  readonly count: number;
  readonly severity: Severity;
}

const marks = new WeakMap<Evaluation, ReadonlyMap<string, FindingMark>>();
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The marks of every element with findings, computed once per evaluation. */
export function findingMarks(evaluation: Evaluation): ReadonlyMap<string, FindingMark> {
  let map = marks.get(evaluation);
  if (map === undefined) {
    const built = new Map<string, FindingMark>();
    for (const finding of evaluation.findings) {
      for (const id of new Set([...finding.nodes, ...finding.edges, ...finding.groups])) {
        const mark = built.get(id);
        built.set(id, {
          count: (mark?.count ?? 0) + 1,
          severity: mark === undefined || RANK[finding.severity] < RANK[mark.severity] ? finding.severity : mark.severity,
        });
      }
    }
    map = built;
    marks.set(evaluation, map);
  }
  return map;
}

/** A mark as one string (`error:2`), so a component subscribed to it re-renders only when it changes. */
export function markKey(evaluation: Evaluation, id: string): string {
  const mark = findingMarks(evaluation).get(id);
  return mark === undefined ? '' : `${mark.severity}:${mark.count}`;
}
