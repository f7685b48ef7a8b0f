import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { CURRENT_VERSION, parseDesign, type Design, type Language, type ParseResult } from '../core';
import {
  assembleDesign,
  designHead,
  designKey,
  isDesignHead,
  PART_FIELDS,
  partKey,
  summaryKey,
  type DesignHead,
  type PartField,
} from './designParts';

/** What the library lists of a saved design without reading the whole design. */
export interface DesignSummary {
  id: string;
  name: string;
  nodeCount: number;
  updatedAt: number;
}

/**
 * The designs kept in this browser, in IndexedDB. Each design is a head record naming its parts
 * (see designParts.ts) beside a small summary (`summary:<id>`); a save writes the parts it
 * changed, the head and the summary in one transaction.
 */
export interface DesignLibrary {
  list(): Promise<DesignSummary[]>;
  load(id: string, language: Language): Promise<ParseResult | undefined>;
  save(design: Design, updatedAt?: number): Promise<SaveOutcome>;
  remove(id: string): Promise<void>;
}

export interface SaveOutcome {
  /**
   * Another tab had saved this design since this one last saved or read it: its version was
   * replaced by this one, whole (the last save wins; the two are never mixed).
   */
  readonly replacedOtherTab: boolean;
}

export function summarize(design: Design, updatedAt: number): DesignSummary {
  return { id: design.id, name: design.name, nodeCount: design.nodes.length, updatedAt };
}

/** What this tab last wrote or read of a design: the head, and the values its parts hold. */
interface Known {
  head: DesignHead;
  values: Record<PartField, unknown>;
}

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

function partValues(design: Design): Record<PartField, unknown> {
  const values = {} as Record<PartField, unknown>;
  for (const field of PART_FIELDS) values[field] = design[field];
  return values;
}

/**
 * Runs `body` in a transaction once the head of `id` is read, and settles when the transaction
 * completes. An exception in `body` aborts the transaction, so nothing of it is written.
 */
function withHead<T>(
  store: UseStore,
  mode: IDBTransactionMode,
  id: string,
  body: (os: IDBObjectStore, stored: unknown) => T,
): Promise<T> {
  return store(
    mode,
    (os) =>
      new Promise<T>((resolve, reject) => {
        let result: T;
        let failure: unknown;
        const request = os.get(designKey(id));
        request.onsuccess = () => {
          try {
            result = body(os, request.result);
          } catch (error) {
            failure = error;
            os.transaction.abort();
          }
        };
        os.transaction.oncomplete = () => resolve(result);
        os.transaction.onabort = () => reject(failure ?? os.transaction.error ?? new DOMException('The browser stopped the transaction.', 'AbortError'));
      }),
  );
}

/** How many designs a library remembers the parts of (the open one, and a few opened or renamed from the list). */
const KNOWN_DESIGNS = 4;

export function createIndexedDbLibrary(store: UseStore = createStore('archlab', 'designs')): DesignLibrary {
  const known = new Map<string, Known>();
  const remember = (id: string, entry: Known) => {
    known.delete(id);
    known.set(id, entry);
    // The parts of large designs are large: only the latest designs are kept.
    for (const old of known.keys()) if (known.size > KNOWN_DESIGNS) known.delete(old);
  };

  return {
    list() {
      return store('readonly', async (os) => {
        const summaries = await promisifyRequest(os.getAll(prefixRange('summary:')) as IDBRequest<DesignSummary[]>);
        return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
      });
    },

    async load(id, language) {
      const read = await withHead(store, 'readonly', id, (os, stored) => {
        // A head of a newer ArchLab may name its parts otherwise: none is read.
        if (!isDesignHead(stored) || stored.version > CURRENT_VERSION) return { stored, parts: [] as IDBRequest[] };
        return { stored, parts: PART_FIELDS.map((field) => os.get(stored.parts[field])) };
      });
      const { stored } = read;
      if (stored === undefined) return undefined;
      // Designs saved before parts existed are kept whole, as a file's envelope.
      if (!isDesignHead(stored)) return parseDesign(stored, { language });
      const result = assembleDesign(stored, read.parts.map((r) => r.result as unknown), language);
      // Parts read as written can be kept by the next save; migrated ones must be written again.
      if (result.ok && stored.version === CURRENT_VERSION) {
        remember(id, { head: stored, values: partValues(result.design) });
      }
      return result;
    },

    async save(design, updatedAt = Date.now()) {
      const revision = `${Date.now().toString(36)}-${crypto.randomUUID()}`;
      const values = partValues(design);
      let before: { mine: Known | undefined; written: Known } | undefined;
      try {
        return await withHead(store, 'readwrite', design.id, (os, stored): SaveOutcome => {
          const previous = isDesignHead(stored) ? stored : undefined;
          // Parts are kept only when the stored head is the one this tab wrote or read: another
          // tab's save may have removed them, and its parts are not this design's values.
          const mine = known.get(design.id);
          const reusable = mine !== undefined && previous?.revision === mine.head.revision ? mine : undefined;
          const replacedOtherTab = mine !== undefined && previous !== undefined && reusable === undefined;
          const parts = {} as Record<PartField, string>;
          for (const field of PART_FIELDS) {
            if (reusable !== undefined && reusable.values[field] === values[field]) {
              parts[field] = reusable.head.parts[field];
            } else {
              parts[field] = partKey(design.id, field, revision);
              os.put(values[field], parts[field]);
            }
          }
          const head = designHead(design, revision, parts);
          os.put(head, designKey(design.id));
          os.put(summarize(design, updatedAt), summaryKey(design.id));
          for (const field of PART_FIELDS) {
            const old = previous?.parts[field];
            if (old !== undefined && old !== parts[field]) os.delete(old);
          }
          const written = { head, values };
          before = { mine, written };
          remember(design.id, written);
          return { replacedOtherTab };
        });
      } catch (error) {
        // Nothing of this save was written: this tab knows what it knew before (the next save
        // then writes what this one changed again, and takes no save of its own for another tab's).
        if (before !== undefined && known.get(design.id) === before.written) {
          if (before.mine === undefined) known.delete(design.id);
          else known.set(design.id, before.mine);
        }
        throw error;
      }
    },

    async remove(id) {
      known.delete(id);
      await withHead(store, 'readwrite', id, (os, stored) => {
        if (isDesignHead(stored)) for (const field of PART_FIELDS) os.delete(stored.parts[field]);
        os.delete(designKey(id));
        os.delete(summaryKey(id));
      });
    },
  };
}
