import { localRecord } from './localRecord';

/**
 * What a participant has done in each lab, kept in this browser (localStorage): for each part,
 * the design it was started in, how many hints were shown, and whether it was completed.
 * Read defensively: a damaged record reads as no progress rather than breaking the Labs tab.
 */
export interface PartProgress {
  designId: string;
  hintsShown: number;
  completed: boolean;
}

/** Progress by lab number, then by part id. */
export type LabProgress = Record<string, Record<string, PartProgress>>;

const KEY = 'archlab:lab-progress';

function isPartProgress(value: unknown): value is PartProgress {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.designId === 'string' && Number.isInteger(v.hintsShown) && (v.hintsShown as number) >= 0 && typeof v.completed === 'boolean';
}

/** Parses stored progress, keeping every well-formed part and dropping the rest. */
export function parseProgress(text: string | null): LabProgress {
  if (text === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: LabProgress = {};
  for (const [lab, parts] of Object.entries(data as Record<string, unknown>)) {
    if (typeof parts !== 'object' || parts === null) continue;
    for (const [part, progress] of Object.entries(parts as Record<string, unknown>)) {
      if (isPartProgress(progress)) (out[lab] ??= {})[part] = { designId: progress.designId, hintsShown: progress.hintsShown, completed: progress.completed };
    }
  }
  return out;
}

/** A copy of `progress` with one part changed. */
export function withPart(progress: LabProgress, lab: number, part: string, change: Partial<PartProgress> & { designId?: string }): LabProgress {
  const current = progress[lab]?.[part] ?? { designId: '', hintsShown: 0, completed: false };
  return { ...progress, [lab]: { ...progress[lab], [part]: { ...current, ...change } } };
}

/** The lab and part a design was started for, if any. */
export function partOfDesign(progress: LabProgress, designId: string): { lab: number; part: string } | undefined {
  for (const [lab, parts] of Object.entries(progress)) {
    for (const [part, p] of Object.entries(parts)) if (p.designId === designId) return { lab: Number(lab), part };
  }
  return undefined;
}

const record = localRecord(KEY, parseProgress);

export const readLabProgress = record.read;
/** Saves progress (for this visit only when the browser refuses storage) and tells subscribers. */
export const writeLabProgress = record.write;
export const subscribeLabProgress = record.subscribe;
