import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDesign } from '../testing/arbitraries';
import { clone, deepFreeze } from '../testing/builders';
import { jsonErrorOffset, parseDesign, parseDesignText } from './parseDesign';
import { formatPath } from './problems';
import { serializeDesign, toEnvelope } from './serializeDesign';

const numRuns = 200;

/** Every path inside a JSON value, the value's own (empty) path excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function setAt(root: unknown, path: (string | number)[], junk: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) as string | number] = junk;
}

/** Values that are valid nowhere in a design file (undefined is left out: it means "default"). */
const arbJunk = fc.constantFrom<unknown>(null, Number.NaN, Number.NEGATIVE_INFINITY, [[]], 10n, Symbol('junk'), () => 1);

// Generous timeout: the machine may be busy; speed targets live in bench/, not in unit tests.
describe('document properties', { timeout: 30_000 }, () => {
  it('parse(serialize(d)) gives back d', () => {
    fc.assert(
      fc.property(arbDesign(), (design) => {
        const text = serializeDesign(design);
        const result = parseDesignText(text);
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (!result.ok) return;
        expect(result.design).toEqual(design);
        expect(serializeDesign(result.design)).toBe(text);
      }),
      { numRuns },
    );
  });

  it('any generated design is valid as it is', () => {
    fc.assert(
      fc.property(arbDesign(), (design) => {
        const result = parseDesign(deepFreeze(toEnvelope(clone(design))));
        expect(result.ok && result.design).toEqual(design);
      }),
      { numRuns },
    );
  });

  it('never throws on, nor accepts, any value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        const result = parseDesign(value);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  });

  it('never throws on, nor accepts, any JSON text or any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 3 }), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseDesignText(text);
        expect(result.ok).toBe(false);
        for (const p of result.ok ? [] : result.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  });

  it('refuses a valid envelope with any one value replaced by junk, naming where', () => {
    const arb = arbDesign().chain((design) => {
      const envelope = clone(toEnvelope(design));
      return fc.record({ envelope: fc.constant(envelope), path: fc.constantFrom(...pathsOf(envelope)), junk: arbJunk });
    });
    fc.assert(
      fc.property(arb, ({ envelope, path, junk }) => {
        const broken = clone(envelope);
        setAt(broken, path, junk);
        const result = parseDesign(broken);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const where = formatPath(path);
        const related = result.problems.some((p) => where.startsWith(p.path) || p.path.startsWith(where));
        expect(related, `${where} not among ${result.problems.map((p) => p.path).join(', ')}`).toBe(true);
      }),
      { numRuns },
    );
  });

  it('locates a JSON syntax error exactly when JSON.parse refuses the text', () => {
    const arbText = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', 'x', '\n')).map(([t, at, s]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + s + t.slice(i + (s === '' ? 1 : 0));
      }),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        expect(offset === undefined).toBe(valid);
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
