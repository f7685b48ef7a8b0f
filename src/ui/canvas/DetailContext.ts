import { createContext } from 'react';
import type { ZoomDetail } from './zoomDetail';

/**
 * What components and connections draw at the current zoom (see zoomDetail.ts). Only what they
 * read, so that it changes at a few thresholds and not at every dash scale: each change redraws
 * every component and connection in view.
 */
export type DrawnDetail = Pick<ZoomDetail, 'labels' | 'edgeMarks' | 'plainCards'>;

export const DetailContext = createContext<DrawnDetail>({ labels: true, edgeMarks: true, plainCards: false });
