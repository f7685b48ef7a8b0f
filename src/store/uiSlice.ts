import type { StateCreator } from 'zustand';
import { TEXT_EXPORT_FORMATS, type ExportView, type Language, type MessageKey, type MessageValues, type Problem } from '../core';
import type { ArchState } from './types';

export const PANEL_TABS = ['properties', 'findings', 'metrics', 'labs', 'export'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** What the Export tab shows: a format, the view of the formats that draw one, and what an image holds. */
export interface ExportChoice {
  format: ExportFormat;
  view: ExportView;
  scope: 'design' | 'selection';
}

export const EXPORT_FORMATS = [...TEXT_EXPORT_FORMATS, 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
  /** The decision records dialog is open. */
  decisionsOpen: boolean;
  exportChoice: ExportChoice;
  /** Presentation mode is on. */
  presenting: boolean;
  /** The template gallery is open. */
  templatesOpen: boolean;
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
  setDecisionsOpen: (open: boolean) => void;
  setExportChoice: (choice: Partial<ExportChoice>) => void;
  setPresenting: (presenting: boolean) => void;
  setTemplatesOpen: (open: boolean) => void;
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
    decisionsOpen: false,
    exportChoice: { format: 'structurizr', view: 'container', scope: 'design' },
    presenting: false,
    templatesOpen: false,
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
    setDecisionsOpen: (decisionsOpen) => set({ decisionsOpen }),
    setExportChoice: (choice) => set({ exportChoice: { ...get().exportChoice, ...choice } }),
    setPresenting: (presenting) => set({ presenting }),
    setTemplatesOpen: (templatesOpen) => set({ templatesOpen }),
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
