import type { StateCreator } from 'zustand';
import type { ArchState } from './types';

export interface SelectionSlice {
  /** Ids of the selected nodes, edges and groups. */
  selection: string[];
  select: (ids: string[]) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<ArchState, [], [], SelectionSlice> = (set, get) => ({
  selection: [],
  select: (ids) => {
    const current = get().selection;
    if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
    set({ selection: ids });
  },
  clearSelection: () => {
    if (get().selection.length > 0) set({ selection: [] });
  },
});
