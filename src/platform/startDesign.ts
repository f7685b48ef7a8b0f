import { createDesign, describeProblem, newId, translate, type Design, type Language } from '../core';
import type { DesignLibrary, DesignSummary } from './designLibrary';
import { clearPendingSnapshot, readPendingSnapshot } from './pendingSnapshot';
import { lastDesignId } from './preferences';

export interface StartDesign {
  design: Design;
  /** Set when the browser's storage could not be read. */
  storageError?: string;
  /** The first saved design that could not be read, passed over for the next one. */
  unreadable?: { name: string; reason: string };
}

export function blankDesign(language: Language): Design {
  return createDesign(newId('design'), translate(language, 'design.untitled'));
}

/**
 * The design to open at start: a newer unsaved copy left by a closed page, else the design
 * open last, else the most recent one, else a new blank design.
 */
export async function loadStartDesign(library: DesignLibrary, language: Language): Promise<StartDesign> {
  const snapshot = readPendingSnapshot(language);
  let summaries: DesignSummary[];
  try {
    summaries = await library.list();
  } catch (error) {
    const storageError = error instanceof Error ? error.message : String(error);
    return { design: snapshot?.design ?? blankDesign(language), storageError };
  }
  if (snapshot !== null) {
    const stored = summaries.find((s) => s.id === snapshot.design.id);
    if (stored === undefined || stored.updatedAt <= snapshot.savedAt) return { design: snapshot.design };
    clearPendingSnapshot();
  }
  const last = lastDesignId();
  const candidates = [...summaries.filter((s) => s.id === last), ...summaries.filter((s) => s.id !== last)];
  let unreadable: StartDesign['unreadable'];
  for (const summary of candidates) {
    let reason: string;
    try {
      const result = await library.load(summary.id, language);
      if (result?.ok) return { design: result.design, ...(unreadable && { unreadable }) };
      reason = result === undefined ? translate(language, 'library.recordMissing') : result.problems.map(describeProblem).join('; ');
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    // Said once, for the design the person expects; the next one is tried.
    unreadable ??= { name: summary.name, reason };
  }
  return { design: blankDesign(language), ...(unreadable && { unreadable }) };
}
