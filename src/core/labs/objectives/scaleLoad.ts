import type { DesignMetrics } from '../../metrics/computeMetrics';
import type { Design } from '../../model/types';

/**
 * The design with its request load brought to `rps` requests/s, for objectives stated “at N
 * req/s”. The workload's rates are peaks arriving at each entry point (`peakRps`, or the entry's
 * own rate in `entryRps`), so the honest reading is: the busiest request source of the design
 * receives `rps`, and every other one is scaled by the same factor, keeping the mix between
 * entry points as designed. Rates of 0 stay 0 (a background job switched off stays off), and
 * devices sending a fixed `eventsPerSecond` are not requests and keep their rate. A design
 * whose workload brings no request load gets `peakRps = rps` at each entry point.
 *
 * Only the load changes: the components, their replicas and service times stay as the student
 * set them, so a design sized for less shows it as over capacity (see metricObjective.ts).
 */
export function scaleLoad(design: Design, metrics: DesignMetrics, rps: number): Design {
  let busiest = 0;
  for (const source of metrics.workload.sources) if (source.basis !== 'events-per-second' && source.rate > busiest) busiest = source.rate;
  const { workload } = design;
  if (busiest <= 0) return { ...design, workload: { ...workload, peakRps: rps } };
  const factor = rps / busiest;
  const entryRps: Record<string, number> = {};
  for (const [id, rate] of Object.entries(workload.entryRps)) entryRps[id] = rate * factor;
  return { ...design, workload: { ...workload, peakRps: workload.peakRps * factor, entryRps } };
}
