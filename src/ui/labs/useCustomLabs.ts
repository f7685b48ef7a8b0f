import { useMemo, useSyncExternalStore } from 'react';
import type { Lab } from '../../core';
import { customLabs, readCustomLabTexts, subscribeCustomLabs } from '../../platform/customLabs';

/** The labs added from files in this browser, re-read when they change. */
export function useCustomLabs(): Lab[] {
  const texts = useSyncExternalStore(subscribeCustomLabs, readCustomLabTexts);
  return useMemo(() => customLabs(texts), [texts]);
}
