/**
 * Rules benchmark (part of `npm run bench`): evaluates every rule on generated designs of 1,000
 * and 10,000 components with every pattern declared (so every rule runs) and a web client
 * calling the first gateway (so request paths exist), and re-evaluates after one edit, as the
 * app does on each change.
 */
import { PATTERNS, applyCommand, checkDesign, recheck, type Design } from '../src/core';
import { designWithClient } from './generateDesign';
import { summarise, timeRuns } from './timing';

export const RULES_TARGETS = [
  { case: 'full evaluation', components: 1_000, medianMs: 20 },
  { case: 'full evaluation', components: 10_000, medianMs: 300 },
  { case: 're-evaluation after a move', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after a rename', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after a property change', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after a connection timeout change', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after a connection mode change', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after adding a component', components: 1_000, medianMs: 5 },
  { case: 're-evaluation after adding a connection', components: 1_000, medianMs: 5 },
] as const;

export interface RulesBenchRow {
  case: string;
  components: number;
  connections: number;
  findings: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  target: string;
  pass: boolean | undefined;
}

export interface RulesBenchReport {
  method: string;
  rows: RulesBenchRow[];
}

/** A generated design with every pattern declared and a client calling its first gateway. */
export function rulesBenchDesign(components: number): Design {
  return designWithClient(components, { patterns: [...PATTERNS] });
}

/** Warm-up runs: the app checks a design on every edit, so what matters is the engine once compiled by the JIT. */
const WARMUP = 10;

function row(name: string, design: Design, measured: { times: number[]; last: number }): RulesBenchRow {
  const target = RULES_TARGETS.find((t) => t.case === name && t.components === design.nodes.length - 1);
  return {
    case: name,
    components: design.nodes.length,
    connections: design.edges.length,
    findings: measured.last,
    ...summarise(measured.times, target?.medianMs),
  };
}

export function benchRules(): RulesBenchReport {
  const rows: RulesBenchRow[] = [];
  for (const size of [1_000, 10_000]) {
    process.stderr.write(`rules on ${size.toLocaleString('en-US')} components…\n`);
    const design = rulesBenchDesign(size);
    rows.push(row('full evaluation', design, timeRuns(size >= 10_000 ? 10 : 30, WARMUP, () => checkDesign(design).findings.length)));
    const target = design.nodes[Math.floor(design.nodes.length / 2)]!;
    const evaluation = checkDesign(design);
    // The app's path after an edit (the store's, for designs checked on the main thread).
    const recheckAfter = (edited: Design) => recheck(design, evaluation, edited).findings.length;
    const runs = size >= 10_000 ? 10 : 30;
    // The edits are applied before the clock starts: what is timed is bringing the findings up to date.
    const moved = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'set-boxes', boxes: { [target.id]: { x: i * 10, y: 0 } } }).design);
    const renamed = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'update-node', id: target.id, patch: { label: `Renamed ${i}` } }).design);
    const replicas = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'update-node', id: target.id, patch: { props: { ...target.props, replicas: 2 + i } } }).design);
    const call = design.edges[Math.floor(design.edges.length / 2)]!;
    const timeouts = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'update-edge', id: call.id, patch: { resilience: { ...call.resilience, timeoutMs: 100 + i } } }).design);
    const modes = Array.from({ length: runs + WARMUP }, () => applyCommand(design, { op: 'update-edge', id: call.id, patch: { mode: call.mode === 'sync' ? 'async' : 'sync' } }).design);
    const added = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'add-node', node: { ...target, id: `bench-added-${i}`, label: `Added ${i}` } }).design);
    const linked = Array.from({ length: runs + WARMUP }, (_, i) => applyCommand(design, { op: 'add-edge', edge: { ...call, id: `bench-link-${i}`, target: design.nodes[i]!.id === call.source ? design.nodes[i + 1]!.id : design.nodes[i]!.id } }).design);
    rows.push(row('re-evaluation after a move', design, timeRuns(runs, WARMUP, (i) => recheckAfter(moved[i]!))));
    rows.push(row('re-evaluation after a rename', design, timeRuns(runs, WARMUP, (i) => recheckAfter(renamed[i]!))));
    rows.push(row('re-evaluation after a property change', design, timeRuns(runs, WARMUP, (i) => recheckAfter(replicas[i]!))));
    rows.push(row('re-evaluation after a connection timeout change', design, timeRuns(runs, WARMUP, (i) => recheckAfter(timeouts[i]!))));
    rows.push(row('re-evaluation after a connection mode change', design, timeRuns(runs, WARMUP, (i) => recheckAfter(modes[i]!))));
    rows.push(row('re-evaluation after adding a component', design, timeRuns(runs, WARMUP, (i) => recheckAfter(added[i]!))));
    rows.push(row('re-evaluation after adding a connection', design, timeRuns(runs, WARMUP, (i) => recheckAfter(linked[i]!))));
  }
  return {
    method: 'the engine bundled as the app ships it (bench/asBuilt.ts), in a Node process of its own; checkDesign (every rule, every pattern declared) on generated designs plus one client; 10 warm-up runs (the app checks on every edit, so the engine runs JIT-compiled), then 30 timed runs (10 at 10,000); an edit is applyCommand then what the app does (recheck): a move (set-boxes) leaves every rule input unchanged and carries the findings over; a rename (update-node label) runs again only the rules whose findings named the component; a property change (replicas) or a connection setting change (a timeout, a mode) runs again only the rules that read it (the engine records what each rule reads); adding a component (connected to nothing, as when dropped from the palette) or a connection runs again only the rules that looked at what changed, scoped rules only on the elements within two steps of it, and computes again only the shared values that did (the engine records what each rule and shared value looks at of the structure)',
    rows,
  };
}

export function rulesMarkdown(report: RulesBenchReport): string {
  return [
    '',
    '## Rules engine',
    '',
    `Method: ${report.method}.`,
    '',
    '| Case | Components | Connections | Findings | Runs | Median (ms) | p95 (ms) | Max (ms) | Target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...report.rows.map((r) =>
      `| ${r.case} | ${r.components.toLocaleString('en-US')} | ${r.connections.toLocaleString('en-US')} | ${r.findings.toLocaleString('en-US')} | ${r.runs} | ${r.medianMs} | ${r.p95Ms} | ${r.maxMs} | ${r.target === '' ? '' : `${r.target}: ${r.pass ? '**pass**' : '**FAIL**'}`} |`),
    '',
  ].join('\n');
}

