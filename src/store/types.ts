import type { DocumentSlice } from './documentSlice';
import type { SelectionSlice } from './selectionSlice';
import type { UiSlice } from './uiSlice';
import type { ViewportSlice } from './viewportSlice';
import type { FindingsSlice } from './findingsSlice';

/** The whole store: one zustand store made of five slices. */
export type ArchState = DocumentSlice & SelectionSlice & ViewportSlice & UiSlice & FindingsSlice;
