/**
 * Metrics benchmark (for `npm run bench`): computeMetrics (load, sizing, latency, availability,
 * cost and assumptions) on generated designs of 1,000 and 10,000 components with a web client
 * calling the first gateway (so request paths exist), as the app does on every edit.
 */
import { computeMetrics, type Design } from '../src/core';
import { designWithClient } from './generateDesign';
import { summarise, timeRuns } from './timing';

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

/** A generated design with a web client calling its first gateway. */
export function metricsBenchDesign(components: number): Design {
  return designWithClient(components);
}

function row(name: string, design: Design, measured: { times: number[]; last: number }): MetricsBenchRow {
  const target = METRICS_TARGETS.find((t) => t.case === name && t.components === design.nodes.length - 1);
  return {
    case: name,
    components: design.nodes.length,
    connections: design.edges.length,
    entryPoints: measured.last,
    ...summarise(measured.times, target?.medianMs),
  };
}

export function benchMetrics(): MetricsBenchReport {
  const rows: MetricsBenchRow[] = [];
  for (const size of [1_000, 10_000]) {
    process.stderr.write(`metrics on ${size.toLocaleString('en-US')} components…\n`);
    const design = metricsBenchDesign(size);
    rows.push(row('all metrics', design, timeRuns(size >= 10_000 ? 10 : 30, 3, () => computeMetrics(design).latency.entries.length)));
  }
  return {
    method: 'bundled as the app ships it (bench/asBuilt.ts), in a Node process of its own; computeMetrics (load propagation, sizing, latency budget, availability, cost and assumptions, every figure with its formula and inputs) on generated designs plus one client calling the first gateway; 3 warm-up runs, then 30 timed runs (10 at 10,000)',
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

