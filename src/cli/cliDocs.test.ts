import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { createProgram } from './main';

/** docs/cli.md documents every command of the program, and every option of each. */
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
const io: CliIo = { writeOut: () => {}, writeErr: () => {}, readText: () => '', env: {} };
const commands = createProgram(io, () => {}).commands;

/** The part of docs/cli.md about one command: from its heading to the next command's. */
function section(name: string): string {
  const start = doc.indexOf(`\n## \`archlab ${name}\`\n`);
  if (start < 0) return '';
  const next = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe('docs/cli.md', () => {
  it('has a section for every command', () => {
    expect(commands.map((c) => c.name()).filter((name) => section(name) === '')).toEqual([]);
  });

  it.each(commands.map((c) => [c.name(), c] as const))('documents every option of %s, with its choices, and its exit codes', (name, command) => {
    const text = section(name);
    for (const option of command.options) {
      expect(text, `${name} ${option.long}`).toContain(`\`${option.long}`);
      for (const choice of option.argChoices ?? []) expect(text, `${name} ${option.long} ${choice}`).toContain(`\`${choice}\``);
    }
    expect(text).toContain('### Exit codes');
  });
});
