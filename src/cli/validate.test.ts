import { describe, expect, it } from 'vitest';
import { createDesign, serializeDesign, type Design } from '../core';
import { runValidate, validateOne } from './commands/validate';
import { describeReadError, readInputs, stripBom, type CliIo, type FileInput } from './io';
import { languageFromEnv } from './language';
import { main } from './main';

function designText(edit: (design: Design) => void = () => {}): string {
  const design = createDesign('demo', 'Demo');
  design.nodes.push({ id: 'gw', type: 'api-gateway', label: 'Gateway', description: '', technology: '', props: {} });
  design.nodes.push({ id: 'model', type: 'triton', label: 'Model', description: '', technology: '', props: {} });
  design.groups.push({ id: 'sys', kind: 'system', label: 'System', description: '', props: {} });
  design.edges.push({
    id: 'e1',
    source: 'gw',
    target: 'model',
    label: '',
    protocol: 'grpc',
    mode: 'sync',
    callsPerRequest: 1,
    security: { tls: true, mtls: false, authn: 'none' },
    resilience: { retries: 0, circuitBreaker: false },
    props: {},
  });
  edit(design);
  return serializeDesign(design);
}

const good: FileInput = { file: 'good.archlab.json', text: designText() };
const bad: FileInput = {
  file: 'bad.archlab.json',
  text: designText((d) => {
    d.nodes[0]!.type = 'API Gateway';
    d.edges[0]!.callsPerRequest = -1;
  }),
};
const missing: FileInput = { file: 'missing.json', readError: 'ENOENT: no such file or directory' };

describe('runValidate (text)', () => {
  it('summarises a valid design in one line and exits 0', () => {
    const result = runValidate([good], { lang: 'en', format: 'text' });
    expect(result).toEqual({
      stdout: ['valid: “Demo”, 2 components, 1 connections, 1 groups, schema version 2'],
      stderr: [],
      exitCode: 0,
    });
  });

  it('speaks French with --lang fr', () => {
    const result = runValidate([good], { lang: 'fr', format: 'text' });
    expect(result.stdout).toEqual(['valide : « Demo », 2 composants, 1 connexions, 1 groupes, schéma version 2']);
  });

  it('lists every problem with its path and exits 1', () => {
    const result = runValidate([bad], { lang: 'en', format: 'text' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toBe('bad.archlab.json: 2 problems');
    expect(result.stdout.slice(1)).toEqual([
      '  design.nodes[0].type: expected a catalogue type id in lower-case words joined by "-", such as "api-gateway"',
      '  design.edges[0].callsPerRequest: Too small: expected number to be >=0',
    ]);
  });

  it('reports broken cross-references', () => {
    const text = designText((d) => {
      d.edges[0]!.target = 'nowhere';
    });
    const result = runValidate([{ file: 'x.json', text }], { lang: 'en', format: 'text' });
    expect(result.stdout).toEqual(['x.json: 1 problem', '  design.edges[0].target: no component has the id "nowhere"']);
    expect(result.exitCode).toBe(1);
  });

  it('uses the singular for one problem', () => {
    const result = runValidate([{ file: 'x.json', text: '{"format":"archlab","version":0}' }], { lang: 'en', format: 'text' });
    expect(result.stdout).toEqual(['x.json: 1 problem', '  version: expected a whole number ≥ 1']);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = runValidate([{ file: 'x.json', text: '{\n  "format": "archlab",\n}' }], { lang: 'en', format: 'text' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout[1]).toMatch(/^ {2}\(file\): the file is not valid JSON: .*\(line 3 column 1\)$/);
  });

  it('prefixes each summary with its file name when several files are given', () => {
    const result = runValidate([good, { ...good, file: 'other.json' }], { lang: 'en', format: 'text' });
    expect(result.stdout).toEqual([
      'good.archlab.json: valid: “Demo”, 2 components, 1 connections, 1 groups, schema version 2',
      'other.json: valid: “Demo”, 2 components, 1 connections, 1 groups, schema version 2',
    ]);
    expect(result.exitCode).toBe(0);
  });

  it('writes an unreadable file to stderr and exits 2, even when another file is invalid', () => {
    const result = runValidate([bad, missing, good], { lang: 'en', format: 'text' });
    expect(result.stderr).toEqual(['cannot read missing.json: ENOENT: no such file or directory']);
    expect(result.stdout[0]).toBe('bad.archlab.json: 2 problems');
    expect(result.stdout.at(-1)).toMatch(/^good\.archlab\.json: valid:/);
    expect(result.exitCode).toBe(2);
  });

  it('names common read failures in the user\'s language', () => {
    const coded: FileInput = { file: 'missing.json', readError: 'ENOENT: no such file or directory', code: 'ENOENT' };
    expect(runValidate([coded], { lang: 'fr', format: 'text' }).stderr).toEqual(['impossible de lire missing.json : fichier introuvable']);
    expect(runValidate([coded], { lang: 'en', format: 'text' }).stderr).toEqual(['cannot read missing.json: no such file']);
  });

  it('translates the cannot-read line', () => {
    expect(runValidate([missing], { lang: 'fr', format: 'text' }).stderr).toEqual([
      'impossible de lire missing.json : ENOENT: no such file or directory',
    ]);
  });
});

describe('validateOne', () => {
  it('reports the schema version the file was written in', () => {
    expect(validateOne(good, 'en')).toEqual({
      file: 'good.archlab.json',
      valid: true,
      summary: { id: 'demo', name: 'Demo', components: 2, connections: 1, groups: 1, decisions: 0, schemaVersion: 2 },
    });
  });
});

describe('runValidate (json)', () => {
  it('prints one JSON object per file and line', () => {
    const result = runValidate([good, bad, missing], { lang: 'en', format: 'json' });
    const reports = result.stdout.map((line) => JSON.parse(line) as unknown);
    expect(reports).toEqual([
      {
        file: 'good.archlab.json',
        valid: true,
        summary: { id: 'demo', name: 'Demo', components: 2, connections: 1, groups: 1, decisions: 0, schemaVersion: 2 },
      },
      { file: 'bad.archlab.json', valid: false, problems: expect.any(Array) },
      { file: 'missing.json', valid: false, readError: 'ENOENT: no such file or directory' },
    ]);
    expect((reports[1] as { problems: unknown[] }).problems).toContainEqual({
      path: 'design.edges[0].callsPerRequest',
      message: 'Too small: expected number to be >=0',
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toHaveLength(1);
  });
});

describe('languageFromEnv', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: 'fr_CA', LANG: 'en_GB' })).toBe('fr');
    expect(languageFromEnv({ LANG: 'C' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});

describe('reading files', () => {
  it('strips a byte order mark', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(stripBom('{}')).toBe('{}');
  });

  it('keeps the code and drops the syscall and path from Node errors', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open 'x.json'"), { code: 'ENOENT' });
    expect(describeReadError(error)).toBe('ENOENT: no such file or directory');
    const dir = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    expect(describeReadError(dir)).toBe('EISDIR: illegal operation on a directory, read');
    expect(describeReadError('odd')).toBe('odd');
  });

  it('turns a throwing reader into a read error', () => {
    const io = fakeIo({});
    expect(readInputs(io, ['nope.json'])).toEqual([{ file: 'nope.json', readError: 'ENOENT: no such file or directory', code: 'ENOENT' }]);
  });
});

function fakeIo(files: Record<string, string>, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo & { out: string[]; err: string[] } = {
    out,
    err,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      }
      return text;
    },
    env,
  };
  return io;
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('main (in process)', () => {
  it('validates files and returns the exit code', async () => {
    const io = fakeIo({ 'a.json': good.text, 'b.json': bad.text });
    expect(await main(argv('validate', 'a.json'), io)).toBe(0);
    expect(io.out.join('')).toBe('valid: “Demo”, 2 components, 1 connections, 1 groups, schema version 2\n');
    expect(await main(argv('validate', 'a.json', 'b.json'), io)).toBe(1);
    expect(await main(argv('validate', 'a.json', 'c.json'), io)).toBe(2);
  });

  it('takes the default language from the environment, and --lang over it', async () => {
    const io = fakeIo({ 'a.json': good.text }, { LANG: 'fr_FR.UTF-8' });
    await main(argv('validate', 'a.json'), io);
    expect(io.out.pop()).toMatch(/^valide : « Demo »/);
    await main(argv('validate', '--lang', 'en', 'a.json'), io);
    expect(io.out.pop()).toMatch(/^valid: “Demo”/);
  });

  it('prints JSON with --format json', async () => {
    const io = fakeIo({ 'a.json': good.text });
    expect(await main(argv('validate', '--format', 'json', 'a.json'), io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toMatchObject({ file: 'a.json', valid: true });
  });

  it('exits 0 for --help and --version, 2 for usage errors', async () => {
    const io = fakeIo({});
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('validate [options] <file...>');
    expect(await main(argv('--version'), io)).toBe(0);
    expect(await main(argv('validate'), io)).toBe(2);
    expect(io.err.join('')).toContain("missing required argument 'file'");
    expect(await main(argv('validate', '--lang', 'de', 'a.json'), io)).toBe(2);
    expect(await main(argv('frobnicate'), io)).toBe(2);
    expect(await main(argv(), io)).toBe(2);
  });
});
