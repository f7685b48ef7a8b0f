/**
 * Metrics benchmark (for `npm run bench`): computeMetrics (load, sizing, latency, availability,
 * cost and assumptions) on generated designs of 1,000 and 10,000 components with a web client
 * calling the first gateway (so request paths exist), as the app does on every edit.
 */
import { computeMetrics, designSchema, edgeSchema, nodeSchema, type Design } from '../src/core';
import { generateDesign } from './generateDesign';

export const METRICS_TARGETS = [
  { case: 'all metrics', components: 1_000, medianMs: 20 },
  { case: 'all metrics', components: 10_000, medianMs: 300 },
] as const;

export interface MetricsBenchRow {
  case: string;
  components: number;
  connections: number;
  /** Entry points timed and weighed. */
  entryPoints: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  target: string;
  pass: boolean | undefined;
}

export interface MetricsBenchReport {
  method: string;
  rows: MetricsBenchRow[];
}

const round = (value: number) => Number(value.toFixed(2));

/** A generated design with a web client calling its first gateway, at 1,000 req/s. */
export function metricsBenchDesign(components: number): Design {
  const base = generateDesign(components);
  const gateway = base.nodes.find((n) => n.type === 'api-gateway') ?? base.nodes[0]!;
  return designSchema.parse({
    ...base,
    nodes: [...base.nodes, nodeSchema.parse({ id: 'bench-client', type: 'web-client', label: 'Client' })],
    edges: [...base.edges, edgeSchema.parse({ id: 'bench-client-call', source: 'bench-client', target: gateway.id })],
  });
}

function timeRuns(runs: number, run: () => number): { times: number[]; entryPoints: number } {
  const times: number[] = [];
  let entryPoints = 0;
  for (let i = 0; i < runs + 3; i += 1) {
    const t0 = performance.now();
    entryPoints = run();
    if (i >= 3) times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), entryPoints };
}

function row(name: string, design: Design, measured: { times: number[]; entryPoints: number }): MetricsBenchRow {
  const target = METRICS_TARGETS.find((t) => t.case === name && t.components === design.nodes.length - 1);
  const median = measured.times[Math.floor((measured.times.length - 1) / 2)]!;
  return {
    case: name,
    components: design.nodes.length,
    connections: design.edges.length,
    entryPoints: measured.entryPoints,
    runs: measured.times.length,
    medianMs: round(median),
    p95Ms: round(measured.times[Math.min(measured.times.length - 1, Math.ceil(0.95 * measured.times.length) - 1)]!),
    maxMs: round(measured.times.at(-1)!),
    target: target === undefined ? '' : `≤ ${target.medianMs} ms median`,
    pass: target === undefined ? undefined : median <= target.medianMs,
  };
}

export function benchMetrics(): MetricsBenchReport {
  const rows: MetricsBenchRow[] = [];
  for (const size of [1_000, 10_000]) {
    process.stderr.write(`metrics on ${size.toLocaleString('en-US')} components…\n`);
    const design = metricsBenchDesign(size);
    rows.push(row('all metrics', design, timeRuns(size >= 10_000 ? 10 : 30, () => computeMetrics(design).latency.entries.length)));
  }
  return {
    method: 'computeMetrics (load propagation, sizing, latency budget, availability, cost and assumptions, every figure with its formula and inputs) on generated designs plus one client calling the first gateway; 3 warm-up runs, then 30 timed runs (10 at 10,000)',
    rows,
  };
}

export function metricsMarkdown(report: MetricsBenchReport): string {
  return [
    '',
    '## Metrics',
    '',
    `Method: ${report.method}.`,
    '',
    '| Case | Components | Connections | Entry points | Runs | Median (ms) | p95 (ms) | Max (ms) | Target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...report.rows.map((r) =>
      `| ${r.case} | ${r.components.toLocaleString('en-US')} | ${r.connections.toLocaleString('en-US')} | ${r.entryPoints} | ${r.runs} | ${r.medianMs} | ${r.p95Ms} | ${r.maxMs} | ${r.target === '' ? '' : `${r.target}: ${r.pass ? '**pass**' : '**FAIL**'}`} |`),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(metricsMarkdown(benchMetrics()));
}
