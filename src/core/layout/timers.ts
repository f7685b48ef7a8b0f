/**
 * The host's timers. ES2023 declares none, but every host the core runs on (browsers, workers,
 * Node) has them on the global object.
 */
interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const timers = globalThis as unknown as Timers;
