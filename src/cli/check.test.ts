import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { defineRule, FILE_SUFFIX, RULES, serializeDesign, type Design, type Rule } from '../core';
import { design, edge, fields, node } from '../core/testing/builders';
import { lineOf, reachesThreshold, runCheck, sarifUri, type CheckOptions, type CheckReport } from './commands/check';
import { readInputs, type CliIo, type FileInput } from './io';
import { main } from './main';

/** Fake rules, so the expected output does not move when the built-in rules change. */
const breaker = defineRule({
  id: 'resilience/fake-breaker',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  title: { en: 'Breakers on calls', fr: 'Disjoncteurs sur les appels' },
  why: { en: 'Failures cascade.', fr: 'Les pannes se propagent.' },
  fix: { en: 'Turn the breaker on.', fr: 'Activez le disjoncteur.' },
  messages: { default: { en: '{source} calls {target} without a breaker.', fr: '{source} appelle {target} sans disjoncteur.' } },
  check: (c) =>
    c.edges
      .filter((e) => e.mode === 'sync' && !e.resilience.circuitBreaker && !c.isClient(c.source(e)))
      .map((e) => ({
        params: { source: c.label(e.source), target: c.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: { label: { en: 'Add a breaker', fr: 'Ajouter un disjoncteur' }, command: () => ({ op: 'update-edge' as const, id: e.id, patch: { resilience: { ...e.resilience, circuitBreaker: true } } }) },
      })),
});

const spof = defineRule({
  id: 'operations/fake-spof',
  category: 'operations',
  severity: 'error',
  module: 3,
  title: { en: 'More than one replica', fr: 'Plus d’un réplica' },
  why: { en: 'One replica is one failure away from an outage.', fr: 'Un seul réplica, c’est une panne à un incident près.' },
  fix: { en: 'Run two replicas or more.', fr: 'Faites tourner au moins deux réplicas.' },
  messages: { default: { en: '{node} runs {count} replica for {rps} req/s.', fr: '{node} tourne avec {count} réplica pour {rps} req/s.' } },
  check: (c) =>
    c.nodes
      .filter((n) => c.hasProp(n, 'replicas') && c.num(n, 'replicas') === 1)
      .map((n) => ({ params: { node: c.label(n.id), count: 1, rps: c.design.workload.peakRps }, nodes: [n.id] })),
});

const hint = defineRule({
  id: 'intent/fake-hint',
  category: 'intent',
  severity: 'info',
  module: 1,
  title: { en: 'Declare patterns', fr: 'Déclarez des modèles' },
  why: { en: 'Declared patterns are checked.', fr: 'Les modèles déclarés sont vérifiés.' },
  fix: { en: 'Declare one.', fr: 'Déclarez-en un.' },
  messages: { default: { en: 'Consider declaring a pattern.', fr: 'Pensez à déclarer un modèle.' } },
  check: (c) => (c.design.patterns.length === 0 ? [{}] : []),
});

const canaryOnly = defineRule({
  id: 'release/fake-canary',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['canary'],
  title: { en: 'Canary weights', fr: 'Poids du canari' },
  why: { en: 'Steps.', fr: 'Paliers.' },
  fix: { en: 'Add steps.', fr: 'Ajoutez des paliers.' },
  messages: { default: { en: 'No steps.', fr: 'Pas de paliers.' } },
  check: () => [{}],
});

const FAKES: readonly Rule[] = [breaker, spof, hint, canaryOnly];

function shop(...extra: Parameters<typeof design>): Design {
  return design(
    node('u', 'web-client', { label: 'Shoppers' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('svc', 'microservice', { label: 'Orders service', props: { replicas: 1 } }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    edge('e1', 'u', 'gw'),
    edge('e2', 'gw', 'svc'),
    edge('e3', 'svc', 'db', { protocol: 'sql' }),
    fields({ workload: { peakRps: 1500 } }),
    ...extra,
  );
}

const input = (d: Design, file = 'shop.archlab.json'): FileInput => ({ file, text: serializeDesign(d) });
const options = (overrides: Partial<CheckOptions> = {}): CheckOptions => ({ lang: 'en', format: 'text', failOn: 'error', ...overrides });

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

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        logicalLocations: { name: string; fullyQualifiedName: string; kind: string }[];
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/** What SARIF 2.1.0 and GitHub code scanning require of a log, as a list of faults. */
function sarifFaults(log: SarifLog): string[] {
  const faults: string[] = [];
  if (log.version !== '2.1.0') faults.push('version');
  if (!log.$schema.includes('sarif')) faults.push('$schema');
  if (!Array.isArray(log.runs) || log.runs.length !== 1) faults.push('runs');
  for (const run of log.runs) {
    const { driver } = run.tool;
    if (driver.name === '') faults.push('driver.name');
    const ids = driver.rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) faults.push('duplicate rule ids');
    for (const rule of driver.rules) {
      if (!rule.shortDescription.text || !rule.fullDescription.text || !rule.help.text) faults.push(`${rule.id}: descriptions`);
      if (!['error', 'warning', 'note'].includes(rule.defaultConfiguration.level)) faults.push(`${rule.id}: level`);
    }
    const fingerprints = new Set<string>();
    for (const [i, result] of run.results.entries()) {
      if (driver.rules[result.ruleIndex]?.id !== result.ruleId) faults.push(`result ${i}: ruleIndex`);
      if (!['error', 'warning', 'note'].includes(result.level)) faults.push(`result ${i}: level`);
      if (!result.message.text) faults.push(`result ${i}: message`);
      const location = result.locations[0];
      if (result.locations.length !== 1 || location === undefined) faults.push(`result ${i}: one location`);
      else {
        if (!location.physicalLocation.artifactLocation.uri) faults.push(`result ${i}: uri`);
        if (!(location.physicalLocation.region.startLine >= 1)) faults.push(`result ${i}: startLine`);
      }
      const fingerprint = JSON.stringify(result.partialFingerprints);
      if (fingerprints.has(fingerprint)) faults.push(`result ${i}: fingerprint not unique`);
      fingerprints.add(fingerprint);
    }
  }
  return faults;
}

describe('runCheck (sarif)', () => {
  const text = serializeDesign(shop());
  const result = runCheck({ file: 'designs/shop.archlab.json', text }, options({ format: 'sarif' }), FAKES);
  const log = JSON.parse(result.stdout.join('\n')) as SarifLog;
  const [run] = log.runs;

  it('is a SARIF 2.1.0 log GitHub code scanning accepts', () => {
    expect(sarifFaults(log)).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([]);
  });

  it('describes the rules that ran: title, why, how to fix', () => {
    expect(run!.tool.driver.name).toBe('ArchLab');
    expect(run!.tool.driver.version).toBe(packageJson.version);
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(['resilience/fake-breaker', 'operations/fake-spof', 'intent/fake-hint']);
    expect(run!.tool.driver.rules[0]).toMatchObject({
      id: 'resilience/fake-breaker',
      shortDescription: { text: 'Breakers on calls' },
      fullDescription: { text: 'Failures cascade.' },
      help: { text: 'Turn the breaker on.' },
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives one result per finding: level, message, the file and line, the elements by id', () => {
    expect(run!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['operations/fake-spof', 'error'],
      ['resilience/fake-breaker', 'warning'],
      ['resilience/fake-breaker', 'warning'],
      ['intent/fake-hint', 'note'],
    ]);
    const [spofResult, breakerResult, , hintResult] = run!.results;
    expect(spofResult!.message.text).toBe('Orders service runs 1 replica for 1,500 req/s.');
    const lines = text.split('\n');
    const location = breakerResult!.locations[0]!;
    expect(location.physicalLocation.artifactLocation.uri).toBe('designs/shop.archlab.json');
    expect(lines[location.physicalLocation.region.startLine - 1]).toContain('"id": "gw"');
    expect(location.logicalLocations).toEqual([
      { name: 'gw', fullyQualifiedName: 'nodes/gw', kind: 'object' },
      { name: 'svc', fullyQualifiedName: 'nodes/svc', kind: 'object' },
      { name: 'e2', fullyQualifiedName: 'edges/e2', kind: 'object' },
    ]);
    expect(hintResult!.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(hintResult!.locations[0]!.logicalLocations).toEqual([]);
  });

  it('fingerprints each result with its finding key', () => {
    expect(run!.results[1]!.partialFingerprints).toEqual({ 'archlabFindingKey/v1': 'resilience/fake-breaker|default|gw,svc,e2' });
  });

  it('follows the design’s severity overrides in result levels, and --lang in texts', () => {
    const d = shop(fields({ rulePolicy: { severity: { 'intent/fake-hint': 'warning' } } }));
    const fr = JSON.parse(runCheck(input(d), options({ format: 'sarif', lang: 'fr' }), FAKES).stdout.join('\n')) as SarifLog;
    const hintResult = fr.runs[0]!.results.find((r) => r.ruleId === 'intent/fake-hint')!;
    expect(hintResult.level).toBe('warning');
    expect(hintResult.message.text).toBe('Pensez à déclarer un modèle.');
    expect(fr.runs[0]!.tool.driver.rules.find((r) => r.id === 'intent/fake-hint')!.defaultConfiguration.level).toBe('note');
  });

  it('is an empty list of results, still valid, when nothing is found', () => {
    const clean = JSON.parse(runCheck(input(design(node('a', 'microservice'))), options({ format: 'sarif' }), [breaker]).stdout.join('\n')) as SarifLog;
    expect(sarifFaults(clean)).toEqual([]);
    expect(clean.runs[0]!.results).toEqual([]);
  });
});

describe('SARIF helpers', () => {
  it('writes relative paths as relative URIs with forward slashes, absolute ones as file: URIs', () => {
    expect(sarifUri('designs/shop.archlab.json')).toBe('designs/shop.archlab.json');
    expect(sarifUri('./designs/shop.archlab.json')).toBe('designs/shop.archlab.json');
    expect(sarifUri('designs\\my shop#1.archlab.json')).toBe('designs/my%20shop%231.archlab.json');
    expect(sarifUri('/tmp/a b.json')).toBe('file:///tmp/a%20b.json');
  });

  it('finds the line of an element, past the design’s own id', () => {
    const d = design(node('test-design', 'microservice'), node('b', 'microservice'), fields({ id: 'test-design' }));
    const text = serializeDesign(d);
    const lines = text.split('\n');
    const line = lineOf(text, 'test-design');
    expect(line).toBeGreaterThan(lines.findIndex((l) => l.includes('"nodes"')) + 1);
    expect(lines[line - 1]).toContain('"id": "test-design"');
    expect(lines[lineOf(text, 'b') - 1]).toContain('"id": "b"');
    expect(lineOf(text, 'nowhere')).toBe(1);
    expect(lineOf('{"design":{"id":"x.y"}}', 'x.y')).toBe(1);
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
