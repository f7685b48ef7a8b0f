/** Equal values: the same, or plain objects and arrays holding equal values (props, security…). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && same(x[key], y[key]));
}

/**
 * Whether two values computed for two designs are the same in everything code can read of them:
 * plain objects, arrays, Maps and Sets (in the same order) and typed arrays holding the same
 * values. A value of any other class counts as different.
 */
export function sameShared(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const proto = Object.getPrototypeOf(a) as unknown;
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map) return sameSequence(a.entries(), (b as Map<unknown, unknown>).entries(), a.size, (b as Map<unknown, unknown>).size);
  if (a instanceof Set) return sameSequence(a.values(), (b as Set<unknown>).values(), a.size, (b as Set<unknown>).size);
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
    return true;
  }
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameShared(a[i], y[i])) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  // Collections of other sizes first: two graphs of a design and its edit differ in their
  // arrays' lengths far more often than in the maps compared before them.
  for (const key of keys) if (sizeOf(x[key]) !== sizeOf(y[key])) return false;
  return keys.every((key) => Object.hasOwn(y, key) && sameShared(x[key], y[key]));
}

/** How many elements a collection holds (-1 for anything else). */
function sizeOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return -1;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return (value as unknown as ArrayLike<unknown>).length;
  if (value instanceof Map || value instanceof Set) return value.size;
  return -1;
}

function sameSequence(a: Iterator<unknown>, b: Iterator<unknown>, sizeA: number, sizeB: number): boolean {
  if (sizeA !== sizeB) return false;
  for (let x = a.next(), y = b.next(); !x.done; x = a.next(), y = b.next()) if (!sameShared(x.value, y.value)) return false;
  return true;
}
