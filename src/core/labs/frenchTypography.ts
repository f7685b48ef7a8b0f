/**
 * French as a French speaker types it, as the tests of the labs and templates check it: a
 * no-break space (U+00A0) before « : ; ? ! » and inside « », typographic apostrophes (’), and a
 * no-break space between the digits of a number (3 000). A colon glued to a word and followed
 * by no space (`gcp:n2`, `https://`, `{id}:triage`) is part of a name, not punctuation.
 */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  if (/[ \u202f][:;?!]/.test(text)) faults.push('a space before : ; ? ! that is not a no-break space');
  if (/[^\s\u00a0][;?!]/.test(text) || /[^\s\u00a0]:(?=\s|$)/.test(text)) faults.push('no no-break space before : ; ? !');
  if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) faults.push('« » without no-break spaces');
  if (text.includes("'")) faults.push('straight apostrophe');
  if (/\d \d{3}(?!\d)/.test(text)) faults.push('plain space in a number');
  return faults;
}

/** Every text of a JSON value (strings of objects and arrays, deeply), with its path. */
export function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => textsOf(v, path === '' ? k : `${path}.${k}`));
  return [];
}
