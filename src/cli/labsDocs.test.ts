import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateObjectives, labComplete, parseLabText, startLab } from '../core';

/** The lab file shown in docs/labs.md is a valid lab that its starting design does not complete. */
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'labs.md'), 'utf8');
const examples = [...doc.matchAll(/```json\n(\{\n {2}"format": "archlab-lab"[\s\S]*?)\n```/g)].map((m) => m[1] as string);

describe('docs/labs.md', () => {
  it('shows a whole lab file', () => {
    expect(examples).toHaveLength(1);
  });

  it('shows a valid lab file, not complete from its start', () => {
    const result = parseLabText(examples[0]!);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const part = result.lab.parts[0]!;
    const start = startLab(result.lab, part.id, 'en', (prefix) => `${prefix}-1`);
    expect(labComplete(evaluateObjectives(part, start))).toBe(false);
  });

  it('lists the nine labs', () => {
    for (let n = 1; n <= 9; n += 1) expect(doc).toMatch(new RegExp(`\\n\\| ${n} \\| `));
  });
});
