import { z } from 'zod';
import { idSchema, typeIdSchema } from '../model/schema';
import type { Design } from '../model/types';

/**
 * The texts of a design in another language (French, for the IA007 course): what a person reads
 * on the canvas, in the inspector and in exports, without ids, types, properties or layout. A
 * template's is the file `<id>.fr.json` beside its design file; a lab's own starting design
 * carries its own in `start.translations.fr` (docs/templates.md, docs/labs.md).
 *
 *   { "description": "…",
 *     "elements": { "<component, connection or group id>": { "label": "…", "description": "…", "technology": "…" } },
 *     "decisions": { "<decision id>": { "title": "…", "context": "…", "decision": "…", "consequences": "…" } },
 *     "customTypes": { "<custom type id>": { "name": "…", "description": "…" } } }
 *
 * Every field is optional: an untranslated text stays as the design has it.
 */

const label = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(20_000);

export const elementTranslationSchema = z.strictObject({
  label: label.optional(),
  /** Components and groups only. */
  description: longText.optional(),
  /** Components only. */
  technology: label.optional(),
});

export const decisionTranslationSchema = z.strictObject({
  title: label.optional(),
  context: longText.optional(),
  decision: longText.optional(),
  consequences: longText.optional(),
});

export const customTypeTranslationSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().min(1).max(2_000).optional(),
});

export const designTranslationSchema = z.strictObject({
  description: longText.optional(),
  elements: z.record(idSchema, elementTranslationSchema).default({}),
  decisions: z.record(idSchema, decisionTranslationSchema).default({}),
  customTypes: z.record(typeIdSchema, customTypeTranslationSchema).default({}),
});

export type DesignTranslation = z.output<typeof designTranslationSchema>;
export type ElementTranslation = z.output<typeof elementTranslationSchema>;
export type DecisionTranslation = z.output<typeof decisionTranslationSchema>;
export type CustomTypeTranslation = z.output<typeof customTypeTranslationSchema>;

/** The texts each kind of thing carries, which a translation may give. */
export const TRANSLATED_FIELDS = {
  node: ['label', 'description', 'technology'],
  group: ['label', 'description'],
  edge: ['label'],
  decision: ['title', 'context', 'decision', 'consequences'],
  customType: ['name', 'description'],
} as const;

/** The entry of a record for a key, never one of Object.prototype's (an element may be called `constructor`). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A path in a translation, such as `['elements', 'ranker', 'technology']`. */
export type TranslationPath = readonly string[];

export interface TranslationGaps {
  /** Texts of the design the translation leaves out: `['description']`, `['elements', id, field]`, `['decisions', id, field]`, `['customTypes', id, field]`. */
  readonly missing: readonly TranslationPath[];
  /**
   * What the translation gives that the design has no place for: an id it does not have
   * (`['elements', id]`, `['decisions', id]`, `['customTypes', id]`), or a text the element's kind
   * does not carry (`['elements', id, 'technology']` for a connection or a group).
   */
  readonly stray: readonly TranslationPath[];
}

/**
 * How a translation covers a design: the design's non-empty texts it does not translate, and
 * what it translates that the design does not have. Pure.
 */
export function translationGaps(design: Design, translation: DesignTranslation): TranslationGaps {
  const missing: TranslationPath[] = [];
  const stray: TranslationPath[] = [];
  if (design.description.trim() !== '' && translation.description === undefined) missing.push(['description']);

  /** One section: each item's texts (in the fields its kind carries) against the translations of the section. */
  const check = (
    section: 'elements' | 'decisions' | 'customTypes',
    items: readonly { readonly id: string; readonly texts: Readonly<Record<string, string>>; readonly fields: readonly string[] }[],
    translations: Readonly<Record<string, Readonly<Record<string, string | undefined>>>>,
  ) => {
    for (const { id, texts, fields } of items) {
      const given = own(translations, id) ?? {};
      for (const field of fields) if ((texts[field] ?? '').trim() !== '' && given[field] === undefined) missing.push([section, id, field]);
      for (const field of Object.keys(given)) if (!fields.includes(field)) stray.push([section, id, field]);
    }
    const ids = new Set(items.map((i) => i.id));
    for (const id of Object.keys(translations)) if (!ids.has(id)) stray.push([section, id]);
  };

  const { node, group, edge, decision, customType } = TRANSLATED_FIELDS;
  check('elements', [
    ...design.nodes.map((n) => ({ id: n.id, texts: { label: n.label, description: n.description, technology: n.technology }, fields: node })),
    ...design.groups.map((g) => ({ id: g.id, texts: { label: g.label, description: g.description }, fields: group })),
    ...design.edges.map((e) => ({ id: e.id, texts: { label: e.label }, fields: edge })),
  ], translation.elements);
  check('decisions', design.decisions.map((d) => ({ id: d.id, texts: { title: d.title, context: d.context, decision: d.decision, consequences: d.consequences }, fields: decision })), translation.decisions);
  check('customTypes', design.customTypes.map((t) => ({ id: t.id, texts: { name: t.name, description: t.description }, fields: customType })), translation.customTypes);
  return { missing, stray };
}
