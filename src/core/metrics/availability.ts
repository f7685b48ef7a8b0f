import { HOURS_PER_YEAR } from './coefficients';
import { figure, input, type Figure, type FigureInput } from './figure';
import type { MetricsGraph } from './graph';
import type { SizingResult } from './sizing';

/**
 * Availability (issue 6, item 5; DOMAIN.md §2.1): each component's availability from its SLA and
 * its redundancy, then, for each entry point, the series product over every component a request
 * reaches synchronously, its downtime per year and how it compares with the target.
 *
 * Independence is assumed, so the figures are optimistic: correlated failures (one zone, a shared
 * control plane) break it. Replicas count as redundant only across zones: a component's replicas
 * in one zone share its fate.
 */

/** Series (every part needed): A = Π aᵢ. 99.9 % × 99.95 % × 99.99 % = 99.84 %. Fractions, not percent. */
export function seriesAvailability(values: readonly number[]): number {
  let product = 1;
  for (const value of values) product *= value;
  return product;
}

/** Parallel redundancy (any part suffices, independent failures): A = 1 − Π(1 − aᵢ). Two 99.9 % replicas = 99.9999 %. */
export function parallelAvailability(values: readonly number[]): number {
  let down = 1;
  for (const value of values) down *= 1 - value;
  return 1 - down;
}

/** Downtime per year in hours: (1 − A) × 8,760. 99.9 % → 8.76 h; 99.99 % → 52.6 min. */
export function downtimeHoursPerYear(availability: number): number {
  return (1 - availability) * HOURS_PER_YEAR;
}

export interface NodeAvailability {
  readonly id: string;
  /** In percent. */
  readonly availability: Figure;
  /** `replicas`: self-run, redundant across zones; `service`: a managed service's or system's own SLA. */
  readonly basis: 'replicas' | 'service';
  /** Independent units counted in parallel (1 for a service). */
  readonly units: number;
}

export interface EntryAvailability {
  /** The entry point's node id. */
  readonly entry: string;
  /** In percent. */
  readonly availability: Figure;
  /** Hours per year. */
  readonly downtime: Figure;
  readonly targetPct: number;
  readonly meetsTarget: boolean;
  /** The components in series, in the order a walk from the entry point reaches them. */
  readonly nodes: readonly string[];
  /** The least available of them. */
  readonly weakest?: string;
  /** Components reached that state no availability: left out of the product. */
  readonly unknown: readonly string[];
}

export interface AvailabilityResult {
  /** One per node in design order; undefined for a node without an availability figure. */
  readonly nodes: readonly (NodeAvailability | undefined)[];
  readonly entries: readonly EntryAvailability[];
}

const F = {
  replicas: {
    en: '1 − (1 − a)^k, k = min(replicas, zones): replicas in parallel, counted once per zone',
    fr: '1 − (1 − a)^k, k = min(réplicas, zones) : réplicas en parallèle, comptés une fois par zone',
  },
  service: { en: 'the service’s stated availability (SLA)', fr: 'la disponibilité annoncée du service (SLA)' },
  series: {
    en: 'Π of the availabilities of the components a request reaches synchronously (in series)',
    fr: 'Π des disponibilités des composants qu’une requête atteint de façon synchrone (en série)',
  },
  downtime: { en: '(1 − availability) × 8,760 h', fr: '(1 − disponibilité) × 8 760 h' },
};

function nodeAvailability(graph: MetricsGraph, i: number, sizing: SizingResult | undefined): NodeAvailability | undefined {
  const sla = graph.num(i, 'availabilitySlaPct');
  if (sla === undefined) return undefined;
  const id = graph.node(i).id;
  const replicas = sizing?.nodes[i]?.replicas?.toRun ?? graph.num(i, 'replicas');
  const selfRun = graph.type(i)?.cost.model === 'instance-hours' && replicas !== undefined;
  if (!selfRun) return { id, availability: figure(sla, '%', F.service, [input('availabilitySlaPct', sla, '%')]), basis: 'service', units: 1 };
  const zones = graph.zones(i);
  const units = Math.max(1, Math.min(replicas, zones));
  const value = parallelAvailability(new Array<number>(units).fill(sla / 100)) * 100;
  return {
    id,
    availability: figure(value, '%', F.replicas, [input('availabilitySlaPct', sla, '%'), input('replicas', replicas, 'count'), input('zones', zones, 'count')]),
    basis: 'replicas',
    units,
  };
}

export function computeAvailability(graph: MetricsGraph, sizing?: SizingResult): AvailabilityResult {
  const n = graph.nodes.length;
  const nodes: (NodeAvailability | undefined)[] = new Array<NodeAvailability | undefined>(n);
  for (let i = 0; i < n; i += 1) nodes[i] = nodeAvailability(graph, i, sizing);

  const target = graph.design.workload.availabilityTargetPct;
  const seen = new Int32Array(n).fill(-1);
  const entries: EntryAvailability[] = [];
  graph.entryPoints().forEach((entry, stamp) => {
    const reached: number[] = [];
    const stack = [entry];
    seen[entry] = stamp;
    while (stack.length > 0) {
      const u = stack.pop()!;
      reached.push(u);
      for (let p = graph.outStart[u]!; p < graph.outStart[u + 1]!; p += 1) {
        const k = graph.outEdges[p]!;
        if (!graph.isRequest(k)) continue;
        const v = graph.to[k]!;
        if (seen[v] === stamp) continue;
        seen[v] = stamp;
        stack.push(v);
      }
    }
    let product = 1;
    let weakest: number | undefined;
    const inputs: FigureInput[] = [];
    const unknown: string[] = [];
    for (const i of reached) {
      const own = nodes[i];
      if (own === undefined) {
        unknown.push(graph.node(i).id);
        continue;
      }
      product *= own.availability.value / 100;
      inputs.push(input(graph.nodeName(i), own.availability.value, '%'));
      if (weakest === undefined || own.availability.value < nodes[weakest]!.availability.value) weakest = i;
    }
    const pct = product * 100;
    entries.push({
      entry: graph.node(entry).id,
      availability: figure(pct, '%', F.series, inputs),
      downtime: figure(downtimeHoursPerYear(product), 'h/year', F.downtime, [input('availability', pct, '%')]),
      targetPct: target,
      meetsTarget: pct >= target - 1e-9,
      nodes: reached.map((i) => graph.node(i).id),
      ...(weakest === undefined ? {} : { weakest: graph.node(weakest).id }),
      unknown,
    });
  });
  return { nodes, entries };
}
