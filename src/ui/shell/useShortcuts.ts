import { useEffect } from 'react';
import type { Command, Design } from '../../core';
import { useArchStoreApi } from '../../store';

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Canvas keys act when the canvas (or nothing in particular) has the focus. */
function isOnCanvas(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof HTMLElement && target.closest('.react-flow') !== null);
}

/** The commands that delete the selected elements: connections, then components, then groups. */
export function deleteSelection(design: Design, selection: readonly string[]): Command | null {
  const picked = new Set(selection);
  const commands: Command[] = [
    ...design.edges.filter((e) => picked.has(e.id)).map((e): Command => ({ op: 'remove-edge', id: e.id })),
    ...design.nodes.filter((n) => picked.has(n.id)).map((n): Command => ({ op: 'remove-node', id: n.id })),
    ...design.groups.filter((g) => picked.has(g.id)).map((g): Command => ({ op: 'remove-group', id: g.id })),
  ];
  return commands.length === 0 ? null : { op: 'batch', commands };
}

/**
 * Keyboard shortcuts: undo (Ctrl+Z), redo (Ctrl+Shift+Z, Ctrl+Y), and on the canvas select all
 * (Ctrl+A), delete (Delete, Backspace) and clear the selection (Escape). Never while typing.
 */
export function useShortcuts(): void {
  const store = useArchStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || isTextField(event.target)) return;
      const state = store.getState();
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && key === 'z' && !event.shiftKey) state.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) state.redo();
      else if (mod && key === 'a' && isOnCanvas(event.target)) {
        state.select([...state.design.groups, ...state.design.nodes, ...state.design.edges].map((x) => x.id));
      } else if ((key === 'delete' || key === 'backspace') && !mod && isOnCanvas(event.target)) {
        const command = deleteSelection(state.design, state.selection);
        if (command === null) return;
        if (state.dispatch(command)) state.clearSelection();
      } else if (key === 'escape' && isOnCanvas(event.target)) state.clearSelection();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
