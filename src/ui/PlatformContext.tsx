import { createContext, useContext, type ReactNode } from 'react';
import type { DesignLibrary } from '../platform/designLibrary';

const PlatformContext = createContext<DesignLibrary | null>(null);

export function PlatformProvider({ library, children }: { library: DesignLibrary; children: ReactNode }) {
  return <PlatformContext.Provider value={library}>{children}</PlatformContext.Provider>;
}

/** The browser's design library (IndexedDB), or a test double. */
export function useLibrary(): DesignLibrary {
  const library = useContext(PlatformContext);
  if (library === null) throw new Error('useLibrary must be used inside a PlatformProvider');
  return library;
}
