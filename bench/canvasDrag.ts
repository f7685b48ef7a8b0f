/**
 * Canvas drag benchmark (part of `npm run bench`): builds the app and a bare React Flow page
 * (bench/bare), opens generated designs of 1,000 and 10,000 components in headless Chromium
 * and drags one node across the canvas, one pointer move per frame. Main-thread work comes
 * from the Chrome DevTools Protocol (Performance.getMetrics before and after the moves), long
 * tasks from a PerformanceObserver injected before the page loads. Never throws: a missing
 * Chromium or any failure becomes a `skipped` line in the report.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import { serializeDesign, type Design } from '../src/core';
import { toBareGraph } from './bare/graph';
import { generateDesign } from './generateDesign';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const APP_DIST = join(RESULTS_DIR, 'dist');
const BARE_ROOT = join(BENCH_DIR, 'bare');
const BARE_DIST = join(RESULTS_DIR, 'bare-dist');
const APP_PORT = 4195;
const BARE_PORT = 4196;
const HOST = '127.0.0.1';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1440, height: 900 };

export interface CanvasDragOptions {
  /** Design sizes in components (default 1,000 and 10,000). */
  sizes?: number[];
  /** Pointer moves per drag (default 60; 10 from 5,000 components, where one move can take seconds). */
  moves?: number;
  /** Measured drags per page and size, after one warm-up drag (default 3; 1 from 5,000 components). */
  drags?: number;
  /** Views to drag in (default both, see CanvasView). */
  views?: readonly CanvasView[];
  /** Hard limit for the whole benchmark; the browser is closed when it is reached (default 40 min). */
  timeoutMs?: number;
}

export type CanvasPage = 'ArchLab' | 'bare React Flow';

/**
 * Where the drag happens: `fit` on the whole design as it opens (fitView, as far out as minZoom
 * allows, every component in view); `editing` after finding the component as a person does to
 * work on it (Ctrl+K, its name, its result: the view centres on it at 100 %).
 */
export type CanvasView = 'fit' | 'editing';

export const VIEW_NAMES: Readonly<Record<CanvasView, string>> = {
  fit: 'whole design (fit view)',
  editing: 'found with Ctrl+K (100 %)',
};

/** One row of the canvas drag table: one page, one design size. */
export interface CanvasDragRow {
  page: CanvasPage;
  view: CanvasView;
  components: number;
  connections: number;
  groups: number;
  /** React Flow nodes and edges in the DOM once loaded (React Flow renders all unless told otherwise). */
  domNodes: number;
  domEdges: number;
  /** From handing the design to the page to the first node visible and a frame rendered after it. */
  loadMs: number;
  moves: number;
  drags: number;
  /** Median over the measured drags of main-thread task duration per pointer move (CDP TaskDuration). */
  workPerMoveMs: number;
  scriptPerMoveMs: number;
  layoutPerMoveMs: number;
  recalcStylePerMoveMs: number;
  /** Wall-clock time per move as the benchmark saw it (each move waits for two frames). */
  wallPerMoveMs: number;
  /** Work per move of the first (warm-up) drag: it also selects the node. */
  firstDragWorkPerMoveMs: number;
  /** Long tasks (> 50 ms) during all drags, warm-up included, and the longest of them. */
  longTasks: number;
  longestTaskMs: number;
  /** Did every drag move the node by about the pointer's distance? */
  dragVerified: boolean;
  jsHeapMb: number;
}

export interface CanvasDragTarget {
  description: string;
  value: string;
  pass: boolean;
}

export interface CanvasDragReport {
  /** Set when the benchmark could not run: why. */
  skipped?: string;
  browser?: string;
  method: string;
  rows: CanvasDragRow[];
  targets: CanvasDragTarget[];
}

/** Targets of the canvas drag benchmark. */
export const CANVAS_TARGETS = {
  /** ArchLab's work per move at most this many times the bare page's. */
  ratioToBare: 1.25,
  /** Work per move at 1,000 components (one 60 Hz frame). */
  workPerMoveMs: 16.7,
  workPerMoveAt: 1_000,
  /** No long task longer than this while dragging. */
  longTaskMs: 200,
  /** "Still usable" at 10,000 components (this benchmark's criterion): ≥ 20 updates per second. */
  usableAt: 10_000,
  usableWorkPerMoveMs: 50,
  /**
   * And frames keep coming: each move, as the benchmark sees it (the input's round trip and two
   * frames), within this. Main-thread work alone missed the painting threads: long dashed
   * connections once held the frames for seconds at the start of each drag.
   */
  usableWallPerMoveMs: 150,
} as const;

const METHOD = (runs: string) =>
  `Production builds (app: bench/results/dist with its CSP; bare React Flow page: bench/results/bare-dist) served by vite preview, ` +
  `headless Debian Chromium (${CHROMIUM_ARGS.join(' ')}), viewport ${VIEWPORT.width}×${VIEWPORT.height}, a fresh browser context per page. ` +
  'ArchLab opens the generated .archlab.json through its file input; the bare page gets the same groups (as "group" nodes), ' +
  'components (default nodes, same sizes and positions) and connections (default edges), sized like ArchLab\'s canvas, fitView, minZoom 0.1. ' +
  'Two views, each in a fresh page: the whole design as it opens (fit view), and editing: the component nearest the centre is found ' +
  'as a person finds it to work on it (ArchLab: Ctrl+K, its name, its result, which centres the view on it at 100 %; bare page: setCenter at zoom 1). ' +
  'The same component (the one nearest the canvas centre) is dragged across the canvas (20 % of its width, 15 % of its height) ' +
  `one pointer move per frame (each move waits for two animation frames), 1 warm-up drag then measured drags back and forth: ${runs}. ` +
  'Nodes / edges in DOM counts what is drawn: ArchLab draws still connections, and far out still components, itself (one layer per level) rather than through React Flow; ' +
  'far out, the dragged component is pressed on the canvas\'s own card and handed to React Flow, as a person\'s press is. ' +
  'Work per move = Δ TaskDuration (CDP Performance.getMetrics) / moves, median of the measured drags; script, layout and style likewise. ' +
  'Long tasks come from a PerformanceObserver("longtask") injected before load and cover every drag, warm-up included. ' +
  'Load = from setInputFiles (ArchLab) or the render call (bare) to the first .react-flow__node visible and two frames rendered.';

interface Probe {
  __longTasks: { start: number; duration: number }[];
  __graph?: unknown;
  __renderGraph?: (graph: unknown) => void;
  /** The bare page's view centred on a node at a zoom (bench/bare/main.tsx). */
  __centreOn?: (id: string, zoom: number) => Promise<boolean>;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits for two animation frames: whatever the last input caused has been rendered. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  await frames(page);
}

interface Target {
  id: string;
  x: number;
  y: number;
}

/**
 * The node to drag: `preferId` if its centre is on the canvas and hit by the pointer there,
 * else the node of `selector` nearest the canvas centre that is.
 */
async function pickNode(page: Page, selector: string, preferId?: string): Promise<Target & { canvas: { x: number; y: number; width: number; height: number } }> {
  return page.evaluate(
    ({ selector, preferId }) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const cx = pane.x + pane.width / 2;
      const cy = pane.y + pane.height / 2;
      const candidates = [...document.querySelectorAll<HTMLElement>(selector)]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { el, id: el.dataset.id ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
        })
        .filter((c) => c.x > pane.x + 20 && c.x < pane.x + pane.width - 20 && c.y > pane.y + 20 && c.y < pane.y + pane.height - 20)
        .filter((c) => c.el.contains(document.elementFromPoint(c.x, c.y)))
        .sort((a, b) => Number(b.id === preferId) - Number(a.id === preferId) || Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
      const best = candidates[0];
      if (best === undefined) throw new Error(`no draggable ${selector} on the canvas`);
      return { id: best.id, x: best.x, y: best.y, canvas: { x: pane.x, y: pane.y, width: pane.width, height: pane.height } };
    },
    { selector, preferId },
  );
}

async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (box === null) throw new Error(`node ${id} is not on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

interface DragSample {
  workMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  wallMs: number;
  longTasks: { start: number; duration: number }[];
  moved: boolean;
}

/** One drag of node `id` by (dx, dy) screen pixels in `moves` pointer moves, one per frame. */
async function drag(page: Page, cdp: CDPSession, id: string, dx: number, dy: number, moves: number, settleMs: number): Promise<DragSample> {
  const from = await nodeCentre(page, id);
  await page.mouse.move(from.x, from.y);
  await frames(page);
  await page.mouse.down();
  await frames(page);
  const startedAt = await page.evaluate(() => performance.now());
  const before = await metrics(cdp);
  const t0 = performance.now();
  for (let i = 1; i <= moves; i += 1) {
    await page.mouse.move(from.x + (dx * i) / moves, from.y + (dy * i) / moves);
    await frames(page);
  }
  const wallMs = (performance.now() - t0) / moves;
  const after = await metrics(cdp);
  const endedAt = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await settle(page, settleMs);
  const to = await nodeCentre(page, id);
  // Snapping to the grid may move the node a little more or less than the pointer.
  const moved = Math.abs(to.x - from.x - dx) < Math.max(12, Math.abs(dx) * 0.2) && Math.abs(to.y - from.y - dy) < Math.max(12, Math.abs(dy) * 0.2);
  const longTasks = await page.evaluate(
    ({ startedAt, endedAt }) =>
      (window as unknown as Probe).__longTasks.filter((t) => t.start + t.duration >= startedAt && t.start <= endedAt),
    { startedAt, endedAt },
  );
  const per = (name: string) => ((after[name]! - before[name]!) * 1000) / moves;
  return {
    workMs: per('TaskDuration'),
    scriptMs: per('ScriptDuration'),
    layoutMs: per('LayoutDuration'),
    styleMs: per('RecalcStyleDuration'),
    wallMs,
    longTasks,
    moved,
  };
}

/** What the benchmark is doing, for the message when it fails or times out. */
const stage = { current: 'starting' };

interface PageRun {
  row: CanvasDragRow;
  canvas: { width: number; height: number };
  draggedId: string;
}

async function measurePage(
  browser: Browser,
  kind: CanvasPage,
  design: Design,
  file: string,
  options: { view: CanvasView; moves: number; drags: number; canvas?: { width: number; height: number }; preferId?: string },
): Promise<PageRun> {
  const name = `${kind}, ${design.nodes.length.toLocaleString('en-US')} components, ${VIEW_NAMES[options.view]}`;
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const big = design.nodes.length >= 5_000;
    page.setDefaultTimeout(big ? 240_000 : 90_000);
    await page.addInitScript(() => {
      const probe = window as unknown as Probe;
      probe.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    let loadMs: number;
    stage.current = `${name}, loading`;
    if (kind === 'ArchLab') {
      await page.goto(`http://${HOST}:${APP_PORT}/`);
      await page.locator('.react-flow').waitFor({ state: 'visible' });
      await page.locator('[data-testid="open-file-input"]').waitFor({ state: 'attached' });
      await settle(page, 500);
      const t0 = performance.now();
      await page.setInputFiles('[data-testid="open-file-input"]', file);
      await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
      await frames(page);
      loadMs = performance.now() - t0;
    } else {
      await page.goto(`http://${HOST}:${BARE_PORT}/`);
      await page.waitForFunction(() => typeof (window as unknown as Probe).__renderGraph === 'function');
      const graph = toBareGraph(design, options.canvas ?? VIEWPORT);
      await page.evaluate((g) => {
        (window as unknown as Probe).__graph = g;
      }, graph);
      const t0 = performance.now();
      await page.evaluate(() => {
        const probe = window as unknown as Probe;
        probe.__renderGraph!(probe.__graph);
      });
      await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
      await frames(page);
      loadMs = performance.now() - t0;
    }
    process.stderr.write(`canvas drag:   ${name}: loaded in ${round(loadMs, 0)} ms\n`);
    // Let the page finish what opening started (autosave, notices) before dragging.
    await settle(page, big ? 3_000 : 1_500);

    const selector = kind === 'ArchLab' ? '.react-flow__node-component' : '.react-flow__node-default';
    if (options.view === 'editing') {
      stage.current = `${name}, finding the component`;
      await findComponent(page, kind, design, (await pickNode(page, selector, options.preferId)).id);
      await settle(page, big ? 2_000 : 1_000);
    }
    const target = await pickNode(page, selector, options.preferId);
    const dx = Math.round(target.canvas.width * 0.2);
    const dy = Math.round(target.canvas.height * 0.15);
    const counts = await page.evaluate(() => ({
      nodes: document.querySelectorAll('.react-flow__node').length,
      edges: document.querySelectorAll('.react-flow__edge').length,
    }));
    const settleMs = big ? 2_000 : 1_000;
    const samples: DragSample[] = [];
    for (let i = 0; i <= options.drags; i += 1) {
      const sign = i % 2 === 0 ? 1 : -1;
      stage.current = `${name}, drag ${i + 1} of ${options.drags + 1}`;
      const sample = await drag(page, cdp, target.id, sign * dx, sign * dy, options.moves, settleMs);
      samples.push(sample);
      process.stderr.write(`canvas drag:   ${stage.current}: ${round(sample.workMs, 1)} ms work per move\n`);
    }
    const measured = samples.slice(1);
    const longTasks = samples.flatMap((s) => s.longTasks);
    const heap = await metrics(cdp);
    return {
      canvas: { width: target.canvas.width, height: target.canvas.height },
      draggedId: target.id,
      row: {
        page: kind,
        view: options.view,
        components: design.nodes.length,
        connections: design.edges.length,
        groups: design.groups.length,
        domNodes: counts.nodes,
        domEdges: counts.edges,
        loadMs: round(loadMs, 0),
        moves: options.moves,
        drags: options.drags,
        workPerMoveMs: round(median(measured.map((s) => s.workMs)), 2),
        scriptPerMoveMs: round(median(measured.map((s) => s.scriptMs)), 2),
        layoutPerMoveMs: round(median(measured.map((s) => s.layoutMs)), 2),
        recalcStylePerMoveMs: round(median(measured.map((s) => s.styleMs)), 2),
        wallPerMoveMs: round(median(measured.map((s) => s.wallMs)), 1),
        firstDragWorkPerMoveMs: round(samples[0]!.workMs, 2),
        longTasks: longTasks.length,
        longestTaskMs: round(Math.max(0, ...longTasks.map((t) => t.duration)), 0),
        dragVerified: samples.every((s) => s.moved),
        jsHeapMb: round((heap.JSHeapUsedSize ?? 0) / 1024 / 1024, 1),
      },
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Centres the view on component `id` at 100 %: in ArchLab as a person does (Ctrl+K, its name,
 * its result), on the bare page with React Flow's setCenter.
 */
async function findComponent(page: Page, kind: CanvasPage, design: Design, id: string): Promise<void> {
  if (kind === 'ArchLab') {
    const label = design.nodes.find((n) => n.id === id)?.label ?? '';
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill(label);
    await dialog.locator(`[id="search-${id}"]`).click();
    await dialog.waitFor({ state: 'detached' });
  } else {
    const centred = await page.evaluate((nodeId) => (window as unknown as Probe).__centreOn!(nodeId, 1), id);
    if (!centred) throw new Error(`the bare page has no node ${id}`);
  }
}

async function buildPages(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_DIST, emptyOutDir: true } });
  await build({
    configFile: false,
    root: BARE_ROOT,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_DIST, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
}

function closeServer(server: PreviewServer | undefined): Promise<void> {
  if (server === undefined) return Promise.resolve();
  return server.close().catch(() => undefined);
}

function evaluateTargets(rows: readonly CanvasDragRow[]): CanvasDragTarget[] {
  const targets: CanvasDragTarget[] = [];
  const find = (page: CanvasPage, components: number, view: CanvasView) =>
    rows.find((r) => r.page === page && r.components === components && r.view === view);
  const sizes = [...new Set(rows.map((r) => r.components))];
  const views = (Object.keys(VIEW_NAMES) as CanvasView[]).filter((v) => rows.some((r) => r.view === v));
  const where = (size: number, view: CanvasView) => `${size.toLocaleString('en-US')} components, ${VIEW_NAMES[view]}`;
  for (const size of sizes) {
    for (const view of views) {
      const app = find('ArchLab', size, view);
      const bare = find('bare React Flow', size, view);
      if (app === undefined || bare === undefined) continue;
      const ratio = app.workPerMoveMs / bare.workPerMoveMs;
      targets.push({
        description: `${where(size, view)}: ArchLab work per move ≤ ${CANVAS_TARGETS.ratioToBare}× the bare React Flow page`,
        value: `${round(ratio, 2)}× (${app.workPerMoveMs} ms vs ${bare.workPerMoveMs} ms)`,
        pass: ratio <= CANVAS_TARGETS.ratioToBare,
      });
    }
  }
  for (const view of views) {
    const at = find('ArchLab', CANVAS_TARGETS.workPerMoveAt, view);
    if (at === undefined) continue;
    targets.push({
      description: `${where(CANVAS_TARGETS.workPerMoveAt, view)}: ArchLab main-thread work per move ≤ ${CANVAS_TARGETS.workPerMoveMs} ms`,
      value: `${at.workPerMoveMs} ms (${at.domNodes.toLocaleString('en-US')} components and ${at.domEdges.toLocaleString('en-US')} connections drawn)`,
      pass: at.workPerMoveMs <= CANVAS_TARGETS.workPerMoveMs,
    });
  }
  for (const row of rows.filter((r) => r.page === 'ArchLab')) {
    targets.push({
      description: `${where(row.components, row.view)}: no long task > ${CANVAS_TARGETS.longTaskMs} ms while dragging (ArchLab)`,
      value: `longest ${row.longestTaskMs} ms (${row.longTasks} long tasks > 50 ms)`,
      pass: row.longestTaskMs <= CANVAS_TARGETS.longTaskMs,
    });
  }
  for (const view of views) {
    const usable = find('ArchLab', CANVAS_TARGETS.usableAt, view);
    if (usable === undefined) continue;
    targets.push({
      description:
        `${where(CANVAS_TARGETS.usableAt, view)}: still usable (this benchmark's criterion: drag verified, ` +
        `work per move ≤ ${CANVAS_TARGETS.usableWorkPerMoveMs} ms, i.e. ≥ 20 updates/s, and wall time per move ≤ ${CANVAS_TARGETS.usableWallPerMoveMs} ms)`,
      value: `${usable.workPerMoveMs} ms work and ${usable.wallPerMoveMs} ms wall per move, load ${usable.loadMs} ms, longest task ${usable.longestTaskMs} ms`,
      pass: usable.dragVerified && usable.workPerMoveMs <= CANVAS_TARGETS.usableWorkPerMoveMs && usable.wallPerMoveMs <= CANVAS_TARGETS.usableWallPerMoveMs,
    });
  }
  for (const row of rows.filter((r) => !r.dragVerified)) {
    targets.push({ description: `${row.page}, ${where(row.components, row.view)}: the dragged node followed the pointer`, value: 'no', pass: false });
  }
  return targets;
}

/** Runs the canvas drag benchmark. Never throws: failures come back as `skipped`. */
export async function benchCanvasDrag(options: CanvasDragOptions = {}): Promise<CanvasDragReport> {
  const sizes = options.sizes ?? [1_000, 10_000];
  const views = options.views ?? (['fit', 'editing'] as const);
  const movesFor = (size: number) => options.moves ?? (size >= 5_000 ? 10 : 60);
  const dragsFor = (size: number) => options.drags ?? (size >= 5_000 ? 1 : 3);
  const method = METHOD(sizes.map((size) => `${movesFor(size)} moves × (1 + ${dragsFor(size)}) drags at ${size.toLocaleString('en-US')} components`).join(', '));
  const rows: CanvasDragRow[] = [];
  if (!existsSync(CHROMIUM)) {
    return { skipped: `Chromium not found at ${CHROMIUM} (install it: sudo apt-get install -y chromium); canvas drag benchmark skipped.`, method, rows, targets: [] };
  }

  let appServer: PreviewServer | undefined;
  let bareServer: PreviewServer | undefined;
  let browser: Browser | undefined;
  let timedOut = false;
  const watchdog = setTimeout(() => {
    timedOut = true;
    void browser?.close().catch(() => undefined);
  }, options.timeoutMs ?? 40 * 60_000);
  try {
    mkdirSync(RESULTS_DIR, { recursive: true });
    stage.current = 'building';
    process.stderr.write('canvas drag: building the app and the bare React Flow page…\n');
    await buildPages();
    appServer = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: APP_DIST },
      preview: { host: HOST, port: APP_PORT, strictPort: true, open: false },
    });
    bareServer = await preview({
      configFile: false,
      root: BARE_ROOT,
      logLevel: 'warn',
      build: { outDir: BARE_DIST },
      preview: { host: HOST, port: BARE_PORT, strictPort: true, open: false },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const version = browser.version();

    for (const size of sizes) {
      const design = generateDesign(size);
      const file = join(RESULTS_DIR, `canvas-${size}.archlab.json`);
      writeFileSync(file, serializeDesign(design));
      process.stderr.write(`canvas drag: ${size.toLocaleString('en-US')} components, ArchLab…\n`);
      const [moves, drags] = [movesFor(size), dragsFor(size)];
      for (const view of views) {
        const app = await measurePage(browser, 'ArchLab', design, file, { view, moves, drags });
        rows.push(app.row);
        process.stderr.write(`canvas drag: ${size.toLocaleString('en-US')} components, bare React Flow…\n`);
        const bare = await measurePage(browser, 'bare React Flow', design, file, { view, moves, drags, canvas: app.canvas, preferId: app.draggedId });
        rows.push(bare.row);
      }
    }
    return { browser: `Chromium ${version}`, method, rows, targets: evaluateTargets(rows) };
  } catch (error) {
    const reason = timedOut ? 'timed out' : error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const message = `${reason} (at: ${stage.current})`;
    return { skipped: `canvas drag benchmark failed: ${message}`, method, rows, targets: evaluateTargets(rows) };
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    await closeServer(appServer);
    await closeServer(bareServer);
  }
}

/** The report's section for the canvas drag benchmark. */
export function canvasDragMarkdown(report: CanvasDragReport): string {
  const lines = ['', '## Canvas drag (headless Chromium)', ''];
  if (report.skipped !== undefined) lines.push(`- **Skipped**: ${report.skipped}`);
  if (report.browser !== undefined) lines.push(`- Browser: ${report.browser}`);
  lines.push(`- Method: ${report.method}`, '');
  if (report.rows.length > 0) {
    lines.push(
      '| Page | View | Components | Connections | Nodes / edges in DOM | Moves × drags | Load to interactive (ms) | Work/move (ms) | Script/move (ms) | Layout/move (ms) | Style/move (ms) | Wall/move (ms) | 1st drag work/move (ms) | Long tasks > 50 ms | Longest task (ms) | Drag verified | JS heap (MB) |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
      ...report.rows.map(
        (r) =>
          `| ${r.page} | ${VIEW_NAMES[r.view]} | ${r.components.toLocaleString('en-US')} | ${r.connections.toLocaleString('en-US')} | ${r.domNodes.toLocaleString('en-US')} / ${r.domEdges.toLocaleString('en-US')} | ${r.moves} × (1 + ${r.drags}) | ${r.loadMs.toLocaleString('en-US')} | ${r.workPerMoveMs} | ${r.scriptPerMoveMs} | ${r.layoutPerMoveMs} | ${r.recalcStylePerMoveMs} | ${r.wallPerMoveMs} | ${r.firstDragWorkPerMoveMs} | ${r.longTasks} | ${r.longestTaskMs} | ${r.dragVerified ? 'yes' : '**no**'} | ${r.jsHeapMb} |`,
      ),
      '',
    );
  }
  if (report.targets.length > 0) {
    lines.push('Targets:', '', ...report.targets.map((t) => `- ${t.description}: ${t.value} → ${t.pass ? '**pass**' : '**FAIL**'}`), '');
  }
  return lines.join('\n');
}
