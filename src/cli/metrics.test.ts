import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_SUFFIX, serializeDesign, type DesignMetrics } from '../core';
import { design, edge, fields, node } from '../core/testing/builders';
import { localizeDeep, runMetrics, type MetricsOptions } from './commands/metrics';
import { readInputs, type CliIo, type FileInput } from './io';
import { main } from './main';

const options = (extra: Partial<MetricsOptions> = {}): MetricsOptions => ({ lang: 'en', format: 'text', ...extra });

/** DOMAIN.md §2.4 as a file: 1,200 req/s through a gateway to 2 Triton replicas that need 6. */
const inference = (workload: object = {}) =>
  serializeDesign(
    design(
      node('web', 'web-client'),
      node('gw', 'api-gateway'),
      node('triton', 'triton', { props: { instanceType: 'aws:g5.xlarge', replicas: 2, zones: 2 } }),
      node('topic', 'kafka'),
      edge('e1', 'web', 'gw'),
      edge('e2', 'gw', 'triton', { resilience: { timeoutMs: 100 } }),
      edge('e3', 'triton', 'topic', { mode: 'async', protocol: 'kafka' }),
      fields({ id: 'gpu', name: 'GPU inference', workload: { peakRps: 1_200, headroomPct: 30, latencySloMs: 150, availabilityTargetPct: 99.9, ...workload } }),
    ),
  );
const file: FileInput = { file: 'gpu.archlab.json', text: inference() };

describe('runMetrics (text)', () => {
  it('prints the workload, sizing, latency, availability, cost and assumptions, and exits 0', () => {
    const result = runMetrics(file, options());
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toEqual([]);
    const text = result.stdout;
    expect(text[0]).toBe('Metrics of “GPU inference” (gpu.archlab.json)');
    expect(text).toContain('  Peak 1,200 req/s at each entry point without a rate of its own; headroom 30%');
    expect(text).toContain('  Load enters at: gw 1,200');
    expect(text.find((line) => line.startsWith('  triton '))).toMatch(/^ {2}triton +1,200 req\/s +2 +6 +171.4% +6 +OVER CAPACITY; 18 in flight$/);
    expect(text.find((line) => line.startsWith('  topic '))).toMatch(/partitions 12, needs 1; brokers 3, needs 3; storage 8,709 GB \(415 GB a day\), 1,000 GB configured$/);
    expect(text).toContain('  Over capacity: triton');
    expect(text).toContain('Latency: p99 worst case against the objective of 150 ms');
    expect(text.find((line) => line.startsWith('  gw: p50'))).toBe('  gw: p50 23.5 ms, p99 54.5 ms: within the objective, 95.5 ms to spare; largest share: triton (85.3%)');
    expect(text).toContain('    → triton: network across zones 1.5 ms + service 40 ms + queue 5 ms = 46.5 ms (85.3%)');
    expect(text.find((line) => line.startsWith('  gw: 99'))).toMatch(/^ {2}gw: 99.95%, 4.39 h of downtime a year: meets the target; weakest: gw \(99.95%\)$/);
    expect(text.find((line) => line.startsWith('  triton '))).toBeDefined();
    expect(text).toContain('Cost in USD per month, on demand');
    expect(text.filter((line) => /^ {2}triton +instances +4,406$/.test(line))).toHaveLength(1);
    expect(text.find((line) => line.startsWith('  Total: '))).toMatch(/^ {2}Total: [\d,]+ USD a month · [\d.]+ USD per million requests$/);
    expect(text.find((line) => line.startsWith('  Pricing models: '))).toMatch(/on demand [\d,]+ · spot [\d,]+ \(−[\d.]+%\) · 1-year commitment/);
    expect(text).toContain('  1 component not priced (clients, external systems, free services)');
    expect(text.at(-9)).toBe('  - Rates are peaks: monthly request counts and per-request prices take the peak rate around the clock, an upper bound.');
  });

  it('speaks French with --lang fr', () => {
    const text = runMetrics(file, options({ lang: 'fr' })).stdout;
    expect(text[0]).toBe('Métriques de « GPU inference » (gpu.archlab.json)');
    expect(text).toContain('  Pic de 1\u202f200 req/s à chaque point d’entrée sans débit propre ; marge 30 %');
    expect(text.find((line) => line.startsWith('  triton '))).toMatch(/CAPACITÉ DÉPASSÉE ; 18 en cours$/);
    expect(text.find((line) => line.startsWith('  gw : p50'))).toBe('  gw : p50 23,5 ms, p99 54,5 ms : dans l’objectif, avec 95,5 ms de marge ; plus grande part : triton (85,3 %)');
    expect(text).toContain('Hypothèses');
    expect(text.find((line) => line.startsWith('  topic '))).toMatch(/stockage 8\u202f709 Go \(415 Go par jour\), 1\u202f000 Go configurés$/);
  });

  it('flags timeouts longer than the budget left, and costs in euros', () => {
    const text = runMetrics({ file: 'gpu.archlab.json', text: inference({ latencySloMs: 40, currency: 'EUR', pricing: 'spot' }) }, options()).stdout;
    expect(text).toContain('  Timeouts longer than the budget left:');
    expect(text).toContain('    gw → triton (e2): 100 ms × 1 attempt(s), 38 ms left');
    expect(text.find((line) => line.includes('→ triton:'))).toMatch(/; waits up to 100 ms \(timeout × attempts\), more than the 38 ms left$/);
    expect(text).toContain('Cost in EUR per month, spot');
    expect(text.find((line) => line.startsWith('  - Prices are list prices in US dollars'))).toBe('  - Prices are list prices in US dollars, converted at 1 USD = 0.86 EUR (S90, 2026-11, an estimate).');
  });

  it('says so when there is no entry point and nothing to price', () => {
    const empty = runMetrics({ file: 'e.json', text: serializeDesign(design(node('web', 'web-client'))) }, options()).stdout;
    expect(empty).toContain('  No entry point: no request path to time.');
    expect(empty).toContain('  No entry point: no request path to weigh.');
    expect(empty).toContain('  Total: 0 USD a month');
  });

  it('replaces control characters in names', () => {
    const text = runMetrics({ file: 'x.json', text: serializeDesign(design(fields({ name: 'Evil\u001b[2J' }))) }, options()).stdout;
    expect(text[0]).toBe('Metrics of “Evil\uFFFD[2J” (x.json)');
  });
});

describe('runMetrics (json)', () => {
  it('prints { file, name, metrics } with every text in the chosen language', () => {
    const result = runMetrics(file, options({ format: 'json', lang: 'fr' }));
    expect(result.exitCode).toBe(0);
    type Localized<T> = T extends { en: string; fr: string } ? string : T extends object ? { [K in keyof T]: Localized<T[K]> } : T;
    const report = JSON.parse(result.stdout.join('\n')) as { file: string; name: string; metrics: Localized<DesignMetrics> };
    expect(Object.keys(report)).toEqual(['file', 'name', 'metrics']);
    expect(report).toMatchObject({ file: 'gpu.archlab.json', name: 'GPU inference' });
    const triton = report.metrics.nodes.find((n) => n.id === 'triton')!;
    expect(triton.sizing.replicas?.needed?.value).toBe(6);
    expect(triton.sizing.replicas?.needed?.formula).toMatch(/^arrondi supérieur/);
    expect(triton.cost.lines[0]!.monthly.value).toBeCloseTo(4_406.28, 6);
    expect(triton.cost.lines[0]!.monthly.sources).toEqual([{ id: 'S34', date: '2026-06-17', estimate: false }]);
    expect(report.metrics.overCapacity).toEqual(['triton']);
    expect(typeof report.metrics.assumptions[0]!.text).toBe('string');
  });

  it('localizes only { en, fr } pairs', () => {
    expect(localizeDeep({ a: { en: 'x', fr: 'y' }, b: [{ en: 'p', fr: 'q' }], c: { en: 'x', fr: 'y', other: 1 }, d: 3 }, 'fr')).toEqual({
      a: 'y',
      b: ['q'],
      c: { en: 'x', fr: 'y', other: 1 },
      d: 3,
    });
  });
});

describe('runMetrics (errors)', () => {
  it('exits 2 for an invalid design, its problems on standard error', () => {
    const broken = JSON.stringify({ format: 'archlab', version: 2, design: { id: 'x', name: '', nodes: 3 } });
    const result = runMetrics({ file: 'broken.json', text: broken }, options());
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toBe('broken.json: 2 problems');
  });

  it('exits 2 for a file it cannot read, in the user’s language', () => {
    const missing: FileInput = { file: 'missing.json', readError: 'ENOENT: no such file or directory', code: 'ENOENT' };
    expect(runMetrics(missing, options({ lang: 'fr' }))).toEqual({ stdout: [], stderr: ['impossible de lire missing.json : fichier introuvable'], exitCode: 2 });
  });
});

/** The shipped example designs. */
const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples')).filter((name) => name.endsWith(FILE_SUFFIX)).map((name) => join('examples', name)).sort();

describe('runMetrics over the examples', () => {
  it.each(examples)('%s: text and JSON in both languages', (example) => {
    const [input] = readInputs({ readText: (path) => readFileSync(join(root, path), 'utf8') } as CliIo, [example]);
    for (const lang of ['en', 'fr'] as const) {
      const text = runMetrics(input!, options({ lang }));
      expect(text.exitCode).toBe(0);
      expect(text.stdout.join('\n')).not.toMatch(/NaN|undefined|Infinity|\{\{/);
      const json = runMetrics(input!, options({ lang, format: 'json' }));
      const report = JSON.parse(json.stdout.join('\n')) as { metrics: { cost: { total: { value: number } } } };
      expect(report.metrics.cost.total.value).toBeGreaterThan(0);
    }
  });
});

/** main() over real files in a temporary folder. */
const dir = mkdtempSync(join(tmpdir(), 'archlab-metrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diskIo(env: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, writeOut: (t) => out.push(t), writeErr: (t) => err.push(t), readText: (path) => readFileSync(path, 'utf8'), env };
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('main metrics (in process)', () => {
  const good = join(dir, 'gpu.archlab.json');
  const broken = join(dir, 'broken.archlab.json');
  writeFileSync(good, inference());
  writeFileSync(broken, JSON.stringify({ format: 'archlab', version: 2, design: { id: 'x', name: '', nodes: 3 } }));

  it('prints the metrics and exits 0, in the environment’s language unless --lang says otherwise', async () => {
    const io = diskIo({ LANG: 'fr_FR.UTF-8' });
    expect(await main(argv('metrics', good), io)).toBe(0);
    expect(io.out.join('')).toContain('Dimensionnement');
    io.out.length = 0;
    expect(await main(argv('metrics', '--lang', 'en', '--format', 'json', good), io)).toBe(0);
    expect(JSON.parse(io.out.join('')).metrics.cost.currency).toBe('USD');
  });

  it('exits 2 for an invalid or missing file, and for bad options', async () => {
    const io = diskIo();
    expect(await main(argv('metrics', broken), io)).toBe(2);
    expect(io.err.join('')).toContain(`${broken}: 2 problems`);
    expect(await main(argv('metrics', join(dir, 'missing.json')), io)).toBe(2);
    expect(await main(argv('metrics', '--format', 'csv', good), io)).toBe(2);
    expect(await main(argv('metrics'), io)).toBe(2);
  });

  it('is listed in the help', async () => {
    const io = diskIo();
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('metrics [options] <file>');
  });
});
