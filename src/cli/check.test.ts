import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_SUFFIX, RULES, serializeDesign } from '../core';
import { design, fields, node } from '../core/testing/builders';
import { reachesThreshold, runCheck, type CheckReport } from './commands/check';
import { readInputs, type CliIo, type FileInput } from './io';
import { main } from './main';
import { FAKES, input, options, sarifFaults, shop, type SarifLog } from './checkTestKit';

describe('runCheck (text)', () => {
  it('groups findings by severity, one line each with rule, message and elements, then the counts', () => {
    expect(runCheck(input(shop()), options(), FAKES)).toEqual({
      stdout: [
        'Errors (1)',
        '  error    operations/fake-spof  Orders service runs 1 replica for 1,500 req/s. [svc]',
        '',
        'Warnings (2)',
        '  warning  resilience/fake-breaker  Gateway calls Orders service without a breaker. [gw, svc, e2]',
        '  warning  resilience/fake-breaker  Orders service calls Orders DB without a breaker. [svc, db, e3]',
        '',
        'Suggestions (1)',
        '  info     intent/fake-hint  Consider declaring a pattern.',
        '',
        'shop.archlab.json: 1 error, 2 warnings, 1 suggestion (3 rules checked)',
      ],
      stderr: [],
      exitCode: 1,
    });
  });

  it('speaks French with --lang fr, numbers included', () => {
    const { stdout } = runCheck(input(shop()), options({ lang: 'fr' }), FAKES);
    expect(stdout).toEqual([
      'Erreurs (1)',
      '  error    operations/fake-spof  Orders service tourne avec 1 réplica pour 1\u202F500 req/s. [svc]',
      '',
      'Avertissements (2)',
      '  warning  resilience/fake-breaker  Gateway appelle Orders service sans disjoncteur. [gw, svc, e2]',
      '  warning  resilience/fake-breaker  Orders service appelle Orders DB sans disjoncteur. [svc, db, e3]',
      '',
      'Suggestions (1)',
      '  info     intent/fake-hint  Pensez à déclarer un modèle.',
      '',
      'shop.archlab.json : 1 erreur, 2 avertissements, 1 suggestion (3 règles vérifiées)',
    ]);
  });

  it('says so when nothing is found, and exits 0', () => {
    const clean = design(node('a', 'microservice'), fields({ patterns: ['serverless'] }));
    expect(runCheck(input(clean, 'clean.json'), options(), FAKES)).toEqual({
      stdout: ['clean.json: no findings (3 rules checked)'],
      stderr: [],
      exitCode: 0,
    });
    expect(runCheck(input(clean, 'clean.json'), options({ lang: 'fr' }), FAKES).stdout).toEqual(['clean.json : aucun constat (3 règles vérifiées)']);
  });

  it('shows control characters of names as U+FFFD, so a design cannot drive the terminal', () => {
    const d = shop();
    d.nodes[1]!.label = 'Gate\u001b[31mway';
    const line = runCheck(input(d), options(), FAKES).stdout.find((l) => l.includes('calls Orders service'));
    expect(line).toBe('  warning  resilience/fake-breaker  Gate\uFFFD[31mway calls Orders service without a breaker. [gw, svc, e2]');
  });
});

describe('runCheck: the design’s policy', () => {
  it('does not run rules the design switches off', () => {
    const d = shop(fields({ rulePolicy: { disabled: ['operations/fake-spof'] } }));
    const result = runCheck(input(d), options(), FAKES);
    expect(result.stdout.join('\n')).not.toContain('fake-spof');
    expect(result.stdout.at(-1)).toBe('shop.archlab.json: 0 errors, 2 warnings, 1 suggestion (2 rules checked)');
    expect(result.exitCode).toBe(0);
  });

  it('applies its severity overrides, to the output and to the exit code', () => {
    const d = shop(fields({ rulePolicy: { severity: { 'operations/fake-spof': 'info', 'resilience/fake-breaker': 'error' } } }));
    const result = runCheck(input(d), options(), FAKES);
    expect(result.stdout.slice(0, 3)).toEqual([
      'Errors (2)',
      '  error    resilience/fake-breaker  Gateway calls Orders service without a breaker. [gw, svc, e2]',
      '  error    resilience/fake-breaker  Orders service calls Orders DB without a breaker. [svc, db, e3]',
    ]);
    const relaxed = shop(fields({ rulePolicy: { severity: { 'operations/fake-spof': 'warning' } } }));
    expect(runCheck(input(relaxed), options(), FAKES).exitCode).toBe(0);
  });

  it('runs pattern rules only when the design declares the pattern', () => {
    expect(runCheck(input(shop()), options({ format: 'json' }), FAKES).stdout[0]).not.toContain('release/fake-canary');
    const declared = runCheck(input(shop(fields({ patterns: ['canary'] }))), options({ format: 'json' }), FAKES);
    const report = JSON.parse(declared.stdout[0]!) as CheckReport;
    expect(report.findings.map((f) => f.ruleId)).toContain('release/fake-canary');
  });
});

describe('runCheck: --fail-on', () => {
  const warningsOnly = shop(fields({ rulePolicy: { disabled: ['operations/fake-spof'] } }));
  const infoOnly = shop(fields({ rulePolicy: { disabled: ['operations/fake-spof', 'resilience/fake-breaker'] } }));

  it.each([
    ['error', 1, 0, 0],
    ['warning', 1, 1, 0],
    ['info', 1, 1, 1],
    ['none', 0, 0, 0],
  ] as const)('with --fail-on %s: exit %i on errors, %i on warnings, %i on suggestions', (failOn, onError, onWarning, onInfo) => {
    expect(runCheck(input(shop()), options({ failOn }), FAKES).exitCode).toBe(onError);
    expect(runCheck(input(warningsOnly), options({ failOn }), FAKES).exitCode).toBe(onWarning);
    expect(runCheck(input(infoOnly), options({ failOn }), FAKES).exitCode).toBe(onInfo);
  });

  it('compares severities by rank', () => {
    expect(reachesThreshold('error', 'warning')).toBe(true);
    expect(reachesThreshold('info', 'warning')).toBe(false);
    expect(reachesThreshold('error', 'none')).toBe(false);
  });

  it('applies to every format', () => {
    for (const format of ['text', 'json', 'sarif'] as const) {
      expect(runCheck(input(warningsOnly), options({ format, failOn: 'warning' }), FAKES).exitCode).toBe(1);
      expect(runCheck(input(warningsOnly), options({ format }), FAKES).exitCode).toBe(0);
    }
  });
});

describe('runCheck (json)', () => {
  it('prints one stable object: file, findings with their texts, counts', () => {
    const result = runCheck(input(shop()), options({ format: 'json' }), FAKES);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toHaveLength(1);
    const report = JSON.parse(result.stdout[0]!) as CheckReport;
    expect(report).toEqual({
      file: 'shop.archlab.json',
      findings: [
        {
          ruleId: 'operations/fake-spof',
          severity: 'error',
          category: 'operations',
          module: 3,
          message: 'Orders service runs 1 replica for 1,500 req/s.',
          title: 'More than one replica',
          nodes: ['svc'],
          edges: [],
          groups: [],
          fixable: false,
        },
        {
          ruleId: 'resilience/fake-breaker',
          severity: 'warning',
          category: 'resilience',
          module: 1,
          message: 'Gateway calls Orders service without a breaker.',
          title: 'Breakers on calls',
          nodes: ['gw', 'svc'],
          edges: ['e2'],
          groups: [],
          fixable: true,
        },
        {
          ruleId: 'resilience/fake-breaker',
          severity: 'warning',
          category: 'resilience',
          module: 1,
          message: 'Orders service calls Orders DB without a breaker.',
          title: 'Breakers on calls',
          nodes: ['svc', 'db'],
          edges: ['e3'],
          groups: [],
          fixable: true,
        },
        {
          ruleId: 'intent/fake-hint',
          severity: 'info',
          category: 'intent',
          module: 1,
          message: 'Consider declaring a pattern.',
          title: 'Declare patterns',
          nodes: [],
          edges: [],
          groups: [],
          fixable: false,
        },
      ],
      counts: { error: 1, warning: 2, info: 1 },
    });
    // Keys in a fixed order, so the output diffs well.
    expect(Object.keys(report)).toEqual(['file', 'findings', 'counts']);
    expect(Object.keys(report.findings[0]!)).toEqual(['ruleId', 'severity', 'category', 'module', 'message', 'title', 'nodes', 'edges', 'groups', 'fixable']);
  });

  it('writes the texts in the chosen language, keys and ids unchanged', () => {
    const report = JSON.parse(runCheck(input(shop()), options({ format: 'json', lang: 'fr' }), FAKES).stdout[0]!) as CheckReport;
    expect(report.findings[0]).toMatchObject({ ruleId: 'operations/fake-spof', severity: 'error', title: 'Plus d’un réplica' });
  });

  it('gives the same output for the same file', () => {
    expect(runCheck(input(shop()), options({ format: 'json' }), FAKES)).toEqual(runCheck(input(shop()), options({ format: 'json' }), FAKES));
  });
});

describe('runCheck: files it cannot check', () => {
  it('exits 2 with the problems on stderr for an invalid design', () => {
    const text = serializeDesign(shop()).replace('"target": "gw"', '"target": "nowhere"');
    const result = runCheck({ file: 'bad.json', text }, options({ format: 'json' }), FAKES);
    expect(result).toEqual({ stdout: [], stderr: ['bad.json: 1 problem', '  design.edges[0].target: no component has the id "nowhere"'], exitCode: 2 });
  });

  it('exits 2 for a file that is not JSON', () => {
    const result = runCheck({ file: 'x.json', text: '{' }, options(), FAKES);
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toBe('x.json: 1 problem');
  });

  it('exits 2 for a file it cannot read, in the user’s language', () => {
    const missing: FileInput = { file: 'missing.json', readError: 'ENOENT: no such file or directory', code: 'ENOENT' };
    expect(runCheck(missing, options({ lang: 'fr' }), FAKES)).toEqual({ stdout: [], stderr: ['impossible de lire missing.json : fichier introuvable'], exitCode: 2 });
  });
});

/** The shipped example designs, checked with the built-in rules. */
const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples'))
  .filter((name) => name.endsWith(FILE_SUFFIX))
  .map((name) => join('examples', name))
  .sort();

describe('runCheck over the examples with the built-in rules', () => {
  it.each(examples)('%s: every format agrees, every finding names a known rule', (file) => {
    const [example] = readInputs({ readText: (path) => readFileSync(join(root, path), 'utf8') } as CliIo, [file]);
    const json = runCheck(example!, options({ format: 'json', failOn: 'none' }));
    expect(json.stderr).toEqual([]);
    expect(json.exitCode).toBe(0);
    const report = JSON.parse(json.stdout[0]!) as CheckReport;
    const known = new Set(RULES.map((r) => r.id));
    expect(report.findings.filter((f) => !known.has(f.ruleId))).toEqual([]);
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);

    const text = runCheck(example!, options());
    expect(text.exitCode).toBe(report.counts.error > 0 ? 1 : 0);
    expect(text.stdout.filter((line) => /^ {2}(error|warning|info) /.test(line))).toHaveLength(report.findings.length);

    const sarif = JSON.parse(runCheck(example!, options({ format: 'sarif' })).stdout.join('\n')) as SarifLog;
    expect(sarifFaults(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results.map((r) => r.message.text)).toEqual(report.findings.map((f) => f.message));
  });
});

/** main() over real files in a temporary folder. */
const dir = mkdtempSync(join(tmpdir(), 'archlab-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diskIo(env: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    writeOut: (t) => out.push(t),
    writeErr: (t) => err.push(t),
    readText: (path) => readFileSync(path, 'utf8'),
    env,
  };
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('main check (in process)', () => {
  const empty = join(dir, 'empty.archlab.json');
  const broken = join(dir, 'broken.archlab.json');
  writeFileSync(empty, serializeDesign(design(node('a', 'microservice'), fields({ id: 'empty', name: 'Empty' }))));
  writeFileSync(broken, JSON.stringify({ format: 'archlab', version: 2, design: { id: 'x', name: '', nodes: 3 } }));

  it('checks a file with the built-in rules and exits by --fail-on', async () => {
    const io = diskIo();
    expect(await main(argv('check', '--format', 'json', '--fail-on', 'none', empty), io)).toBe(0);
    const report = JSON.parse(io.out.join('')) as CheckReport;
    expect(report.file).toBe(empty);
    io.out.length = 0;
    expect(await main(argv('check', empty), io)).toBe(report.counts.error > 0 ? 1 : 0);
    expect(io.out.join('')).toMatch(/\(\d+ rules checked\)\n$/);
    const any = report.findings.length > 0 ? 1 : 0;
    expect(await main(argv('check', '--fail-on', 'info', empty), io)).toBe(any);
  });

  it('takes the language from the environment, and --lang over it', async () => {
    const io = diskIo({ LANG: 'fr_FR.UTF-8' });
    await main(argv('check', empty), io);
    expect(io.out.pop()).toMatch(/règles vérifiées\)\n$/);
    await main(argv('check', '--lang', 'en', empty), io);
    expect(io.out.pop()).toMatch(/rules checked\)\n$/);
  });

  it('exits 2 for an invalid or missing file, and for bad options', async () => {
    const io = diskIo();
    expect(await main(argv('check', broken), io)).toBe(2);
    expect(io.err.join('')).toContain(`${broken}: 2 problems`);
    expect(await main(argv('check', join(dir, 'missing.json')), io)).toBe(2);
    expect(await main(argv('check', '--fail-on', 'sometimes', empty), io)).toBe(2);
    expect(await main(argv('check', '--format', 'xml', empty), io)).toBe(2);
    expect(await main(argv('check'), io)).toBe(2);
    expect(await main(argv('check', empty, broken), io)).toBe(2);
  });

  it('is listed in the help', async () => {
    const io = diskIo();
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('check [options] <file>');
    expect(await main(argv('check', '--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('--fail-on <severity>');
  });
});

describe('bin/archlab.mjs check', () => {
  it('prints a SARIF log and exits by --fail-on, as a user runs it', () => {
    const run = spawnSync(process.execPath, ['bin/archlab.mjs', 'check', '--format', 'sarif', '--fail-on', 'none', 'examples/fraud-detection.archlab.json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifFaults(log)).toEqual([]);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('examples/fraud-detection.archlab.json');
  });
});
