import { useSyncExternalStore } from 'react';
import { readLabProgress, subscribeLabProgress, type LabProgress } from '../../platform/labProgress';

/** The participant's progress in every lab, kept in this browser; re-renders when it changes. */
export function useLabProgress(): LabProgress {
  return useSyncExternalStore(subscribeLabProgress, readLabProgress);
}
