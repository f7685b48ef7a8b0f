import type { Page } from '@playwright/test';

/**
 * Changes what the browser keeps of designs behind the app's back, as an earlier ArchLab or a
 * storage failure would: `put` writes records as they are, `dropNodesOf` deletes the part
 * holding the components of the saved design with that name. One transaction on the app's
 * IndexedDB store.
 */
export async function editStoredDesigns(page: Page, edit: { put?: [string, unknown][]; dropNodesOf?: string }): Promise<void> {
  await page.evaluate(
    ({ put, dropNodesOf }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('archlab');
        open.onsuccess = () => {
          const tx = open.result.transaction('designs', 'readwrite');
          const designs = tx.objectStore('designs');
          for (const [key, value] of put ?? []) designs.put(value, key);
          if (dropNodesOf !== undefined) {
            const all = designs.getAll();
            all.onsuccess = () => {
              for (const record of all.result as { fields?: { name: string }; parts?: { nodes: string } }[]) {
                if (record.fields?.name === dropNodesOf && record.parts) designs.delete(record.parts.nodes);
              }
            };
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('not written'));
        };
        open.onerror = () => reject(open.error ?? new Error('not opened'));
      }),
    edit,
  );
}
