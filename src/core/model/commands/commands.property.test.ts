import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, toEnvelope } from '../../document';
import { arbCommandFor, arbCommandsFor, arbDesign } from '../../testing/arbitraries';
import { clone, deepFreeze } from '../../testing/builders';
import type { Design } from '../types';
import { applyCommand } from './applyCommand';
import type { Command } from './types';

const numRuns = 200;

/** A design with a command that applies to it. */
const designAndCommand = arbDesign().chain((design) => arbCommandFor(design).map((command) => ({ design, command })));

function ops(command: Command): string[] {
  return command.op === 'batch' ? ['batch', ...command.commands.flatMap(ops)] : [command.op];
}

// Generous timeout: the machine may be busy; speed targets live in bench/, not in unit tests.
describe('command properties', { timeout: 30_000 }, () => {
  it('the generators cover every op of the command language', () => {
    const seen = new Set<string>();
    fc.sample(designAndCommand, { numRuns: 300, seed: 42 }).forEach(({ command }) => ops(command).forEach((op) => seen.add(op)));
    expect([...seen].sort()).toEqual([
      'add-decision', 'add-edge', 'add-group', 'add-node', 'batch', 'remove-decision', 'remove-edge', 'remove-group',
      'remove-node', 'set-boxes', 'update-decision', 'update-design', 'update-edge', 'update-group', 'update-node',
    ]);
  });

  it('applying a command then its inverse gives back the original design, without mutating it', () => {
    fc.assert(
      fc.property(designAndCommand, ({ design, command }) => {
        const original = clone(design);
        deepFreeze(design);
        const applied = applyCommand(design, command);
        const undone = applyCommand(applied.design, applied.inverse);
        expect(undone.design).toEqual(original);
        expect(design).toEqual(original);
      }),
      { numRuns },
    );
  });

  it('every design along a sequence of commands is valid, and undoing them all gives back the start', () => {
    const arb = arbDesign().chain((design) => arbCommandsFor(design, 6).map((commands) => ({ design, commands })));
    fc.assert(
      fc.property(arb, ({ design, commands }) => {
        let current: Design = design;
        const inverses: Command[] = [];
        for (const command of commands) {
          const applied = applyCommand(current, command);
          const reparsed = parseDesign(toEnvelope(applied.design));
          expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
          current = applied.design;
          inverses.push(applied.inverse);
        }
        for (const inverse of inverses.reverse()) current = applyCommand(current, inverse).design;
        expect(current).toEqual(design);
      }),
      { numRuns },
    );
  });

  it('the inverse of an inverse redoes the command', () => {
    fc.assert(
      fc.property(designAndCommand, ({ design, command }) => {
        const applied = applyCommand(design, command);
        const undone = applyCommand(applied.design, applied.inverse);
        const redone = applyCommand(undone.design, undone.inverse);
        expect(redone.design).toEqual(applied.design);
      }),
      { numRuns },
    );
  });
});
