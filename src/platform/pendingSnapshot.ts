import { parseDesign, toEnvelope, type Design, type Language } from '../core';

/**
 * A synchronous safety copy of the open design, written to localStorage when the page is
 * hidden or closed with changes IndexedDB may not have finished writing. The next start
 * prefers it when it is newer than the library's copy, then clears it.
 */
const KEY = 'archlab:pending';

interface Stored {
  savedAt: number;
  envelope: unknown;
}

export function writePendingSnapshot(design: Design, savedAt = Date.now()): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify({ savedAt, envelope: toEnvelope(design) } satisfies Stored));
    return true;
  } catch {
    return false;
  }
}

export function readPendingSnapshot(language: Language): { design: Design; savedAt: number } | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const stored = JSON.parse(raw) as Stored;
    const parsed = parseDesign(stored.envelope, { language });
    return parsed.ok && typeof stored.savedAt === 'number' ? { design: parsed.design, savedAt: stored.savedAt } : null;
  } catch {
    return null;
  }
}

export function clearPendingSnapshot(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
