export { createArchStore, type ArchStore } from './createArchStore';
export { StoreProvider, useArch, useArchStoreApi } from './context';
export type { ArchState } from './types';
export type { HistoryEntry } from './documentSlice';
export { PANEL_TABS, EXPORT_FORMATS, type PanelTab, type Notice, type ImportFailure, type SaveStatus, type ExportChoice, type ExportFormat } from './uiSlice';
export type { Viewport } from './viewportSlice';
export { findingMarks, markKey, type FindingMark } from './findings';
export { BACKGROUND_THRESHOLD, checkedDesign, type BackgroundEvaluator } from './findingsSlice';
