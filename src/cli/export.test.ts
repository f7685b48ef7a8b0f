import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDesign, parseDesignText } from '../core';
import { runExport, type ExportOptions } from './commands/export';
import { readInputs, type CliIo, type FileInput } from './io';
import { main } from './main';

const examplePath = join(import.meta.dirname, '..', '..', 'examples', 'realtime-inference.archlab.json');
const example: FileInput = { file: 'realtime-inference.archlab.json', text: readFileSync(examplePath, 'utf8') };
const options = (extra: Partial<ExportOptions> & Pick<ExportOptions, 'format'>): ExportOptions => ({ lang: 'en', ...extra });
const noWrite = () => {
  throw new Error('nothing should be written');
};

const dir = mkdtempSync(join(tmpdir(), 'archlab-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runExport', () => {
  it('exports Structurizr DSL: one workspace with every view', () => {
    const result = runExport(example, options({ format: 'structurizr' }), noWrite);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^workspace "Real-time inference service" /);
  });

  it('exports C4-PlantUML, the container view by default', () => {
    const result = runExport(example, options({ format: 'plantuml' }), noWrite);
    expect(result.exitCode).toBe(0);
    expect(result.stdout[0]?.split('\n').slice(0, 2)).toEqual(['@startuml', '!include <C4/C4_Container>']);
    expect(result.stdout[0]).toMatch(/@enduml$/);
  });

  it.each([
    ['context', '!include <C4/C4_Context>'],
    ['deployment', '!include <C4/C4_Deployment>'],
  ] as const)('exports the %s view in C4-PlantUML', (view, include) => {
    const result = runExport(example, options({ format: 'plantuml', view }), noWrite);
    expect(result.exitCode).toBe(0);
    expect(result.stdout[0]?.split('\n')[1]).toBe(include);
  });

  it('exports Mermaid C4, the container view by default, the context view on demand', () => {
    expect(runExport(example, options({ format: 'mermaid' }), noWrite).stdout[0]).toMatch(/^C4Container\n {2}title Container diagram for /);
    const fr = runExport(example, options({ format: 'mermaid', view: 'context', lang: 'fr' }), noWrite);
    expect(fr.exitCode).toBe(0);
    expect(fr.stdout[0]).toMatch(/^C4Context\n/);
  });

  it('exports the design file as JSON, which loads back to the same design', () => {
    const result = runExport(example, options({ format: 'json' }), noWrite);
    expect(result.exitCode).toBe(0);
    const original = parseDesignText(example.text);
    const back = parseDesign(JSON.parse(result.stdout[0] as string));
    expect(back.ok).toBe(true);
    expect(back.ok && original.ok && back.design).toEqual(original.ok && original.design);
  });

  it('writes the export with -o and says so', () => {
    const out = join(dir, 'workspace.dsl');
    const result = runExport(example, options({ format: 'structurizr', output: out }));
    expect(result).toEqual({
      stdout: [`exported “Real-time inference service” as Structurizr DSL: wrote ${out}`],
      stderr: [],
      exitCode: 0,
    });
    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/^workspace /);
    expect(written).toMatch(/\n$/);

    const puml = join(dir, 'deployment.puml');
    const fr = runExport(example, options({ format: 'plantuml', view: 'deployment', lang: 'fr', output: puml }));
    expect(fr.stdout).toEqual([`vue de déploiement de «\u00a0Real-time inference service\u00a0» exportée en C4-PlantUML\u00a0: ${puml} écrit`]);
    expect(readFileSync(puml, 'utf8')).toMatch(/^@startuml\n!include <C4\/C4_Deployment>\n/);
  });

  it('exits 2 when the output cannot be written', () => {
    const result = runExport(example, options({ format: 'json', output: join(dir, 'missing', 'out.json') }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr[0]).toMatch(/^cannot write .*out\.json: ENOENT/);
  });

  it('exits 2 on a view the format does not have, or --view with a format that exports every view', () => {
    expect(runExport(example, options({ format: 'mermaid', view: 'deployment' }), noWrite)).toEqual({
      stdout: [],
      stderr: ['mermaid has no deployment view: use --view context, container'],
      exitCode: 2,
    });
    expect(runExport(example, options({ format: 'structurizr', view: 'context' }), noWrite)).toEqual({
      stdout: [],
      stderr: ['structurizr exports every view: leave out --view'],
      exitCode: 2,
    });
    expect(runExport(example, options({ format: 'json', view: 'container', lang: 'fr' }), noWrite).stderr).toEqual([
      'json exporte toutes les vues\u00a0: retirez --view',
    ]);
  });

  it('exits 2 on an invalid file, with its problems on standard error', () => {
    const text = JSON.stringify({ format: 'archlab', version: 1, design: { nodes: 'none' } });
    const result = runExport({ file: 'bad.json', text }, options({ format: 'plantuml' }), noWrite);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toMatch(/^bad\.json: \d+ problems?$/);
  });

  it('exits 2 on a file that cannot be read', () => {
    const [missing] = readInputs(nodeLikeIo(), [join(dir, 'nope.archlab.json')]);
    const result = runExport(missing as FileInput, options({ format: 'json' }), noWrite);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([expect.stringMatching(/^cannot read .*nope\.archlab\.json: /)]);
  });
});

function nodeLikeIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    readText: (path) => readFileSync(path, 'utf8'),
    env: {},
  };
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('archlab export', () => {
  it('prints the export on standard output and exits 0', async () => {
    const io = nodeLikeIo();
    expect(await main(argv('export', examplePath, '--format', 'mermaid', '--view', 'context'), io)).toBe(0);
    expect(io.out.join('')).toMatch(/^C4Context\n[\s\S]*\n$/);
    expect(io.err).toEqual([]);
  });

  it('exits 2 without --format, on an unknown format or view, and on a view the format does not have', async () => {
    expect(await main(argv('export', examplePath), nodeLikeIo())).toBe(2);
    expect(await main(argv('export', examplePath, '--format', 'markdown'), nodeLikeIo())).toBe(2);
    expect(await main(argv('export', examplePath, '--format', 'plantuml', '--view', 'code'), nodeLikeIo())).toBe(2);
    const io = nodeLikeIo();
    expect(await main(argv('export', examplePath, '--format', 'mermaid', '--view', 'deployment'), io)).toBe(2);
    expect(io.err.join('')).toBe('mermaid has no deployment view: use --view context, container\n');
  });

  it('exits 2 on a missing file', async () => {
    expect(await main(argv('export', join(dir, 'nope.archlab.json'), '--format', 'json'), nodeLikeIo())).toBe(2);
  });
});
