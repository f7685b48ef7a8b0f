import type { StateCreator } from 'zustand';
import type { Language, MessageKey, MessageValues, Problem } from '../core';
import type { ArchState } from './types';

export const PANEL_TABS = ['properties', 'findings', 'metrics', 'labs', 'export'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  key: MessageKey;
  values?: MessageValues;
}

export interface ImportFailure {
  fileName: string;
  problems: Problem[];
}

export type SaveStatus = 'saved' | 'saving' | 'failed';

export interface UiSlice {
  language: Language;
  panelTab: PanelTab;
  libraryOpen: boolean;
  /** Which canvas dialog is open: the component search (Ctrl+K) or the shortcut list (?). */
  canvasDialog: 'search' | 'help' | null;
  snapToGrid: boolean;
  theme: 'light' | 'dark';
  /** A layout is running (the canvas shows it and refuses a second one). */
  layingOut: boolean;
  importFailure: ImportFailure | null;
  notices: Notice[];
  saveStatus: SaveStatus;
  /** Why the browser refused to store the design, while it does. */
  storageError: string | null;
  setLanguage: (language: Language) => void;
  setPanelTab: (tab: PanelTab) => void;
  setLibraryOpen: (open: boolean) => void;
  setCanvasDialog: (dialog: 'search' | 'help' | null) => void;
  setSnapToGrid: (snap: boolean) => void;
  setTheme: (theme: 'light' | 'dark') => void;
  setLayingOut: (running: boolean) => void;
  showImportFailure: (failure: ImportFailure | null) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  setSaveStatus: (status: SaveStatus, error?: string) => void;
  dismissStorageError: () => void;
}

let nextNoticeId = 1;

export const createUiSlice =
  (language: Language, snapToGrid = false, theme: 'light' | 'dark' = 'light'): StateCreator<ArchState, [], [], UiSlice> =>
  (set, get) => ({
    language,
    panelTab: 'properties',
    libraryOpen: false,
    canvasDialog: null,
    snapToGrid,
    theme,
    layingOut: false,
    importFailure: null,
    notices: [],
    saveStatus: 'saved',
    storageError: null,
    setLanguage: (next) => set({ language: next }),
    setPanelTab: (panelTab) => set({ panelTab }),
    setLibraryOpen: (libraryOpen) => set({ libraryOpen }),
    setCanvasDialog: (canvasDialog) => set({ canvasDialog }),
    setSnapToGrid: (snap) => set({ snapToGrid: snap }),
    setTheme: (next) => set({ theme: next }),
    setLayingOut: (layingOut) => set({ layingOut }),
    showImportFailure: (importFailure) => set({ importFailure }),
    notify: (notice) => set({ notices: [...get().notices.slice(-4), { ...notice, id: nextNoticeId++ }] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    setSaveStatus: (saveStatus, error) =>
      set(saveStatus === 'failed' ? { saveStatus, storageError: error ?? 'unknown error' } : { saveStatus }),
    dismissStorageError: () => set({ storageError: null }),
  });
