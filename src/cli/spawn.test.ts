import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDesign, serializeDesign } from '../core';

/** The real thing: `node bin/archlab.mjs validate ...` in a child process, as a user runs it. */
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'archlab-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function archlab(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/archlab.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' },
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('bin/archlab.mjs validate', () => {
  const good = join(dir, 'good.archlab.json');
  const bad = join(dir, 'bad.archlab.json');
  writeFileSync(good, serializeDesign(createDesign('demo', 'Demo')));
  writeFileSync(bad, JSON.stringify({ format: 'archlab', version: 1, design: { id: 'demo', name: '', nodes: 3 } }));

  it('prints the summary of a good file and exits 0', () => {
    const run = archlab('validate', good);
    expect(run.stdout).toBe('valid: “Demo”, 0 components, 0 connections, 0 groups, schema version 2\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints the problems of a bad file and exits 1', () => {
    const run = archlab('validate', good, bad);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${good}: valid: “Demo”, 0 components, 0 connections, 0 groups, schema version 2`);
    expect(lines[1]).toBe(`${bad}: 2 problems`);
    expect(lines.slice(2).map((line) => line.split(':')[0])).toEqual(['  design.name', '  design.nodes']);
    expect(run.status).toBe(1);
  });

  it('exits 2 when a file cannot be read', () => {
    const run = archlab('validate', join(dir, 'missing.json'), dir);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'missing.json')}: no such file`);
    expect(run.stderr).toContain(`cannot read ${dir}: it is a folder`);
    expect(run.status).toBe(2);
  });
});
