import { useEffect } from 'react';
import { useArchStoreApi } from '../../store';
import { openSharedFragment } from '../designActions';

/**
 * Imports the design of a shared link when the app opens on one, or when a link is pasted
 * into the address bar of an open tab; then takes the design out of the address, so that a
 * reload does not import it twice.
 */
export function useSharedLink(): void {
  const store = useArchStoreApi();
  useEffect(() => {
    const importFromAddress = () => {
      if (!openSharedFragment(store, window.location.hash)) return;
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    };
    importFromAddress();
    window.addEventListener('hashchange', importFromAddress);
    return () => window.removeEventListener('hashchange', importFromAddress);
  }, [store]);
}
