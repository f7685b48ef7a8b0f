import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, PROP_NAME_PATTERN, TYPE_ID_PATTERN, newId, uniqueId } from './ids';

describe('id patterns', () => {
  it('accept readable ids and refuse unsafe ones', () => {
    for (const ok of ['gw', 'Triton-1', 'a.b:c_d-e', '0', 'x'.repeat(100)]) expect(ID_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '-gw', '_gw', 'a b', 'a/b', 'é', 'x'.repeat(101), 'a"b', 'a\nb', '__proto__']) expect(ID_PATTERN.test(bad)).toBe(false);
  });

  it('type ids are kebab-case and property names camelCase', () => {
    expect(['api-gateway', 'triton', 's3', 'a-1-b'].every((t) => TYPE_ID_PATTERN.test(t))).toBe(true);
    expect(['Api', 'api_gateway', '-api', 'api-', 'api--gw', ''].some((t) => TYPE_ID_PATTERN.test(t))).toBe(false);
    expect(['replicas', 'latencyP99Ms', 'X'].every((p) => PROP_NAME_PATTERN.test(p))).toBe(true);
    expect(['9lives', 'max-rps', 'a_b', '', 'a'.repeat(65)].some((p) => PROP_NAME_PATTERN.test(p))).toBe(false);
  });
});

describe('newId', () => {
  it('is the prefix and eight characters of a readable alphabet', () => {
    expect(newId('node', () => 0)).toBe('node-aaaaaaaa');
    expect(newId('edge', () => 0.999999)).toBe('edge-99999999');
    let i = 0;
    const steps = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    expect(newId('g', () => steps[i++] as number)).toBe('g-adgjnsvy');
  });

  it('always matches ID_PATTERN and never uses look-alike characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (prefix, stream) => {
        const id = newId(prefix, () => stream.next().value as number);
        expect(id).toMatch(ID_PATTERN);
        expect(id.slice(prefix.length + 1)).toMatch(/^[a-km-np-z2-9]{8}$/);
      }),
      { numRuns: 200 },
    );
  });

  it('uses Math.random by default and gives different ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newId('n')));
    expect(ids.size).toBe(50);
  });
});

describe('uniqueId', () => {
  it('returns the base when free, else the first free numbered form', () => {
    expect(uniqueId('gw', new Set())).toBe('gw');
    expect(uniqueId('gw', new Set(['gw']))).toBe('gw-2');
    expect(uniqueId('gw', new Set(['gw', 'gw-2', 'gw-3', 'gw-5']))).toBe('gw-4');
  });

  it('never returns a taken id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'a-2', 'a-3', 'a-4', 'b')), (taken) => {
        const id = uniqueId('a', new Set(taken));
        expect(taken).not.toContain(id);
        expect(id).toMatch(/^a(-\d+)?$/);
      }),
      { numRuns: 100 },
    );
  });
});
