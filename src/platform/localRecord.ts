/**
 * A small value kept in localStorage under one key, read once and cached, with subscribers
 * told of every change (in this tab, and in other tabs through the storage event). A browser
 * that refuses storage keeps the value for this visit only; a damaged value reads as `parse`
 * makes of it, never as an error.
 */
export interface LocalRecord<T> {
  read: () => T;
  write: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function localRecord<T>(key: string, parse: (text: string | null) => T, serialize: (value: T) => string = JSON.stringify): LocalRecord<T> {
  let cached: T | undefined;
  const listeners = new Set<() => void>();
  // Another tab wrote the value: forget ours at once, subscribers or not, so no stale copy is
  // read (or written back over theirs) later.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== key && event.key !== null) return;
      cached = undefined;
      for (const listener of listeners) listener();
    });
  }
  return {
    read() {
      if (cached === undefined) {
        let text: string | null;
        try {
          text = localStorage.getItem(key);
        } catch {
          text = null;
        }
        cached = parse(text);
      }
      return cached;
    },
    write(value) {
      cached = value;
      try {
        localStorage.setItem(key, serialize(value));
      } catch {
        // Storage refused: the value lasts for this visit.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
