import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { TEMPLATES, templateDesign } from './templates';

/**
 * The labs' view of the design templates (src/core/labs/templates): which ids exist, and a
 * template's design. Kept in one place so the lab schema and startLab agree.
 */

const ids: ReadonlySet<string> = new Set(TEMPLATES.map((t) => t.id));

/** Whether a template of this id exists. */
export function isTemplateId(id: string): boolean {
  return ids.has(id);
}

/**
 * The design of a template, with its id made by `newId`; throws for an unknown id. `jitless`:
 * validate without zod's compiled validators (the browser's Content-Security-Policy).
 */
export function buildTemplate(id: string, language: Language, newId: (prefix: string) => string, jitless = false): Design {
  if (!isTemplateId(id)) throw new Error(`no template ${id}`);
  return templateDesign(id, language, newId, { jitless });
}

/** The ids of a template's components, connections and groups (what a lab's start may remove). */
export function templateElementIds(id: string): ReadonlySet<string> {
  const design = buildTemplate(id, 'en', (prefix) => `${prefix}-template`, true);
  return new Set([...design.nodes, ...design.edges, ...design.groups].map((e) => e.id));
}
