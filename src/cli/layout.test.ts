import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCommand, parseDesignText, serializeDesign, type Box, type Design } from '../core';
import { DEFAULT_LAYOUT_SIZES, layoutDesign, LayoutError, type ElkNode, type LayoutEngine } from '../core/layout';
import { design, edge, fields, group, node } from '../core/testing/builders';
import { runLayout, type LayoutDeps, type WritingIo } from './commands/layout';
import type { FileInput } from './io';
import { createNodeLayoutEngine } from './layoutEngine';
import { main } from './main';

const engine = createNodeLayoutEngine();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rect(d: Design, id: string): Rect {
  const box: Box | undefined = d.layout.elements[id];
  if (box === undefined) throw new Error(`${id} has no box`);
  const isGroup = d.groups.some((g) => g.id === id);
  const sizes = isGroup ? DEFAULT_LAYOUT_SIZES.group : DEFAULT_LAYOUT_SIZES.node;
  return { x: box.x, y: box.y, width: box.width ?? sizes.width, height: box.height ?? sizes.height };
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Every pair of components whose boxes overlap, and every element not inside its group. */
function layoutFaults(d: Design): string[] {
  const faults: string[] = [];
  d.nodes.forEach((a, i) => {
    for (const b of d.nodes.slice(i + 1)) if (overlap(rect(d, a.id), rect(d, b.id))) faults.push(`${a.id} overlaps ${b.id}`);
  });
  for (const element of [...d.nodes, ...d.groups]) {
    if (element.parent !== undefined && !inside(rect(d, element.id), rect(d, element.parent))) {
      faults.push(`${element.id} is not inside ${element.parent}`);
    }
  }
  // Sibling groups do not overlap either.
  d.groups.forEach((a, i) => {
    for (const b of d.groups.slice(i + 1)) {
      if (a.parent === b.parent && overlap(rect(d, a.id), rect(d, b.id))) faults.push(`${a.id} overlaps ${b.id}`);
    }
  });
  return faults;
}

/** A small design with nested groups, edges crossing group borders and no layout at all. */
function smallDesign(): Design {
  return design(
    group('cloud', 'region'),
    group('serving', 'system', { parent: 'cloud' }),
    group('data', 'trust-zone', { parent: 'cloud' }),
    group('spare', 'cluster'),
    node('client', 'web-client'),
    node('gw', 'api-gateway', { parent: 'serving' }),
    node('model', 'triton', { parent: 'serving' }),
    node('features', 'feature-store-online', { parent: 'data' }),
    node('db', 'relational-db', { parent: 'data' }),
    node('metrics', 'prometheus', { parent: 'cloud' }),
    edge('e1', 'client', 'gw', { label: 'predict' }),
    edge('e2', 'gw', 'model', { protocol: 'grpc' }),
    edge('e3', 'model', 'features', { protocol: 'redis', label: 'online features' }),
    edge('e4', 'features', 'db', { protocol: 'sql' }),
    edge('e5', 'model', 'metrics'),
    edge('e6', 'gw', 'metrics'),
  );
}

async function laidOut(d: Design, direction: 'LR' | 'TB'): Promise<Design> {
  return applyCommand(d, await layoutDesign(d, direction, engine)).design;
}

describe('layout with the bundled ELK (Node engine)', () => {
  it('checks what it claims: the fault finder sees overlaps and escapes', () => {
    const broken = design(
      group('g', 'system'),
      node('a', 'service', { parent: 'g' }),
      node('b'),
      fields({ layout: { elements: { g: { x: 0, y: 0, width: 100, height: 100 }, a: { x: 50, y: 0 }, b: { x: 150, y: 50 } } } }),
    );
    expect(layoutFaults(broken)).toEqual(['a overlaps b', 'a is not inside g']);
  });

  it.each(['LR', 'TB'] as const)('places every component apart and inside its groups (%s)', async (direction) => {
    const after = await laidOut(smallDesign(), direction);
    expect(after.layout.direction).toBe(direction);
    expect(Object.keys(after.layout.elements).sort()).toEqual(
      [...after.nodes.map((n) => n.id), ...after.groups.map((g) => g.id)].sort(),
    );
    expect(layoutFaults(after)).toEqual([]);
  });

  it('flows with the direction: left to right puts the client left of the gateway, top to bottom above it', async () => {
    const lr = await laidOut(smallDesign(), 'LR');
    expect(rect(lr, 'client').x + 200).toBeLessThan(rect(lr, 'gw').x);
    const tb = await laidOut(smallDesign(), 'TB');
    expect(rect(tb, 'client').y + 72).toBeLessThan(rect(tb, 'gw').y);
  });

  it('keeps an empty group at its size and leaves everything but positions alone', async () => {
    const start = smallDesign();
    const after = await laidOut(start, 'LR');
    expect(rect(after, 'spare')).toMatchObject({ width: 360, height: 240 });
    expect({ ...after, layout: start.layout }).toEqual(start);
  });

  it('is undone by one command', async () => {
    const start = smallDesign();
    const applied = applyCommand(start, await layoutDesign(start, 'TB', engine));
    expect(applyCommand(applied.design, applied.inverse).design).toEqual(start);
  });

  it.each(['fraud-detection', 'realtime-inference'])('lays out the %s example cleanly', async (name) => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', `${name}.archlab.json`), 'utf8');
    const parsed = parseDesignText(text);
    if (!parsed.ok) throw new Error('example does not load');
    expect(layoutFaults(await laidOut(parsed.design, 'LR'))).toEqual([]);
  });

  it('rejects with a timeout LayoutError when the engine never answers', async () => {
    const hung: LayoutEngine = { layout: () => new Promise<ElkNode>(() => {}) };
    await expect(layoutDesign(smallDesign(), 'LR', hung, 30)).rejects.toSatisfy(
      (error) => error instanceof LayoutError && error.cause === 'timeout',
    );
  });
});

function fakeDeps(overrides: Partial<LayoutDeps> = {}) {
  const written: Record<string, string> = {};
  const deps: LayoutDeps = {
    engine,
    timeoutMs: 30_000,
    writeText: (path, text) => {
      written[path] = text;
    },
    ...overrides,
  };
  return { deps, written };
}

const input = (d: Design = smallDesign(), file = 'design.archlab.json'): FileInput => ({ file, text: serializeDesign(d) });

describe('runLayout', () => {
  it('prints the laid-out design file on standard output without -o', async () => {
    const result = await runLayout(input(), { lang: 'en' }, fakeDeps().deps);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toHaveLength(1);
    const parsed = parseDesignText(result.stdout[0] as string);
    expect(parsed.ok && layoutFaults(parsed.design)).toEqual([]);
    expect(parsed.ok && parsed.design.layout.direction).toBe('LR');
  });

  it('writes the file with -o and says so, in the chosen direction', async () => {
    const { deps, written } = fakeDeps();
    const result = await runLayout(input(), { lang: 'en', output: 'out.archlab.json', direction: 'TB' }, deps);
    expect(result).toEqual({
      stdout: ['laid out “Test design” (6 components, 4 groups, top to bottom): wrote out.archlab.json'],
      stderr: [],
      exitCode: 0,
    });
    const parsed = parseDesignText(written['out.archlab.json'] as string);
    expect(parsed.ok && parsed.design.layout.direction).toBe('TB');
    expect(written['out.archlab.json']).toMatch(/\n$/);
  });

  it('keeps the file’s direction when none is given', async () => {
    const tb = design(node('a'), node('b'), edge('e', 'a', 'b'), fields({ layout: { direction: 'TB' } }));
    const result = await runLayout(input(tb), { lang: 'en' }, fakeDeps().deps);
    const parsed = parseDesignText(result.stdout[0] as string);
    expect(parsed.ok && parsed.design.layout.direction).toBe('TB');
    expect(parsed.ok && parsed.design.layout.elements.a!.y < parsed.design.layout.elements.b!.y).toBe(true);
  });

  it('speaks French', async () => {
    const result = await runLayout(input(), { lang: 'fr', output: 'x.json' }, fakeDeps().deps);
    expect(result.stdout).toEqual(['disposition de « Test design » (6 composants, 4 groupes, de gauche à droite) : x.json écrit']);
  });

  it('prints the problems of an invalid file like validate, on standard error, and exits 1', async () => {
    const text = serializeDesign(smallDesign()).replace('"target": "gw"', '"target": "nowhere"');
    const result = await runLayout({ file: 'bad.json', text }, { lang: 'en' }, fakeDeps().deps);
    expect(result).toEqual({
      stdout: [],
      stderr: ['bad.json: 1 problem', '  design.edges[0].target: no component has the id "nowhere"'],
      exitCode: 1,
    });
  });

  it('exits 2 when the file cannot be read or the output cannot be written', async () => {
    const missing: FileInput = { file: 'missing.json', readError: 'ENOENT: no such file or directory', code: 'ENOENT' };
    expect(await runLayout(missing, { lang: 'en' }, fakeDeps().deps)).toEqual({
      stdout: [],
      stderr: ['cannot read missing.json: no such file'],
      exitCode: 2,
    });
    const readOnly = fakeDeps({
      writeText: () => {
        throw Object.assign(new Error("EACCES: permission denied, open 'out.json'"), { code: 'EACCES' });
      },
    });
    expect(await runLayout(input(), { lang: 'en', output: 'out.json' }, readOnly.deps)).toEqual({
      stdout: [],
      stderr: ['cannot write out.json: EACCES: permission denied'],
      exitCode: 2,
    });
  });

  it('exits 1 with the reason when the layout fails or times out', async () => {
    const failing = fakeDeps({ engine: { layout: () => Promise.reject(new Error('boom')) } });
    expect(await runLayout(input(), { lang: 'en' }, failing.deps)).toEqual({
      stdout: [],
      stderr: ['cannot lay out design.archlab.json: layout failed: boom'],
      exitCode: 1,
    });
    const hung = fakeDeps({ engine: { layout: () => new Promise<ElkNode>(() => {}) }, timeoutMs: 50 });
    expect((await runLayout(input(), { lang: 'fr' }, hung.deps)).stderr).toEqual([
      'impossible de disposer design.archlab.json : la disposition a pris plus de 0,1 s',
    ]);
  });
});

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: WritingIo & { out: string[]; err: string[] } = {
    out,
    err,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeText: (path, text) => {
      files[path] = text;
    },
    env: { LANG: 'en_US.UTF-8' },
  };
  return io;
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('archlab layout (in process)', () => {
  it('lays a file out into -o and exits 0', async () => {
    const files: Record<string, string> = { 'in.json': serializeDesign(smallDesign()) };
    const io = fakeIo(files);
    expect(await main(argv('layout', 'in.json', '-o', 'out.json', '--direction', 'TB'), io)).toBe(0);
    expect(io.out.join('')).toBe('laid out “Test design” (6 components, 4 groups, top to bottom): wrote out.json\n');
    const parsed = parseDesignText(files['out.json'] as string);
    expect(parsed.ok && layoutFaults(parsed.design)).toEqual([]);
    expect(files['in.json']).toBe(serializeDesign(smallDesign()));
  });

  it('prints the design on standard output without -o', async () => {
    const io = fakeIo({ 'in.json': serializeDesign(smallDesign()) });
    expect(await main(argv('layout', '--lang', 'fr', 'in.json'), io)).toBe(0);
    expect(parseDesignText(io.out.join('')).ok).toBe(true);
    expect(io.err).toEqual([]);
  });

  it('exits 1 for an invalid file, 2 for a missing one or a wrong direction', async () => {
    const bad = fakeIo({ 'bad.json': '{"format":"archlab","version":0}' });
    expect(await main(argv('layout', 'bad.json'), bad)).toBe(1);
    expect(bad.err.join('')).toBe('bad.json: 1 problem\n  version: expected a whole number ≥ 1\n');
    const missing = fakeIo({});
    expect(await main(argv('layout', 'nope.json'), missing)).toBe(2);
    expect(missing.err.join('')).toBe('cannot read nope.json: no such file\n');
    const wrong = fakeIo({ 'in.json': serializeDesign(smallDesign()) });
    expect(await main(argv('layout', 'in.json', '--direction', 'RL'), wrong)).toBe(2);
    expect(wrong.err.join('')).toMatch(/--direction <direction>' argument 'RL' is invalid/);
  });
});
