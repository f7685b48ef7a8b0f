import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { toEnvelope, type Design } from '../core';
import { design, edge, fields, group, node } from '../core/testing/builders';
import { createIndexedDbLibrary } from './designLibrary';
import { designKey, isDesignHead } from './designParts';

let store: UseStore;

beforeEach(() => {
  // A new, empty database for each test.
  globalThis.indexedDB = new IDBFactory();
  store = createStore('archlab', 'designs');
});

function sample(): Design {
  return design(
    fields({ id: 'd-1', name: 'Fraud scoring' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('svc', 'service', { label: 'Scorer' }),
    edge('e1', 'gw', 'svc'),
    group('z', 'trust-zone', { label: 'Zone' }),
  );
}

async function storedKeys(): Promise<string[]> {
  return (await entries<string, unknown>(store)).map(([key]) => key).sort();
}

async function headOf(id: string) {
  const head = (await entries<string, unknown>(store)).find(([key]) => key === designKey(id))?.[1];
  if (!isDesignHead(head)) throw new Error(`no head for ${id}`);
  return head;
}

const moved = (d: Design): Design => ({
  ...d,
  layout: { ...d.layout, elements: { ...d.layout.elements, gw: { x: 400, y: 120 } } },
});

describe('the IndexedDB design library', () => {
  it('reads back what it saved, and lists its summary', async () => {
    const library = createIndexedDbLibrary(store);
    const original = moved(sample());
    await library.save(original, 1000);
    const result = await createIndexedDbLibrary(store).load('d-1', 'en');
    expect(result).toEqual({ ok: true, design: original, version: expect.any(Number) as number });
    expect(await library.list()).toEqual([{ id: 'd-1', name: 'Fraud scoring', nodeCount: 2, updatedAt: 1000 }]);
  });

  it('rewrites only the parts an edit changed, and drops the parts it replaced', async () => {
    const library = createIndexedDbLibrary(store);
    const first = sample();
    await library.save(first);
    const before = await headOf('d-1');
    await library.save(moved(first));
    const after = await headOf('d-1');

    expect(after.parts.layout).not.toBe(before.parts.layout);
    expect({ ...after.parts, layout: '' }).toEqual({ ...before.parts, layout: '' });
    const keys = await storedKeys();
    expect(keys).not.toContain(before.parts.layout);
    expect(keys).toHaveLength(6 + 2);
    expect((await library.load('d-1', 'en'))?.ok && (await library.load('d-1', 'en'))).toMatchObject({ design: moved(first) });
  });

  it('keeps the parts of a design it loaded when the next save leaves them alone', async () => {
    await createIndexedDbLibrary(store).save(sample());
    const before = await headOf('d-1');
    const tab = createIndexedDbLibrary(store);
    const loaded = await tab.load('d-1', 'en');
    if (!loaded?.ok) throw new Error('not loaded');
    await tab.save(moved(loaded.design));
    const after = await headOf('d-1');
    expect(after.parts.nodes).toBe(before.parts.nodes);
    expect(after.parts.edges).toBe(before.parts.edges);
    expect(after.parts.layout).not.toBe(before.parts.layout);
  });

  it('never leaves a mix of two tabs saving the same design', async () => {
    const tabA = createIndexedDbLibrary(store);
    const tabB = createIndexedDbLibrary(store);
    const a = sample();
    expect(await tabA.save(a)).toEqual({ replacedOtherTab: false });
    // Tab B renames a component; tab A, unaware, then moves one.
    const b: Design = { ...a, nodes: a.nodes.map((n) => (n.id === 'svc' ? { ...n, label: 'Renamed in B' } : n)) };
    expect(await tabB.save(b)).toEqual({ replacedOtherTab: false });
    // Tab A's save replaces B's whole, and says so.
    expect(await tabA.save(moved(a))).toEqual({ replacedOtherTab: true });
    expect(await tabA.save({ ...moved(a), name: 'Again' })).toEqual({ replacedOtherTab: false });

    const result = await createIndexedDbLibrary(store).load('d-1', 'en');
    expect(result).toMatchObject({ ok: true, design: { ...moved(a), name: 'Again' } });
    // Only one save's parts are left.
    expect(await storedKeys()).toHaveLength(6 + 2);
  });

  it('keeps the previous save whole when a write fails', async () => {
    const library = createIndexedDbLibrary(store);
    const first = sample();
    await library.save(first);
    const broken = { ...moved(first), edges: [{ ...first.edges[0], notCloneable: () => 1 }] } as unknown as Design;
    await expect(library.save(broken)).rejects.toThrow();
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: first });
    // The next save does not count on parts of the failed one, nor takes its own save for another tab's.
    expect(await library.save(moved(first))).toEqual({ replacedOtherTab: false });
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: moved(first) });
  });

  it('forgets a save whose transaction failed after it was made', async () => {
    const first = sample();
    await createIndexedDbLibrary(store).save(first);
    let failNext = true;
    // A store whose next transaction aborts once its head is written (a full disk at commit, say).
    const failing: UseStore = (mode, callback) =>
      store(mode, (os) => {
        const put = os.put.bind(os);
        os.put = (value: unknown, key?: IDBValidKey) => {
          const request = put(value, key);
          if (failNext && key === designKey('d-1')) queueMicrotask(() => os.transaction.abort());
          return request;
        };
        return callback(os);
      });
    const library = createIndexedDbLibrary(failing);
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: first });
    await expect(library.save(moved(first))).rejects.toThrow();
    failNext = false;
    expect(await createIndexedDbLibrary(store).load('d-1', 'en')).toMatchObject({ ok: true, design: first });
    // Its own last save is still the stored one: nothing to report, and the layout is written again.
    expect(await library.save(moved(first))).toEqual({ replacedOtherTab: false });
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: moved(first) });
  });

  it('says which part is missing instead of reading an empty design', async () => {
    const library = createIndexedDbLibrary(store);
    await library.save(sample());
    const head = await headOf('d-1');
    await store('readwrite', (os) => {
      os.delete(head.parts.nodes);
      return new Promise<void>((resolve) => (os.transaction.oncomplete = () => resolve()));
    });
    const result = await createIndexedDbLibrary(store).load('d-1', 'fr');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'design.nodes', message: 'cette partie de la conception enregistrée manque dans le stockage du navigateur' }],
    });
  });

  it('still reads a design saved whole, before parts existed, and cuts it into parts on the next save', async () => {
    const original = sample();
    await set(designKey('d-1'), toEnvelope(original), store);
    const library = createIndexedDbLibrary(store);
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: original });
    await library.save(moved(original));
    expect(isDesignHead(await headOf('d-1'))).toBe(true);
    expect(await library.load('d-1', 'en')).toMatchObject({ ok: true, design: moved(original) });
  });

  it('says a design was saved by a newer ArchLab without reading its parts, and saves over a record it cannot read', async () => {
    const library = createIndexedDbLibrary(store);
    await library.save(sample());
    const head = await headOf('d-1');
    // A newer version may name other parts: "decisions" became "adrs", say.
    await set(designKey('d-1'), { ...head, version: head.version + 1, parts: { ...head.parts, adrs: 'elsewhere' } }, store);
    const newer = await createIndexedDbLibrary(store).load('d-1', 'en');
    expect(newer).toMatchObject({ ok: false, problems: [{ path: 'version', message: expect.stringContaining('newer ArchLab') as string }] });

    await set(designKey('d-1'), { kind: head.kind, revision: 'r', version: head.version, fields: head.fields }, store);
    const broken = await createIndexedDbLibrary(store).load('d-1', 'en');
    expect(broken?.ok).toBe(false);
    const tab = createIndexedDbLibrary(store);
    await tab.save(moved(sample()));
    expect(await tab.load('d-1', 'en')).toMatchObject({ ok: true, design: moved(sample()) });
  });

  it('removes a design with all its parts, and nothing of another', async () => {
    const library = createIndexedDbLibrary(store);
    await library.save(sample());
    await library.save({ ...sample(), id: 'd-1:nodes', name: 'Other' });
    await library.remove('d-1');
    expect(await library.load('d-1', 'en')).toBeUndefined();
    expect((await storedKeys()).every((key) => key.includes('d-1:nodes'))).toBe(true);
    expect(await library.load('d-1:nodes', 'en')).toMatchObject({ ok: true, design: { name: 'Other' } });
  });
});
