import type { StateCreator } from 'zustand';
import { applyCommand, CommandError, type Command, type Design } from '../core';
import type { ArchState } from './types';

/** One undoable step: the command as applied and the command that reverses it. */
export interface HistoryEntry {
  command: Command;
  inverse: Command;
}

export interface DocumentSlice {
  design: Design;
  /** Increases on every change of the design (edits, undo, redo, load). */
  revision: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Commands of the gesture under way (a drag, a paste), recorded as one entry when it ends. */
  gesture: HistoryEntry[] | null;
  /** Applies a command and records it for undo. Returns false (and shows why) when refused. */
  dispatch: (command: Command) => boolean;
  undo: () => void;
  redo: () => void;
  beginGesture: () => void;
  endGesture: () => void;
  /** Replaces the design (open, new): not an edit, so the history starts afresh. */
  loadDesign: (design: Design) => void;
}

const HISTORY_LIMIT = 500;

function batchOf(entries: HistoryEntry[]): HistoryEntry {
  if (entries.length === 1) return entries[0] as HistoryEntry;
  return {
    command: { op: 'batch', commands: entries.map((e) => e.command) },
    inverse: { op: 'batch', commands: entries.map((e) => e.inverse).reverse() },
  };
}

export const createDocumentSlice =
  (initial: Design): StateCreator<ArchState, [], [], DocumentSlice> =>
  (set, get) => ({
    design: initial,
    revision: 0,
    past: [],
    future: [],
    gesture: null,
    dispatch: (command) => {
      const state = get();
      let applied;
      try {
        applied = applyCommand(state.design, command);
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        state.notify({ kind: 'error', key: 'notices.commandFailed', values: { reason: error.message } });
        return false;
      }
      const entry = { command, inverse: applied.inverse };
      if (state.gesture !== null) {
        set({ design: applied.design, revision: state.revision + 1, gesture: [...state.gesture, entry] });
      } else {
        set({
          design: applied.design,
          revision: state.revision + 1,
          past: [...state.past, entry].slice(-HISTORY_LIMIT),
          future: [],
        });
      }
      return true;
    },
    undo: () => {
      const state = get();
      if (state.gesture !== null) state.endGesture();
      const { past, future, design, revision } = get();
      const entry = past.at(-1);
      if (entry === undefined) return;
      const applied = applyCommand(design, entry.inverse);
      set({
        design: applied.design,
        revision: revision + 1,
        past: past.slice(0, -1),
        future: [...future, { command: entry.command, inverse: entry.inverse }],
      });
    },
    redo: () => {
      const { past, future, design, revision } = get();
      const entry = future.at(-1);
      if (entry === undefined) return;
      const applied = applyCommand(design, entry.command);
      set({
        design: applied.design,
        revision: revision + 1,
        past: [...past, { command: entry.command, inverse: applied.inverse }],
        future: future.slice(0, -1),
      });
    },
    beginGesture: () => {
      if (get().gesture === null) set({ gesture: [] });
    },
    endGesture: () => {
      const { gesture, past } = get();
      if (gesture === null) return;
      if (gesture.length === 0) set({ gesture: null });
      else set({ gesture: null, past: [...past, batchOf(gesture)].slice(-HISTORY_LIMIT), future: [] });
    },
    loadDesign: (design) => {
      set({ design, revision: get().revision + 1, past: [], future: [], gesture: null, selection: [] });
    },
  });
