import type { DocumentSlice } from './documentSlice';
import type { SelectionSlice } from './selectionSlice';
import type { UiSlice } from './uiSlice';
import type { ViewportSlice } from './viewportSlice';

/** The whole store: one zustand store made of four slices. */
export type ArchState = DocumentSlice & SelectionSlice & ViewportSlice & UiSlice;
