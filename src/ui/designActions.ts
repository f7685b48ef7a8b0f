import { newId, parseDesignText, readShareFragment, serializeDesign, shareFragment, translate, type Design } from '../core';
import type { ArchStore } from '../store';
import type { DesignLibrary } from '../platform/designLibrary';
import { designFileName, downloadText } from '../platform/files';
import { blankDesign } from '../platform/startDesign';

/** What the header, the library and the drop zone do with whole designs. */

async function takenIds(store: ArchStore, library: DesignLibrary): Promise<Set<string>> {
  const ids = new Set([store.getState().design.id]);
  try {
    for (const summary of await library.list()) ids.add(summary.id);
  } catch {
    // Storage unavailable: only the open design can collide.
  }
  return ids;
}

/**
 * Opens the text of a design file. A broken or foreign file is reported with every problem
 * and the open design stays exactly as it was. A file whose design id is already in this
 * browser opens as a copy with a new id, so nothing saved is ever overwritten.
 */
export async function openDesignText(store: ArchStore, library: DesignLibrary, fileName: string, text: string): Promise<boolean> {
  const state = store.getState();
  const result = parseDesignText(text, { language: state.language });
  if (!result.ok) {
    state.showImportFailure({ fileName, problems: result.problems });
    return false;
  }
  let design: Design = result.design;
  if ((await takenIds(store, library)).has(design.id)) design = { ...design, id: newId('design') };
  state.loadDesign(design);
  state.notify({ kind: 'info', key: 'notices.opened', values: { name: design.name } });
  return true;
}

export async function openDesignFile(store: ArchStore, library: DesignLibrary, file: File): Promise<boolean> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.getState().showImportFailure({ fileName: file.name, problems: [{ path: file.name, message }] });
    return false;
  }
  return openDesignText(store, library, file.name, text);
}

export function saveDesignFile(design: Design): void {
  downloadText(designFileName(design.name), serializeDesign(design));
}

export function newDesign(store: ArchStore): void {
  const state = store.getState();
  state.loadDesign(blankDesign(state.language));
  state.notify({ kind: 'info', key: 'notices.created' });
}

/** The address of the app with the design in its fragment: opening it imports a copy. */
export function shareUrl(design: Design, location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${location.origin}${location.pathname}${location.search}#${shareFragment(design)}`;
}

/**
 * Opens the design a shared link carries, if `hash` carries one: always as a new design (a
 * new id), so that it never replaces one kept in this browser. A damaged or invalid link is
 * reported with its problems, as a broken file is, and the open design stays as it was.
 * Returns whether the fragment carried a design at all.
 */
export function openSharedFragment(store: ArchStore, hash: string): boolean {
  const state = store.getState();
  const result = readShareFragment(hash, { language: state.language });
  if (result === null) return false;
  if (!result.ok) {
    state.showImportFailure({ fileName: translate(state.language, 'share.linkName'), problems: result.problems });
    return true;
  }
  const design = { ...result.design, id: newId('design') };
  state.loadDesign(design);
  state.notify({ kind: 'info', key: 'share.imported', values: { name: design.name } });
  return true;
}
