export * from './envelope';
export { parseDesign, parseDesignText, type ParseResult, type ParseOptions } from './parseDesign';
export { serializeDesign, toEnvelope, type DesignEnvelope } from './serializeDesign';
export { MIGRATIONS, runMigrations, type Migration, type MigrationOutcome } from './migrations';
export { formatPath, describeProblem, problem, type Problem } from './problems';
export { SHARE_KEY, shareFragment, readShareFragment } from './shareLink';
