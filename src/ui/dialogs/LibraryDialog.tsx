import { useEffect, useMemo, useState } from 'react';
import { newId, type Design } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import type { DesignSummary } from '../../platform/designLibrary';
import { blankDesign } from '../../platform/startDesign';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useLibrary } from '../PlatformContext';
import { useT } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { LibraryRow } from './LibraryRow';

/** The designs saved in this browser: open, rename, duplicate, delete (with confirmation). */
export function LibraryDialog() {
  const open = useArch((s) => s.libraryOpen);
  return open ? <LibraryContent /> : null;
}

function LibraryContent() {
  const t = useT();
  const store = useArchStoreApi();
  const library = useLibrary();
  const setOpen = useArch((s) => s.setLibraryOpen);
  const currentId = useArch((s) => s.design.id);
  const currentName = useArch((s) => s.design.name);
  const language = useArch((s) => s.language);
  const currentNodes = useArch((s) => s.design.nodes.length);
  const [stored, setStored] = useState<DesignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DesignSummary | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const refresh = () => setListVersion((v) => v + 1);

  useEffect(() => {
    let live = true;
    library.list().then(
      (list) => live && setStored(list),
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        setStored([]);
      },
    );
    return () => {
      live = false;
    };
  }, [library, listVersion]);

  // The open design is shown as it is now, even before its next autosave lands.
  const items = useMemo(() => {
    if (stored === null) return null;
    const current: DesignSummary = {
      id: currentId,
      name: currentName,
      nodeCount: currentNodes,
      updatedAt: stored.find((s) => s.id === currentId)?.updatedAt ?? 0,
    };
    return [current, ...stored.filter((s) => s.id !== currentId)];
  }, [stored, currentId, currentName, currentNodes]);

  const load = async (summary: DesignSummary): Promise<Design | null> => {
    if (summary.id === currentId) return store.getState().design;
    let result: Awaited<ReturnType<typeof library.load>>;
    try {
      result = await library.load(summary.id, language);
    } catch (error) {
      setError(t('library.loadFailed', { name: summary.name, reason: error instanceof Error ? error.message : String(error) }));
      return null;
    }
    if (result?.ok) return result.design;
    const reason = result === undefined ? '—' : result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    setError(t('library.loadFailed', { name: summary.name, reason }));
    return null;
  };

  const actions = {
    open: async (summary: DesignSummary) => {
      const design = await load(summary);
      if (design === null) return;
      if (design.id !== currentId) store.getState().loadDesign(design);
      setOpen(false);
    },
    rename: async (summary: DesignSummary, name: string) => {
      if (summary.id === currentId) {
        store.getState().dispatch({ op: 'update-design', patch: { name } });
        return;
      }
      const design = await load(summary);
      if (design === null) return;
      await library.save({ ...design, name });
      refresh();
    },
    duplicate: async (summary: DesignSummary) => {
      const design = await load(summary);
      if (design === null) return;
      await library.save({ ...design, id: newId('design'), name: t('library.copyOf', { name: design.name }).slice(0, 200) });
      refresh();
    },
    remove: async (summary: DesignSummary) => {
      setDeleting(null);
      await library.remove(summary.id);
      if (summary.id === currentId) {
        const rest = (await library.list()).filter((s) => s.id !== summary.id);
        const next = rest[0] === undefined ? null : await load(rest[0]);
        const state = store.getState();
        state.loadDesign(next ?? blankDesign(state.language));
      }
      refresh();
    },
  };

  return (
    <Modal title={t('library.title')} onClose={() => setOpen(false)} footer={<Button onClick={() => setOpen(false)}>{t('library.close')}</Button>}>
      {error !== null && (
        <p role="alert" className="mb-3 rounded bg-red-50 px-2 py-1 text-sm text-red-800">
          {error}
        </p>
      )}
      {items !== null && items.length === 0 && <p className="text-sm text-slate-600">{t('library.empty')}</p>}
      <ul aria-label={t('library.title')} className="divide-y divide-slate-200">
        {items?.map((item) => (
          <LibraryRow
            key={item.id}
            item={item}
            current={item.id === currentId}
            onOpen={() => void actions.open(item)}
            onRename={(name) => void actions.rename(item, name)}
            onDuplicate={() => void actions.duplicate(item)}
            onDelete={() => setDeleting(item)}
          />
        ))}
      </ul>
      {deleting !== null && (
        <ConfirmDialog
          message={t('library.confirmDelete', { name: deleting.name })}
          onConfirm={() => void actions.remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Modal>
  );
}
