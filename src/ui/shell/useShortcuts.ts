import { useEffect } from 'react';
import { moveElements, type Command, type Design } from '../../core';
import { DEFAULT_SIZES } from '../addComponent';
import { useArchStoreApi } from '../../store';
import { isOnCanvas, isTextField } from './focus';



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

const ARROWS: Record<string, [number, number]> = { arrowleft: [-1, 0], arrowright: [1, 0], arrowup: [0, -1], arrowdown: [0, 1] };

/** The command that nudges the selected components and groups by (dx, dy). */
export function nudgeSelection(design: Design, selection: readonly string[], dx: number, dy: number): Command | null {
  const moves: Record<string, { x: number; y: number }> = {};
  const picked = new Set(selection);
  for (const element of [...design.nodes, ...design.groups]) {
    if (!picked.has(element.id) || !Object.hasOwn(design.layout.elements, element.id)) continue;
    const box = design.layout.elements[element.id]!;
    moves[element.id] = { x: box.x + dx, y: box.y + dy };
  }
  return Object.keys(moves).length === 0 ? null : moveElements(design, moves, DEFAULT_SIZES);
}

/**
 * Keyboard shortcuts: search (Ctrl+K), help (?), undo (Ctrl+Z), redo (Ctrl+Shift+Z, Ctrl+Y), and
 * on the canvas select all (Ctrl+A), delete (Delete, Backspace), nudge (arrows; Shift for 1 px)
 * and clear the selection (Escape). Never while typing or while a dialog is open.
 */
export function useShortcuts(): void {
  const store = useArchStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey) return;
      const state = store.getState();
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && key === 'k' && !state.presenting && !state.decisionsOpen && !state.templatesOpen) {
        event.preventDefault();
        state.setCanvasDialog('search');
        return;
      }
      if (isTextField(event.target) || state.canvasDialog !== null || state.libraryOpen || state.presenting || state.decisionsOpen || state.templatesOpen) return;
      const arrow = ARROWS[key];
      if (key === '?') state.setCanvasDialog('help');
      else if (arrow !== undefined && !mod && isOnCanvas(event.target) && state.selection.length > 0) {
        const step = event.shiftKey ? 1 : 10;
        const command = nudgeSelection(state.design, state.selection, arrow[0] * step, arrow[1] * step);
        if (command !== null) state.dispatch(command);
      } else if (mod && key === 'z' && !event.shiftKey) state.undo();
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
