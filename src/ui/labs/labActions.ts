import { newId, startLab, type Lab } from '../../core';
import type { DesignLibrary } from '../../platform/designLibrary';
import { readLabProgress, withPart, writeLabProgress } from '../../platform/labProgress';
import type { ArchStore } from '../../store';

/** Starts a lab part: a new design from its start, remembered as that part's design. */
export function startPart(store: ArchStore, lab: Lab, partId: string): void {
  const state = store.getState();
  const design = startLab(lab, partId, state.language, newId);
  state.loadDesign(design);
  const progress = readLabProgress();
  const hintsShown = progress[lab.number]?.[partId]?.hintsShown ?? 0;
  writeLabProgress(withPart(progress, lab.number, partId, { designId: design.id, hintsShown, completed: false }));
  state.notify({ kind: 'info', key: 'labsTab.started', values: { number: lab.number, name: design.name } });
}

/** Opens the design a part was started in; false when it is no longer in this browser. */
export async function openPart(store: ArchStore, library: DesignLibrary, designId: string): Promise<boolean> {
  const state = store.getState();
  if (state.design.id === designId) return true;
  try {
    const result = await library.load(designId, state.language);
    if (result === undefined || !result.ok) return false;
    state.loadDesign(result.design);
    return true;
  } catch {
    return false;
  }
}

/** Shows one more hint of a part. */
export function revealHint(lab: Lab, partId: string): void {
  const progress = readLabProgress();
  const shown = progress[lab.number]?.[partId]?.hintsShown ?? 0;
  writeLabProgress(withPart(progress, lab.number, partId, { hintsShown: Math.min(lab.hints.length, shown + 1) }));
}
