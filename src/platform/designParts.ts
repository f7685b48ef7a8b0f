import { CURRENT_VERSION, FORMAT, parseDesign, problem, type Design, type Language, type ParseResult, type Problem } from '../core';

/**
 * A design kept in IndexedDB is cut into parts, so that an edit rewrites only what it changed:
 * a drag changes the layout alone. At 10,000 components the browser copies the whole design in
 * about 170 ms of the main thread, the layout in about 40.
 *
 * The big collections each go under an immutable key of their own (`part:<design>:<field>:<revision>`);
 * a head record at `design:<id>` holds the small fields and names the parts of one save. A part
 * is never overwritten, so a head always points to parts written together with it or before it.
 */
export const PART_FIELDS = ['nodes', 'edges', 'groups', 'layout', 'decisions', 'customTypes'] as const;
export type PartField = (typeof PART_FIELDS)[number];

export const HEAD_KIND = 'archlab-design-head';

export interface DesignHead {
  kind: typeof HEAD_KIND;
  /** The version of the design format the parts were written in, as a file's envelope says. */
  version: number;
  /** Changes on every save: a tab whose last save is not the stored one must write everything. */
  revision: string;
  /** The design's fields other than the parts. */
  fields: Omit<Design, PartField>;
  parts: Record<PartField, string>;
}

export const designKey = (id: string) => `design:${id}`;
export const summaryKey = (id: string) => `summary:${id}`;
export const partKey = (id: string, field: PartField, revision: string) => `part:${id}:${field}:${revision}`;

/** A head as this version writes them: anything else stored under `design:<id>` is read as a whole envelope. */
export function isDesignHead(value: unknown): value is DesignHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<Record<keyof DesignHead, unknown>>;
  if (head.kind !== HEAD_KIND || typeof head.revision !== 'string' || typeof head.version !== 'number') return false;
  if (typeof head.fields !== 'object' || head.fields === null || typeof head.parts !== 'object' || head.parts === null) return false;
  const parts = head.parts as Record<string, unknown>;
  return PART_FIELDS.every((field) => typeof parts[field] === 'string');
}

/** The design's fields that are not parts, in a new object. */
export function headFields(design: Design): Omit<Design, PartField> {
  const fields: Partial<Design> = { ...design };
  for (const field of PART_FIELDS) delete fields[field];
  return fields as Omit<Design, PartField>;
}

/** A head for a design whose parts are under the keys given. */
export function designHead(design: Design, revision: string, parts: Record<PartField, string>): DesignHead {
  return { kind: HEAD_KIND, version: CURRENT_VERSION, revision, fields: headFields(design), parts };
}

/**
 * Reads a head and its parts back as a design, migrated and checked as a file is. A part that is
 * missing is reported under its field's name, never read as an empty collection.
 */
export function assembleDesign(head: DesignHead, parts: readonly unknown[], language: Language): ParseResult {
  if (head.version > CURRENT_VERSION) return unreadableVersion(head, language);
  const design: Record<string, unknown> = { ...head.fields };
  const missing: Problem[] = [];
  PART_FIELDS.forEach((field, i) => {
    if (parts[i] === undefined) missing.push(problem(language, ['design', field], 'problem.partMissing'));
    else design[field] = parts[i];
  });
  if (missing.length > 0) return { ok: false, problems: missing };
  return parseDesign({ format: FORMAT, version: head.version, design }, { language });
}

/** What `parseDesign` says of a head written by a newer ArchLab, before any of its parts is read. */
export function unreadableVersion(head: DesignHead, language: Language): ParseResult {
  return parseDesign({ format: FORMAT, version: head.version, design: {} }, { language });
}
