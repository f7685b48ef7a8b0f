import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, parseDesignText } from '../core';

/** The design files shown in docs/design-format.md must be valid files of the current version. */
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'design-format.md'), 'utf8');
const examples = [...doc.matchAll(/```json\n(\{\n {2}"format"[\s\S]*?)\n```/g)].map((m) => m[1] as string);

describe('docs/design-format.md', () => {
  it('shows whole files', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((text, i) => [i, text] as const))('example %i is a valid file of the current version', (_i, text) => {
    const result = parseDesignText(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(text).version).toBe(CURRENT_VERSION);
  });
});
