import { useCallback } from 'react';
import { useArchStoreApi } from '../../store';
import { autoLayout } from '../../platform/layoutWorker';
import { LayoutError } from '../../core/layout';
import { useFitDesign } from './fitDesign';

/**
 * Runs the ELK layout in its worker and applies it as one undoable command, unless the design
 * changed meanwhile (a result for an older revision is dropped). Failures and time-outs say so.
 */
export function useAutoLayout(): (direction: 'LR' | 'TB') => void {
  const store = useArchStoreApi();
  const fit = useFitDesign();
  return useCallback(
    (direction) => {
      const state = store.getState();
      if (state.layingOut) return;
      const { design, revision } = state;
      state.setLayingOut(true);
      autoLayout(design, direction).then(
        (command) => {
          const now = store.getState();
          now.setLayingOut(false);
          if (now.revision !== revision) return;
          if (now.dispatch(command)) {
            now.notify({ kind: 'info', key: 'toolbar.layoutDone' });
            window.requestAnimationFrame(() => fit({ duration: 300 }));
          }
        },
        (error: unknown) => {
          const now = store.getState();
          now.setLayingOut(false);
          if (error instanceof LayoutError && error.cause === 'timeout') now.notify({ kind: 'error', key: 'toolbar.layoutTimedOut' });
          else now.notify({ kind: 'error', key: 'toolbar.layoutFailed', values: { reason: error instanceof Error ? error.message : String(error) } });
        },
      );
    },
    [store, fit],
  );
}
