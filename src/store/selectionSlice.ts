import type { StateCreator, StoreApi } from 'zustand';
import type { Design } from '../core';
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

/**
 * Keeps the selection to elements that exist: an undo, a redo or a quick fix can remove what was
 * selected (the connection just drawn, a connection a fix replaced), and nothing on the canvas
 * deselects an element that is gone.
 */
export function followSelection(store: StoreApi<ArchState>): void {
  store.subscribe((state, previous) => {
    const { selection, design } = state;
    if (selection.length === 0 || sameElements(previous.design, design)) return;
    const kept = selection.filter(existsIn(design, selection.length));
    if (kept.length !== selection.length) store.setState({ selection: kept });
  });
}

/** Whether no element can have gone: a move, a rename of the design… leave the lists as they were. */
function sameElements(before: Design, after: Design): boolean {
  return before.nodes === after.nodes && before.edges === after.edges && before.groups === after.groups;
}

/** A test of whether an id is an element of the design: a scan for a few ids, an index for many. */
function existsIn(design: Design, count: number): (id: string) => boolean {
  const lists = [design.nodes, design.edges, design.groups];
  if (count <= 8) return (id) => lists.some((list) => list.some((element) => element.id === id));
  const ids = new Set<string>();
  for (const list of lists) for (const element of list) ids.add(element.id);
  return (id) => ids.has(id);
}
