import { isUntouchedBlank, type Design } from '../core';
import type { ArchStore } from '../store';
import type { DesignLibrary } from './designLibrary';
import { clearPendingSnapshot, writePendingSnapshot } from './pendingSnapshot';
import { rememberLastDesign } from './preferences';

export const AUTOSAVE_DELAY_MS = 300;

function reason(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Saves the open design to the library at most AUTOSAVE_DELAY_MS after each change, and at
 * once when the page is hidden or closed (with a synchronous localStorage copy in case the
 * page dies before IndexedDB finishes). Returns a function that stops it and flushes.
 */
export interface Autosave {
  /** Writes the open design now (at start, so a new design is listed from the first moment). */
  saveNow: () => Promise<void>;
  /** Stops listening, after writing what is waiting. */
  stop: () => Promise<void>;
}

export function startAutosave(store: ArchStore, library: DesignLibrary, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  let pending: Design | null = null;
  /**
   * The newest design handed to the library whose write has not finished: if the page goes
   * before it does, the write may never finish, so the safety copy must hold it.
   */
  let unconfirmed: Design | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const write = (design: Design): Promise<void> => {
    // Dated when it is asked for, not when its turn in the chain comes: an older revision
    // written after the page was hidden must not look newer than the snapshot taken then.
    const updatedAt = Date.now();
    unconfirmed = design;
    chain = chain.then(async () => {
      try {
        const { replacedOtherTab } = await library.save(design, updatedAt);
        if (replacedOtherTab) store.getState().notify({ kind: 'info', key: 'library.savedOverOtherTab' });
        if (unconfirmed === design) unconfirmed = null;
        rememberLastDesign(design.id);
        if (pending === null) {
          clearPendingSnapshot();
          store.getState().setSaveStatus('saved');
        }
      } catch (error) {
        store.getState().setSaveStatus('failed', reason(error));
      }
    });
    return chain;
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const design = pending;
    pending = null;
    return design === null ? chain : write(design);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    const outgoing = previous.design;
    if (outgoing.id !== state.design.id && isUntouchedBlank(outgoing)) {
      // A blank design left untouched is not kept: opening a file must not leave an empty
      // "Untitled design" behind in the library.
      if (pending?.id === outgoing.id) pending = null;
      chain = chain.then(() => library.remove(outgoing.id)).catch(() => undefined);
    } else if (pending !== null && pending.id !== state.design.id) {
      // Switching to another design: what was waiting for the old one is written first.
      void flush();
    }
    pending = state.design;
    if (state.saveStatus !== 'saving' && state.saveStatus !== 'failed') state.setSaveStatus('saving');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });

  const onHide = () => {
    const latest = pending ?? unconfirmed;
    if (latest !== null) writePendingSnapshot(latest);
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);

  return {
    saveNow: () => {
      pending = store.getState().design;
      return flush();
    },
    stop: async () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}
