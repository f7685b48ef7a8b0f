/**
 * `npm run bench`: measures loading (parse and validate) and saving (serialize) designs of 100,
 * 1,000 and 10,000 components, writes bench/results/report.json and report.md, and prints the
 * table. Speed targets live here, never in unit tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseDesignText, serializeDesign, type Design } from '../src/core';
import { generateDesign } from './generateDesign';
import { benchLayout, layoutMarkdown, type LayoutBenchReport } from './layout';
import { benchCanvasDrag, canvasDragMarkdown, type CanvasDragReport } from './canvasDrag';
import { runAsBuilt } from './asBuilt';
import { rulesMarkdown, type RulesBenchReport } from './rules';
import { metricsMarkdown, type MetricsBenchReport } from './metrics';

const SIZES = [100, 1_000, 10_000];
const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

/** The target the report checks: parse and validate of 10,000 components, median. */
const TARGET = { operation: 'parse+validate', components: 10_000, medianMs: 300 } as const;

/** A timed budget per benchmark: at least MIN_RUNS runs, more while they fit in the budget. */
const MIN_RUNS = 10;
const MAX_RUNS = 50;
const BUDGET_MS = 15_000;
const WARMUP_RUNS = 3;

// A garbage collector we can call, to measure the heap the result keeps alive.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Stats {
  operation: string;
  components: number;
  connections: number;
  groups: number;
  decisions: number;
  fileKb: number;
  warmupRuns: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /** Heap in use right after one run, with its result alive (MB). */
  heapUsedMb: number;
  /** Heap kept alive by one run's result (MB): after minus before, both after a full GC. */
  retainedMb: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

function measure(operation: string, design: Design, text: string, run: () => unknown): Stats {
  for (let i = 0; i < WARMUP_RUNS; i += 1) run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < MIN_RUNS || (times.length < MAX_RUNS && performance.now() - started < BUDGET_MS)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    // Fewer runs when one takes very long: stop after 3 once four budgets are spent.
    if (times.length >= 3 && performance.now() - started > 4 * BUDGET_MS) break;
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = run();
  const heapUsed = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  if (kept === undefined) throw new Error('unreachable: keeps the result alive until here');

  const sorted = [...times].sort((a, b) => a - b);
  return {
    operation,
    components: design.nodes.length,
    connections: design.edges.length,
    groups: design.groups.length,
    decisions: design.decisions.length,
    fileKb: round(Buffer.byteLength(text) / 1024, 0),
    warmupRuns: WARMUP_RUNS,
    runs: times.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0]!),
    maxMs: round(sorted.at(-1)!),
    heapUsedMb: mb(heapUsed),
    retainedMb: mb(Math.max(0, retained)),
  };
}

function benchSize(components: number): Stats[] {
  const design = generateDesign(components);
  const text = serializeDesign(design);
  const check = parseDesignText(text);
  if (!check.ok) throw new Error(`generated design of ${components} components is invalid: ${check.problems[0]?.message}`);
  return [
    measure('JSON.parse only', design, text, () => JSON.parse(text) as unknown),
    measure('parse+validate', design, text, () => parseDesignText(text)),
    measure('parse+validate, no eval (browser)', design, text, () => parseDesignText(text, { jitless: true })),
    measure('serialize', design, text, () => serializeDesign(design)),
  ];
}

function markdown(report: Report): string {
  const header =
    '| Operation | Components | Connections | Groups | File (kB) | Runs | Median (ms) | p95 (ms) | Min (ms) | Heap used (MB) | Retained (MB) | Target |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const rows = report.results.map((s) => {
    const isTarget = s.operation === TARGET.operation && s.components === TARGET.components;
    const target = isTarget ? `≤ ${TARGET.medianMs} ms median: ${report.target.pass ? '**pass**' : '**FAIL**'}` : '';
    return `| ${s.operation} | ${s.components.toLocaleString('en-US')} | ${s.connections.toLocaleString('en-US')} | ${s.groups} | ${s.fileKb.toLocaleString('en-US')} | ${s.runs} | ${s.medianMs} | ${s.p95Ms} | ${s.minMs} | ${s.heapUsedMb} | ${s.retainedMb} | ${target} |`;
  });
  return [
    '# ArchLab benchmark: design files',
    '',
    `- Date: ${report.date}`,
    `- Node: ${report.node} (${report.platform})`,
    `- CPU: ${report.cpu} (${report.cores} logical cores)`,
    `- Method: ${report.method}`,
    `- Target: ${report.target.description}: ${report.target.medianMs} ms → ${report.target.pass ? 'pass' : 'FAIL'}`,
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n');
}

interface Report {
  date: string;
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  method: string;
  target: { description: string; limitMs: number; medianMs: number; pass: boolean };
  results: Stats[];
  /** Auto-layout with ELK (bench/layout.ts). */
  layout: LayoutBenchReport;
  /** Dragging a node on the canvas in headless Chromium (bench/canvasDrag.ts). */
  canvasDrag: CanvasDragReport;
  /** The rules engine (bench/rules.ts). */
  rules: RulesBenchReport;
  /** The metrics calculators (bench/metrics.ts). */
  metrics: MetricsBenchReport;
}

const results = SIZES.flatMap((size) => {
  process.stderr.write(`benchmarking ${size.toLocaleString('en-US')} components…\n`);
  return benchSize(size);
});
// The engines as the app ships them (bench/asBuilt.ts explains why not under tsx).
const rules = await runAsBuilt<RulesBenchReport>('rules.ts', 'benchRules');
const metrics = await runAsBuilt<MetricsBenchReport>('metrics.ts', 'benchMetrics');
const layout = await benchLayout();
const canvasDrag = await benchCanvasDrag();
const targetStats = results.find((s) => s.operation === TARGET.operation && s.components === TARGET.components)!;
const report: Report = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  method:
    `${WARMUP_RUNS} warm-up runs, then at least ${MIN_RUNS} timed runs (up to ${MAX_RUNS} within ${BUDGET_MS / 1000} s); ` +
    'parse+validate is parseDesignText on the serialized file (JSON.parse, envelope, migrations, zod, integrity checks); ' +
      'the "no eval" row parses as the browser app does under its Content-Security-Policy (zod without compiled validators); ' +
    'heap used is measured right after one run with its result alive; retained is what that result keeps after a full GC',
  target: {
    description: `${TARGET.components.toLocaleString('en-US')} components ${TARGET.operation} ≤ ${TARGET.medianMs} ms median`,
    limitMs: TARGET.medianMs,
    medianMs: targetStats.medianMs,
    pass: targetStats.medianMs <= TARGET.medianMs,
  },
  results,
  layout,
  canvasDrag,
  rules,
  metrics,
};

mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
const md = markdown(report) + rulesMarkdown(report.rules) + metricsMarkdown(report.metrics) + layoutMarkdown(report.layout) + canvasDragMarkdown(report.canvasDrag);
writeFileSync(join(RESULTS_DIR, 'report.md'), md);
process.stdout.write(md);
process.stdout.write(`\nwrote ${join(RESULTS_DIR, 'report.md')} and report.json\n`);
