import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Design, Language } from '../core';
import { createDocumentSlice } from './documentSlice';
import { createSelectionSlice, followSelection } from './selectionSlice';
import { createUiSlice } from './uiSlice';
import { createViewportSlice } from './viewportSlice';
import { createFindingsSlice, followDesign, type BackgroundEvaluator } from './findingsSlice';
import type { ArchState } from './types';

export type ArchStore = StoreApi<ArchState>;

/** A fresh store (one per app, one per test), holding `design` in `language`. */
export function createArchStore(
  design: Design,
  language: Language = 'en',
  options: { snapToGrid?: boolean; theme?: 'light' | 'dark'; background?: BackgroundEvaluator } = {},
): ArchStore {
  const store = createStore<ArchState>()((...args) => ({
    ...createDocumentSlice(design)(...args),
    ...createSelectionSlice(...args),
    ...createViewportSlice(...args),
    ...createUiSlice(language, options.snapToGrid ?? false, options.theme ?? 'light')(...args),
    ...createFindingsSlice(design, options.background)(...args),
  }));
  followDesign(store, options.background);
  followSelection(store);
  return store;
}
