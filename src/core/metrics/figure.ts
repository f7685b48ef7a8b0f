import type { Localized } from '../catalog/schema';

/**
 * Every number the metrics show is a Figure: its value and unit, the formula that gave it (in
 * French and English), the inputs that went into it, and the dated source of each price or
 * coefficient used, so a panel can unfold any figure into its working.
 */

/** One input of a formula: a workload field, a property, a price, an upstream figure. */
export interface FigureInput {
  /**
   * What it is, as a stable key a UI can translate: a property or workload key
   * (`throughputPerReplicaRps`, `headroomPct`), a price key (`kafka-broker-hour`), a coefficient
   * key (`kafkaBrokerWriteMBps`), or `node:<id>` / `edge:<id>` for what a figure sums over.
   */
  readonly name: string;
  readonly value: number | string;
  /** `req/s`, `ms`, `%`, `USD/h`..., empty for a name such as an instance type. */
  readonly unit: string;
}

/** Where a price or coefficient comes from: a source id of the catalog's SOURCES, and when it was read. */
export interface FigureSource {
  readonly id: string;
  readonly date: string;
  /** An estimate or a secondary source: to verify before quoting it as fact. */
  readonly estimate: boolean;
}

export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly formula: Localized;
  readonly inputs: readonly FigureInput[];
  readonly sources?: readonly FigureSource[];
}

export function figure(
  value: number,
  unit: string,
  formula: Localized,
  inputs: readonly FigureInput[],
  sources?: readonly FigureSource[],
): Figure {
  return sources === undefined || sources.length === 0 ? { value, unit, formula, inputs } : { value, unit, formula, inputs, sources };
}

export function input(name: string, value: number | string, unit = ''): FigureInput {
  return { name, value, unit };
}

/** Sources without repeats (same id and date), in first-seen order. */
export function uniqueSources(sources: Iterable<FigureSource>): FigureSource[] {
  const seen = new Set<string>();
  const out: FigureSource[] = [];
  for (const source of sources) {
    const key = `${source.id}|${source.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}

/**
 * `Math.ceil` that forgives floating-point noise: 1,200 × 1.3 / 350 computed as 4.4571… is 5,
 * but 4.000000000000001 is 4, not 5.
 */
export function ceilClean(value: number): number {
  const rounded = Math.round(value);
  return Math.abs(value - rounded) <= 1e-9 * Math.max(1, Math.abs(value)) ? rounded : Math.ceil(value);
}
