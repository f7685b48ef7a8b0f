import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ArchStore } from './createArchStore';
import type { ArchState } from './types';

const StoreContext = createContext<ArchStore | null>(null);

export function StoreProvider({ store, children }: { store: ArchStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store of the nearest provider. */
export function useArchStoreApi(): ArchStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useArchStore must be used inside a StoreProvider');
  return store;
}

/** Selects a narrow piece of state; the component re-renders only when it changes. */
export function useArch<T>(selector: (state: ArchState) => T): T {
  return useStore(useArchStoreApi(), selector);
}
