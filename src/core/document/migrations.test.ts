import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../testing/builders';
import { CURRENT_VERSION } from './envelope';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import { parseDesign, type ParseResult } from './parseDesign';

/**
 * Test-only schema history: v1 called the design `title`, v2 renamed it `name`, v3 added a
 * `description` built from `notes`. Each step records that it ran.
 */
function history(log: string[] = []): Migration[] {
  return [
    {
      from: 2,
      to: 3,
      migrate: (design) => {
        log.push('2->3');
        const { notes, ...rest } = design as Record<string, unknown>;
        return { ...rest, description: String(notes ?? '') };
      },
    },
    {
      from: 1,
      to: 2,
      migrate: (design) => {
        log.push('1->2');
        const { title, ...rest } = design as Record<string, unknown>;
        return { ...rest, name: title };
      },
    },
  ];
}

const v1Design = () => deepFreeze({ id: 'old', title: 'Old design', notes: 'from v1' });
const problems = (result: ParseResult) => (result.ok ? [] : result.problems);

describe('runMigrations', () => {
  it('runs the steps in version order, whatever their order in the list', () => {
    const log: string[] = [];
    const outcome = runMigrations(v1Design(), 1, 3, history(log));
    expect(log).toEqual(['1->2', '2->3']);
    expect(outcome).toEqual({ ok: true, design: { id: 'old', name: 'Old design', description: 'from v1' } });
  });

  it('starts from the file version and runs nothing for a current file', () => {
    const log: string[] = [];
    expect(runMigrations({ id: 'x', name: 'n', notes: 'v2' }, 2, 3, history(log))).toEqual({
      ok: true,
      design: { id: 'x', name: 'n', description: 'v2' },
    });
    expect(log).toEqual(['2->3']);
    const same = { id: 'y' };
    expect(runMigrations(same, 3, 3, history(log))).toEqual({ ok: true, design: same });
    expect(log).toHaveLength(1);
  });

  it('reports a missing step, and a step that skips a version, without running later ones', () => {
    const log: string[] = [];
    const onlyFirst = history(log).filter((m) => m.from === 1);
    expect(runMigrations(v1Design(), 1, 3, onlyFirst)).toEqual({ ok: false, from: 2, to: 3, detail: 'no migration is defined for this step' });
    expect(log).toEqual(['1->2']);
    const skipping: Migration[] = [{ from: 1, to: 3, migrate: (d) => d }];
    expect(runMigrations(v1Design(), 1, 3, skipping)).toMatchObject({ ok: false, from: 1, to: 2 });
  });

  it('reports a migration that throws, with its message, instead of throwing', () => {
    const broken: Migration[] = [
      history()[1] as Migration,
      { from: 2, to: 3, migrate: () => { throw new Error('notes must be text'); } },
    ];
    expect(runMigrations(v1Design(), 1, 3, broken)).toEqual({ ok: false, from: 2, to: 3, detail: 'notes must be text' });
    const throwsText: Migration[] = [{ from: 1, to: 2, migrate: () => { throw 'plain string'; } }];
    expect(runMigrations({}, 1, 2, throwsText)).toEqual({ ok: false, from: 1, to: 2, detail: 'plain string' });
  });

  it('the shipped list covers every step up to the current version', () => {
    expect(runMigrations({}, 1, CURRENT_VERSION)).toEqual({ ok: true, design: { workload: { provider: 'aws' } } });
    MIGRATIONS.forEach((m, i) => expect([m.from, m.to]).toEqual([i + 1, i + 2]));
  });
});

describe('parseDesign with migrations', () => {
  const options = (migrations: Migration[], language: 'en' | 'fr' = 'en') => ({ migrations, currentVersion: 3, language });

  it('migrates an old file to the current version before validating it', () => {
    const input = deepFreeze({ format: 'archlab', version: 1, design: v1Design() });
    const result = parseDesign(input, options(history()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.design).toMatchObject({ id: 'old', name: 'Old design', description: 'from v1', nodes: [] });
  });

  it('validates the migrated design, not the old one', () => {
    const result = parseDesign({ format: 'archlab', version: 1, design: { id: 'old', title: '' } }, options(history()));
    expect(problems(result).map((p) => p.path)).toEqual(['design.name']);
  });

  it('reports a missing step as a problem on the design', () => {
    const result = parseDesign({ format: 'archlab', version: 1, design: v1Design() }, options(history().slice(0, 1)));
    expect(problems(result)).toEqual([
      { path: 'design', message: 'migration from version 1 to 2 failed: no migration is defined for this step' },
    ]);
  });

  it('reports a throwing migration in the chosen language and never throws', () => {
    const broken: Migration[] = [...history().slice(1), { from: 2, to: 3, migrate: () => { throw new RangeError('boom'); } }];
    const input = { format: 'archlab', version: 1, design: v1Design() };
    expect(() => parseDesign(input, options(broken))).not.toThrow();
    expect(problems(parseDesign(input, options(broken)))).toEqual([{ path: 'design', message: 'migration from version 2 to 3 failed: boom' }]);
    expect(problems(parseDesign(input, options(broken, 'fr')))).toEqual([
      { path: 'design', message: 'la migration de la version 2 vers la version 3 a échoué : boom' },
    ]);
  });

  it('refuses a version newer than the current one even with migrations', () => {
    const result = parseDesign({ format: 'archlab', version: 4, design: {} }, options(history()));
    expect(problems(result)[0]?.message).toBe('this file was written by a newer ArchLab (schema version 4); this one reads up to version 3');
  });
});
