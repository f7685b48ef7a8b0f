/**
 * Auto-layout benchmark (part of `npm run bench`): lays out generated designs of 100, 500 and
 * 1,000 components with ELK (layered, left to right), end to end as the app does it: design to
 * ELK graph, ELK, back to one command. It runs the bundled ELK in Node, the same compiled ELK
 * the app runs in its Web Worker. Each run also checks the result: no two components overlap.
 */
import { applyCommand, type Design } from '../src/core';
import { layoutDesign, LAYOUT_THOROUGHNESS, type LayoutDirection } from '../src/core/layout';
import { createNodeLayoutEngine } from '../src/cli/layoutEngine';
import { generateDesign } from './generateDesign';

export const LAYOUT_SIZES = [100, 500, 1_000];

/** The target the report checks: layout of 500 components, median. */
export const LAYOUT_TARGET = { components: 500, medianMs: 2_000 } as const;

const WARMUP_RUNS = 1;
/** Timed runs: fewer for the largest design, whose runs take seconds. */
const runsFor = (components: number) => (components >= 1_000 ? 3 : 5);
const TIMEOUT_MS = 120_000;

export interface LayoutBenchRow {
  components: number;
  connections: number;
  groups: number;
  direction: LayoutDirection;
  /** ELK's crossing-minimisation effort for this size (see LAYOUT_THOROUGHNESS). */
  thoroughness: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Width × height of the laid-out drawing (px). */
  drawing: string;
  /** Pairs of components whose boxes overlap after layout (must be 0). */
  overlaps: number;
}

export interface LayoutBenchReport {
  method: string;
  target: { description: string; limitMs: number; medianMs: number; pass: boolean };
  rows: LayoutBenchRow[];
}

const round = (value: number) => Number(value.toFixed(1));

/** Pairs of overlapping component boxes, by a sweep over x. */
function countOverlaps(design: Design): number {
  const boxes = design.nodes
    .map((n) => design.layout.elements[n.id])
    .filter((b) => b !== undefined)
    .map((b) => ({ x: b.x, y: b.y, w: b.width ?? 200, h: b.height ?? 72 }))
    .sort((a, b) => a.x - b.x);
  let overlaps = 0;
  boxes.forEach((a, i) => {
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.x + a.w; j += 1) {
      const b = boxes[j]!;
      if (a.y < b.y + b.h && b.y < a.y + a.h) overlaps += 1;
    }
  });
  return overlaps;
}

function drawingSize(design: Design): string {
  let width = 0;
  let height = 0;
  for (const box of Object.values(design.layout.elements)) {
    width = Math.max(width, box.x + (box.width ?? 200));
    height = Math.max(height, box.y + (box.height ?? 72));
  }
  return `${Math.round(width).toLocaleString('en-US')} × ${Math.round(height).toLocaleString('en-US')}`;
}

export async function benchLayout(sizes: readonly number[] = LAYOUT_SIZES): Promise<LayoutBenchReport> {
  const engine = createNodeLayoutEngine();
  const direction: LayoutDirection = 'LR';
  const rows: LayoutBenchRow[] = [];
  for (const size of sizes) {
    process.stderr.write(`layout: ${size.toLocaleString('en-US')} components…\n`);
    const design = generateDesign(size);
    for (let i = 0; i < WARMUP_RUNS; i += 1) await layoutDesign(design, direction, engine, TIMEOUT_MS);
    const times: number[] = [];
    let laidOut = design;
    for (let i = 0; i < runsFor(size); i += 1) {
      const t0 = performance.now();
      const command = await layoutDesign(design, direction, engine, TIMEOUT_MS);
      times.push(performance.now() - t0);
      laidOut = applyCommand(design, command).design;
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({
      components: design.nodes.length,
      connections: design.edges.length,
      groups: design.groups.length,
      direction,
      thoroughness: size >= LAYOUT_THOROUGHNESS.largeFrom ? LAYOUT_THOROUGHNESS.large : LAYOUT_THOROUGHNESS.small,
      runs: times.length,
      medianMs: round(sorted[Math.floor((sorted.length - 1) / 2)]!),
      minMs: round(sorted[0]!),
      maxMs: round(sorted.at(-1)!),
      drawing: drawingSize(laidOut),
      overlaps: countOverlaps(laidOut),
    });
  }
  const targetRow = rows.find((r) => r.components === LAYOUT_TARGET.components);
  const medianMs = targetRow?.medianMs ?? Number.NaN;
  return {
    method:
      `layoutDesign end to end (design → ELK graph → ELK layered, hierarchy included → one command), direction LR, ` +
      `on designs from bench/generateDesign.ts (components in zones in regions in one system, 1.5 connections per component, ` +
      `many of them crossing group borders); ${WARMUP_RUNS} warm-up run, then ${runsFor(100)} timed runs (${runsFor(1_000)} at 1,000 components), median. ` +
      'Node runs the bundled ELK (elkjs/lib/elk.bundled.js), the same compiled ELK as the app\'s worker. ' +
      'In the app the layout runs in a Web Worker (src/platform/layoutWorker.ts), so the main thread is not blocked while it runs: ' +
      'these figures are the wait before the new layout appears, not a freeze of the page.',
    target: {
      description: `${LAYOUT_TARGET.components} components auto-layout ≤ ${LAYOUT_TARGET.medianMs / 1000} s median`,
      limitMs: LAYOUT_TARGET.medianMs,
      medianMs,
      pass: medianMs <= LAYOUT_TARGET.medianMs,
    },
    rows,
  };
}

/** The report's section for the auto-layout benchmark. */
export function layoutMarkdown(report: LayoutBenchReport): string {
  const isTarget = (row: LayoutBenchRow) => row.components === LAYOUT_TARGET.components;
  return [
    '',
    '## Auto-layout (ELK)',
    '',
    `- Method: ${report.method}`,
    `- Target: ${report.target.description}: ${report.target.medianMs} ms → ${report.target.pass ? 'pass' : 'FAIL'}`,
    '',
    '| Components | Connections | Groups | Direction | Thoroughness | Runs | Median (ms) | Min (ms) | Max (ms) | Drawing (px) | Overlapping components | Target |',
    '|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---|',
    ...report.rows.map(
      (r) =>
        `| ${r.components.toLocaleString('en-US')} | ${r.connections.toLocaleString('en-US')} | ${r.groups} | ${r.direction} | ${r.thoroughness} | ${r.runs} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.drawing} | ${r.overlaps} | ${
          isTarget(r) ? `≤ ${LAYOUT_TARGET.medianMs / 1000} s median: ${report.target.pass ? '**pass**' : '**FAIL**'}` : ''
        } |`,
    ),
    '',
  ].join('\n');
}
