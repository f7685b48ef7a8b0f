import { describe, expect, it } from 'vitest';
import { createDesign } from '../core';
import { createArchStore } from './createArchStore';

describe('ui and selection slices', () => {
  it('keeps the selection in its own field and ignores identical selections', () => {
    const store = createArchStore(createDesign('d1', 'D'), 'fr');
    store.getState().select(['a', 'b']);
    const first = store.getState().selection;
    store.getState().select(['a', 'b']);
    expect(store.getState().selection).toBe(first);
    store.getState().clearSelection();
    expect(store.getState().selection).toEqual([]);
  });

  it('starts in the language it is given and switches', () => {
    const store = createArchStore(createDesign('d1', 'D'), 'fr');
    expect(store.getState().language).toBe('fr');
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('records a storage failure with its reason until dismissed', () => {
    const store = createArchStore(createDesign('d1', 'D'));
    store.getState().setSaveStatus('failed', 'QuotaExceededError');
    expect(store.getState().storageError).toBe('QuotaExceededError');
    store.getState().setSaveStatus('saved');
    expect(store.getState().saveStatus).toBe('saved');
    store.getState().dismissStorageError();
    expect(store.getState().storageError).toBeNull();
  });

  it('keeps at most five notices, newest last', () => {
    const store = createArchStore(createDesign('d1', 'D'));
    for (let i = 0; i < 8; i += 1) store.getState().notify({ kind: 'info', key: 'notices.created' });
    const notices = store.getState().notices;
    expect(notices).toHaveLength(5);
    expect(new Set(notices.map((n) => n.id)).size).toBe(5);
    store.getState().dismissNotice(notices[0]!.id);
    expect(store.getState().notices).toHaveLength(4);
  });
});
