import { describe, expect, it } from 'vitest';
import { getLab, serializeDesign, startLab, type Design } from '../core';
import { SOLUTIONS } from '../core/labs/solutions';
import { runLabCheck, type LabReport } from './commands/checkLab';
import type { CliIo, FileInput } from './io';
import { main } from './main';

function ids(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${(n += 1)}`;
}

const lab3 = getLab(3)!;
const lab1 = getLab(1)!;
const start3 = () => startLab(lab3, 'sizing', 'en', ids());
const solved3 = () => SOLUTIONS[3]!.sizing!(start3());
const input = (d: Design, file = 'sizing.archlab.json'): FileInput => ({ file, text: serializeDesign(d) });
const options = (overrides: Partial<Parameters<typeof runLabCheck>[2]> = {}) => ({ lang: 'en' as const, format: 'text' as const, ...overrides });

/** A CLI run in memory: files by path, output captured. */
function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    writeOut: (t) => out.push(t),
    writeErr: (t) => err.push(t),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    env: {},
  };
  return { io, out, err };
}

async function run(args: string[], files: Record<string, string>) {
  const { io, out, err } = memoryIo(files);
  const code = await main(['node', 'archlab', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('runLabCheck (text)', () => {
  it('prints each objective with ✓ or ✗ and what was measured, then the count; exit 1 while one fails', () => {
    const result = runLabCheck([input(start3())], lab3, options());
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([]);
    const [title, blank, ...rest] = result.stdout;
    expect(title).toBe('Lab 3 (IA007 module 3): Sizing an AI infrastructure: capacity needs, high availability, multi-cloud strategy, cost estimate');
    expect(blank).toBe('');
    expect(rest).toHaveLength(lab3.parts[0]!.objectives.length + 1);
    expect(rest[0]).toMatch(/^ {2}✗ {2}capacity {2}Enough capacity for the peak — 2 findings, the first: /);
    expect(rest).toContain('  ✗  multi-cloud  An accepted decision on the multi-cloud strategy — 0 accepted decision records, needs at least 1');
    expect(rest.at(-1)).toMatch(/^sizing\.archlab\.json: \d of 7 objectives met$/);
  });

  it('says the lab is complete and exits 0 when every objective is met', () => {
    const result = runLabCheck([input(solved3())], lab3, options());
    expect(result.exitCode).toBe(0);
    expect(result.stdout.filter((l) => l.startsWith('  ✗'))).toEqual([]);
    expect(result.stdout.at(-1)).toBe('sizing.archlab.json: lab complete, 7 of 7 objectives met');
  });

  it('speaks French', () => {
    const result = runLabCheck([input(start3())], lab3, options({ lang: 'fr' }));
    expect(result.stdout[0]).toMatch(/^Atelier 3 \(module 3 d’IA007\)\u00a0: Dimensionnement/);
    expect(result.stdout).toContain('  ✗  multi-cloud  Une décision acceptée sur la stratégie multicloud — 0 décision au statut «\u00a0acceptée\u00a0», au moins 1 attendue(s)');
  });

  it('picks the part of a lab of several parts that the design fits best, and says how to choose', () => {
    const edge = SOLUTIONS[1]!.edge!(startLab(lab1, 'edge', 'en', ids()));
    const result = runLabCheck([input(edge, 'edge.archlab.json')], lab1, options());
    expect(result.stdout[2]).toBe('Part “Edge IoT” (edge), the one this design fits best; choose with --part realtime|batch|edge');
    expect(result.exitCode).toBe(0);
  });

  it('checks the part given with --part', () => {
    const edge = SOLUTIONS[1]!.edge!(startLab(lab1, 'edge', 'en', ids()));
    const result = runLabCheck([input(edge, 'edge.archlab.json')], lab1, options({ part: 'realtime' }));
    expect(result.stdout[2]).toBe('Part “Real-time recommendation” (realtime)');
    expect(result.exitCode).toBe(1);
    expect(runLabCheck([input(edge)], lab1, options({ part: 'nope' }))).toEqual({
      stdout: [],
      stderr: ['lab 1 has no part “nope”: use realtime, batch, edge'],
      exitCode: 2,
    });
  });

  it('compares several designs side by side after their objectives (lab 1)', () => {
    const files = (['realtime', 'batch', 'edge'] as const).map((part) => input(SOLUTIONS[1]![part]!(startLab(lab1, part, 'en', ids())), `${part}.archlab.json`));
    const result = runLabCheck(files, lab1, options());
    expect(result.exitCode).toBe(0);
    const at = result.stdout.indexOf('Patterns compared');
    expect(at).toBeGreaterThan(0);
    const table = result.stdout.slice(at + 1);
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^ {2}Design +Declared patterns +Recognized patterns +p99 latency \(main entry point\) +Availability +Monthly cost$/);
    expect(table[1]).toMatch(/^ {2}realtime\.archlab\.json +High availability +.* ms \(API gateway\) +99\.\d+% +[\d,]+ EUR$/);
    expect(table[2]).toMatch(/^ {2}batch\.archlab\.json +Lakehouse \(medallion\) .* — +— +[\d,]+ EUR$/);
  });

  it('reports a design file that cannot be read or is invalid on stderr, exit 2', () => {
    const result = runLabCheck([{ file: 'gone.json', readError: 'ENOENT: no such file or directory' }, { file: 'bad.json', text: '{}' }], lab3, options());
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toBe('cannot read gone.json: ENOENT: no such file or directory');
    expect(result.stderr[1]).toBe('bad.json: 1 problem');
  });

  it('shows control characters of names as U+FFFD', () => {
    const d = start3();
    d.nodes.find((n) => n.id === 'model')!.label = 'Fraud\u001b[31m model';
    const text = runLabCheck([input(d)], lab3, options()).stdout.join('\n');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Fraud\uFFFD[31m model');
  });
});

describe('runLabCheck (json)', () => {
  it('prints one object: the lab, each file with its part and objectives, and whether all are complete', () => {
    const result = runLabCheck([input(start3())], lab3, options({ format: 'json' }));
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout[0]!) as LabReport;
    expect(Object.keys(report)).toEqual(['lab', 'files', 'complete']);
    expect(report.lab).toEqual({ number: 3, module: 3, title: lab3.title.en });
    expect(report.complete).toBe(false);
    const [one] = report.files;
    expect(Object.keys(one!)).toEqual(['file', 'part', 'objectives', 'passed', 'count', 'complete']);
    expect(one!.part).toEqual({ id: 'sizing', title: 'Sizing fraud scoring', chosen: 'only' });
    expect(one!.objectives.find((o) => o.id === 'multi-cloud')).toEqual({
      id: 'multi-cloud',
      kind: 'decisions',
      label: 'An accepted decision on the multi-cloud strategy',
      passed: false,
      detail: '0 accepted decision records, needs at least 1',
    });
    expect(one!.count).toBe(7);
  });

  it('adds the comparison with several files', () => {
    const files = (['realtime', 'edge'] as const).map((part) => input(SOLUTIONS[1]![part]!(startLab(lab1, part, 'en', ids())), `${part}.json`));
    const report = JSON.parse(runLabCheck(files, lab1, options({ format: 'json' })).stdout[0]!) as LabReport;
    expect(Object.keys(report)).toEqual(['lab', 'files', 'comparison', 'complete']);
    expect(report.files.map((f) => [f.file, f.part.id, f.part.chosen])).toEqual([
      ['realtime.json', 'realtime', 'best-fit'],
      ['edge.json', 'edge', 'best-fit'],
    ]);
    expect(report.comparison![0]).toMatchObject({ file: 'realtime.json', declaredPatterns: ['high-availability'], currency: 'EUR' });
    expect(report.comparison![1]!.availabilityPct).toBeNull();
  });
});

describe('archlab check --lab', () => {
  const files = () => ({ 'start.json': serializeDesign(start3()), 'done.json': serializeDesign(solved3()) });

  it('takes a lab number', async () => {
    expect(await run(['check', '--lab', '3', 'done.json'], files())).toMatchObject({ code: 0, err: '' });
    const failing = await run(['check', '--lab', '3', 'start.json'], files());
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('✗  capacity');
  });

  it('takes the path of a lab file', async () => {
    const lab = JSON.stringify({ format: 'archlab-lab', version: 1, lab: { ...JSON.parse(JSON.stringify(lab3)), parts: lab3.parts.map((p) => ({ ...p, start: { blank: true } })) } });
    const result = await run(['check', '--lab', 'my-lab.json', '--format', 'json', 'done.json'], { ...files(), 'my-lab.json': lab });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as LabReport).complete).toBe(true);
  });

  it('reports an unknown lab, an invalid lab file or a missing one, exit 2', async () => {
    expect(await run(['check', '--lab', '42', 'done.json'], files())).toMatchObject({ code: 2, out: '', err: 'no lab 42: give a lab number (1, 2, 3, 4, 5, 6, 7, 8, 9) or the path of a lab file\n' });
    const bad = await run(['check', '--lab', 'bad.json', 'done.json'], { ...files(), 'bad.json': '{"format":"archlab-lab","version":1,"lab":{}}' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^bad\.json: \d+ problems\n {2}lab\.number: /);
    expect((await run(['check', '--lab', 'none.json', 'done.json'], files())).err).toBe('cannot read none.json: ENOENT: no such file or directory\n');
  });

  it('refuses SARIF, --part without --lab, and several files without --lab', async () => {
    expect(await run(['check', '--lab', '3', '--format', 'sarif', 'done.json'], files())).toMatchObject({
      code: 2,
      err: '--format sarif reports findings, not lab objectives: use text or json with --lab\n',
    });
    expect(await run(['check', '--part', 'edge', 'done.json'], files())).toMatchObject({ code: 2, err: '--part needs --lab\n' });
    expect(await run(['check', 'done.json', 'start.json'], files())).toMatchObject({
      code: 2,
      err: 'check takes one design file; give several only with --lab, to compare them\n',
    });
  });

  it('still checks one file against the rules without --lab', async () => {
    const result = await run(['check', '--format', 'json', '--fail-on', 'none', 'done.json'], files());
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.out) as object)).toEqual(['file', 'findings', 'counts']);
  });
});
