/**
 * Ordered schema migrations. Each one takes the `design` part of an envelope written at
 * version `from` and returns it as version `to = from + 1` would have it. They run in order
 * before validation, so the schema only ever knows the current version.
 *
 * To change the schema: bump CURRENT_VERSION, append a migration here, freeze a fixture of the
 * old version under src/core/document/fixtures/, and test that it still loads.
 */
export interface Migration {
  from: number;
  to: number;
  /** Pure: must not mutate its input. May throw; the parser reports the failure. */
  migrate: (design: unknown) => unknown;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 2 adds `customTypes` (default: none) and lets `workload.provider` be unset. Every
    // version 1 design is a valid version 2 design as it is: its provider stays as written
    // (or "aws", the version 1 default, when it was left out).
    from: 1,
    to: 2,
    migrate: (design) => {
      if (typeof design !== 'object' || design === null || Array.isArray(design)) return design;
      const d = design as { workload?: unknown };
      if (d.workload === undefined) return { ...d, workload: { provider: 'aws' } };
      if (typeof d.workload !== 'object' || d.workload === null) return d;
      const workload = d.workload as { provider?: unknown };
      return workload.provider === undefined ? { ...d, workload: { ...workload, provider: 'aws' } } : d;
    },
  },
];

export type MigrationOutcome =
  | { ok: true; design: unknown }
  | { ok: false; from: number; to: number; detail: string };

/** Runs the migrations from `version` up to `target`, in order. */
export function runMigrations(
  design: unknown,
  version: number,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = design;
  for (let v = version; v < target; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined || step.to !== v + 1) {
      return { ok: false, from: v, to: v + 1, detail: 'no migration is defined for this step' };
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      return { ok: false, from: v, to: v + 1, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: true, design: current };
}
