import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from './migrations';
import { parseDesign } from './parseDesign';

describe('migration from version 1 to 2', () => {
  it('keeps the provider a version 1 file had, and gives "aws" (the old default) to one that left it out', () => {
    const withProvider = runMigrations({ id: 'd', name: 'D', workload: { provider: 'gcp' } }, 1, 2, MIGRATIONS);
    expect(withProvider).toEqual({ ok: true, design: { id: 'd', name: 'D', workload: { provider: 'gcp' } } });
    const without = runMigrations({ id: 'd', name: 'D' }, 1, 2, MIGRATIONS);
    expect(without).toEqual({ ok: true, design: { id: 'd', name: 'D', workload: { provider: 'aws' } } });
  });

  it('loads a minimal version 1 file as a version 2 design with no custom types', () => {
    const result = parseDesign({ format: 'archlab', version: 1, design: { id: 'd', name: 'D' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.design.workload.provider).toBe('aws');
    expect(result.design.customTypes).toEqual([]);
  });

  it('does not touch junk: validation reports it', () => {
    expect(runMigrations('junk', 1, 2, MIGRATIONS)).toEqual({ ok: true, design: 'junk' });
    expect(parseDesign({ format: 'archlab', version: 1, design: 'junk' }).ok).toBe(false);
  });
});
