import { LABS, parseLabText, type Lab, type Language, type Problem } from '../core';
import { localRecord } from './localRecord';

/**
 * Labs a trainer hands out as files (the format of docs/labs.md), added in the Labs tab and
 * kept in this browser as the file texts. Each is validated when added, and again when read.
 */
const record = localRecord<string[]>('archlab:custom-labs', (text) => {
  try {
    const data: unknown = text === null ? [] : JSON.parse(text);
    return Array.isArray(data) ? data.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
});

export const subscribeCustomLabs = record.subscribe;
export const readCustomLabTexts = record.read;

/** The added labs that still read as valid labs, by number. */
export function customLabs(texts: readonly string[]): Lab[] {
  const labs: Lab[] = [];
  for (const text of texts) {
    const result = parseLabText(text);
    if (result.ok && !LABS.some((l) => l.number === result.lab.number)) labs.push(result.lab);
  }
  return labs.sort((a, b) => a.number - b.number);
}

export type AddLabResult = { ok: true; lab: Lab } | { ok: false; problems: Problem[] };

/**
 * Adds a lab file: refused with every problem when it is not a valid lab, or when its number
 * is taken by a built-in lab. A file with the number of a lab added before replaces it (a
 * trainer's corrected version).
 */
export function addCustomLab(text: string, language: Language, takenMessage: (lab: Lab) => string): AddLabResult {
  const result = parseLabText(text, { language });
  if (!result.ok) return result;
  const { lab } = result;
  const builtIn = LABS.find((l) => l.number === lab.number);
  if (builtIn !== undefined) return { ok: false, problems: [{ path: 'lab.number', message: takenMessage(builtIn) }] };
  const others = record.read().filter((t) => {
    const parsed = parseLabText(t);
    return !parsed.ok || parsed.lab.number !== lab.number;
  });
  record.write([...others, text]);
  return { ok: true, lab };
}

/** Removes an added lab. */
export function removeCustomLab(number: number): void {
  record.write(
    record.read().filter((t) => {
      const parsed = parseLabText(t);
      return !parsed.ok || parsed.lab.number !== number;
    }),
  );
}
