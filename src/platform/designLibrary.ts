import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { parseDesign, toEnvelope, type Design, type Language, type ParseResult } from '../core';

/** What the library lists of a saved design without reading the whole design. */
export interface DesignSummary {
  id: string;
  name: string;
  nodeCount: number;
  updatedAt: number;
}

/**
 * The designs kept in this browser, in IndexedDB. Each design is stored as its file envelope
 * (`design:<id>`) beside a small summary (`summary:<id>`), both written in one transaction.
 */
export interface DesignLibrary {
  list(): Promise<DesignSummary[]>;
  load(id: string, language: Language): Promise<ParseResult | undefined>;
  save(design: Design, updatedAt?: number): Promise<void>;
  remove(id: string): Promise<void>;
}

const designKey = (id: string) => `design:${id}`;
const summaryKey = (id: string) => `summary:${id}`;

export function summarize(design: Design, updatedAt: number): DesignSummary {
  return { id: design.id, name: design.name, nodeCount: design.nodes.length, updatedAt };
}

export function createIndexedDbLibrary(store: UseStore = createStore('archlab', 'designs')): DesignLibrary {
  return {
    async list() {
      const summaryKeys = (await keys(store)).filter((k): k is string => typeof k === 'string' && k.startsWith('summary:'));
      const summaries = (await getMany<DesignSummary>(summaryKeys, store)).filter((s) => s !== undefined);
      return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async load(id, language) {
      const [stored] = await getMany<unknown>([designKey(id)], store);
      return stored === undefined ? undefined : parseDesign(stored, { language });
    },
    async save(design, updatedAt = Date.now()) {
      await setMany(
        [
          [designKey(design.id), toEnvelope(design)],
          [summaryKey(design.id), summarize(design, updatedAt)],
        ],
        store,
      );
    },
    async remove(id) {
      await delMany([designKey(id), summaryKey(id)], store);
    },
  };
}

