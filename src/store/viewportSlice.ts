import type { StateCreator } from 'zustand';
import type { ArchState } from './types';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewportSlice {
  viewport: Viewport;
  setViewport: (viewport: Viewport) => void;
}

export const createViewportSlice: StateCreator<ArchState, [], [], ViewportSlice> = (set) => ({
  viewport: { x: 0, y: 0, zoom: 1 },
  setViewport: (viewport) => set({ viewport }),
});
