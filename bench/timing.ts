/** What the rules and metrics benchmarks share: their test design and how they time and summarise runs. */
import { designSchema, edgeSchema, nodeSchema, type Design } from '../src/core';
import { generateDesign } from './generateDesign';

/** A generated design with a web client calling its first gateway, so request paths exist. */
export function designWithClient(components: number, extra: Partial<Design> = {}): Design {
  const base = generateDesign(components);
  const gateway = base.nodes.find((n) => n.type === 'api-gateway') ?? base.nodes[0]!;
  return designSchema.parse({
    ...base,
    ...extra,
    nodes: [...base.nodes, nodeSchema.parse({ id: 'bench-client', type: 'web-client', label: 'Client' })],
    edges: [...base.edges, edgeSchema.parse({ id: 'bench-client-call', source: 'bench-client', target: gateway.id })],
  });
}

/** Runs `run` `warmup` times untimed, then `runs` times timed; returns the sorted times and the last result. */
export function timeRuns<T>(runs: number, warmup: number, run: (i: number) => T): { times: number[]; last: T } {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs + warmup; i += 1) {
    const t0 = performance.now();
    last = run(i);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), last };
}

const round = (value: number) => Number(value.toFixed(2));

/** Median, 95th percentile and maximum of sorted times, and whether the median meets a target. */
export function summarise(sorted: readonly number[], targetMs?: number) {
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return {
    runs: sorted.length,
    medianMs: round(median),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!),
    maxMs: round(sorted.at(-1)!),
    target: targetMs === undefined ? '' : `≤ ${targetMs} ms median`,
    pass: targetMs === undefined ? undefined : median <= targetMs,
  };
}
