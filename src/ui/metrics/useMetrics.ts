import { useDeferredValue } from 'react';
import { computeMetrics, type Design, type DesignMetrics } from '../../core';
import { useArch } from '../../store';

/** One computation per design object: a design is never changed in place, so its metrics never go stale. */
const cache = new WeakMap<Design, DesignMetrics>();
let last: { design: Design; metrics: DesignMetrics } | undefined;

/** Whether two designs differ only in what the metrics do not read (layout, name, rules, decisions): a drag costs nothing. */
function sameInputs(a: Design, b: Design): boolean {
  return a.nodes === b.nodes && a.edges === b.edges && a.groups === b.groups && a.workload === b.workload && a.customTypes === b.customTypes;
}

export function metricsOf(design: Design): DesignMetrics {
  let metrics = cache.get(design);
  if (metrics === undefined) {
    metrics = last !== undefined && sameInputs(last.design, design) ? last.metrics : computeMetrics(design);
    cache.set(design, metrics);
  }
  last = { design, metrics };
  return metrics;
}

/**
 * The metrics of the current design, live. They follow a deferred copy of the design, so on a
 * large design React first shows the previous figures and computes the new ones at low priority:
 * an edit never waits for them. `pending` says the figures shown are a step behind.
 */
export function useMetrics(): { design: Design; metrics: DesignMetrics; pending: boolean } {
  const current = useArch((s) => s.design);
  const design = useDeferredValue(current);
  return { design, metrics: metricsOf(design), pending: design !== current };
}
