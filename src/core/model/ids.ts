/** Identifiers of design elements: short, readable in exports, safe in every DSL we emit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** Catalog type ids are kebab-case (`api-gateway`, `triton`). */
export const TYPE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Property names are camelCase (`replicas`, `latencyP99Ms`). */
export const PROP_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random id with a readable prefix, such as `node-k3x9q2mz`. Uses crypto where present. */
export function newId(prefix: string, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 8; i += 1) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `${prefix}-${out}`;
}

/** The first id of the form `base`, `base-2`, `base-3`... not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
