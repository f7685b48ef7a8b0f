import { useEffect } from 'react';
import { copySelection, cutSelection, duplicateSelection, parseFragment, pasteFragment, serializeFragment } from '../../core';
import { useArchStoreApi } from '../../store';
import { isOnCanvas, isTextField } from './focus';



/**
 * Copy, cut and paste of components through the system clipboard, as design JSON, so they move
 * between designs, tabs and browsers (Ctrl+C, Ctrl+X, Ctrl+V), and duplicate (Ctrl+D). Each
 * paste, cut or duplicate is one undo step. Text fields keep their own clipboard behaviour.
 */
export function useClipboard(): void {
  const store = useArchStoreApi();
  useEffect(() => {
    const mine = (event: Event) => !isTextField(event.target) && isOnCanvas(event.target) && store.getState().canvasDialog === null;

    const onCopy = (event: ClipboardEvent) => {
      const { design, selection } = store.getState();
      if (!mine(event) || selection.length === 0 || event.clipboardData === null) return;
      event.clipboardData.setData('text/plain', serializeFragment(copySelection(design, selection)));
      event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      const state = store.getState();
      if (!mine(event) || state.selection.length === 0 || event.clipboardData === null) return;
      const { fragment, command } = cutSelection(state.design, state.selection);
      event.clipboardData.setData('text/plain', serializeFragment(fragment));
      event.preventDefault();
      if (command !== null && state.dispatch(command)) state.clearSelection();
    };
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!mine(event) || text === '') return;
      event.preventDefault();
      const state = store.getState();
      const parsed = parseFragment(text, state.language, { jitless: true });
      if (!parsed.ok) {
        const first = parsed.problems[0];
        state.notify({ kind: 'error', key: 'notices.pasteFailed', values: { reason: first === undefined ? '' : `${first.path}: ${first.message}` } });
        return;
      }
      const { command, pastedIds } = pasteFragment(state.design, parsed.fragment);
      if (state.dispatch(command)) state.select(pastedIds);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'd' || !mine(event)) return;
      event.preventDefault();
      const state = store.getState();
      if (state.selection.length === 0) return;
      const { command, pastedIds } = duplicateSelection(state.design, state.selection);
      if (pastedIds.length > 0 && state.dispatch(command)) state.select(pastedIds);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [store]);
}
