// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Design } from '../core';
import { design, edge, node } from '../core/testing/builders';
import { createArchStore } from '../store/createArchStore';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import type { DesignLibrary, SaveOutcome } from './designLibrary';
import { clearPendingSnapshot, readPendingSnapshot } from './pendingSnapshot';

/** A library whose writes never finish, as when the page is torn down during an IndexedDB write. */
function stalledLibrary(): DesignLibrary & { saved: Design[] } {
  const saved: Design[] = [];
  return {
    saved,
    list: () => Promise.resolve([]),
    load: () => Promise.resolve(undefined),
    save: (d) => {
      saved.push(d);
      return new Promise<SaveOutcome>(() => undefined);
    },
    remove: () => Promise.resolve(),
  };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clearPendingSnapshot();
  });
  afterEach(() => vi.useRealTimers());

  it('leaves a safety copy of an edit whose write had started but not finished when the page goes', async () => {
    const store = createArchStore(design(node('api', 'microservice'), node('model', 'triton'), edge('call', 'api', 'model')));
    const library = stalledLibrary();
    const autosave = startAutosave(store, library);
    store.getState().dispatch({ op: 'update-node', id: 'api', patch: { label: 'Orders API' } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    // The write of the edit has started and hangs.
    expect(library.saved.at(-1)?.nodes[0]?.label).toBe('Orders API');

    window.dispatchEvent(new Event('pagehide'));

    const snapshot = readPendingSnapshot('en');
    expect(snapshot?.design.nodes.find((n) => n.id === 'api')?.label).toBe('Orders API');
    void autosave.stop();
  });

  it('leaves a safety copy of an edit still waiting for its write', () => {
    const store = createArchStore(design(node('api', 'microservice')));
    const autosave = startAutosave(store, stalledLibrary());
    store.getState().dispatch({ op: 'update-node', id: 'api', patch: { label: 'Waiting' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(readPendingSnapshot('en')?.design.nodes[0]?.label).toBe('Waiting');
    void autosave.stop();
  });
});
