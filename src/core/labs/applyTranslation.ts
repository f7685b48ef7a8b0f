import type { Design } from '../model/types';
import { own, TRANSLATED_FIELDS, type DesignTranslation } from './designTranslation';

/** The item with the translated texts of the listed fields put over its own; the same object when nothing changes. */
function translated<T extends object>(item: T, texts: Partial<Record<string, string>> | undefined, fields: readonly string[]): T {
  if (texts === undefined) return item;
  const given = Object.fromEntries(fields.flatMap((field) => (texts[field] === undefined ? [] : [[field, texts[field]]])));
  return Object.keys(given).length === 0 ? item : { ...item, ...given };
}

/**
 * The design with its texts in another language: the description, the labels, descriptions and
 * technology notes of components, groups and connections, the decision records' title, context,
 * decision and consequences, and custom types' names and descriptions, wherever the translation
 * gives them. Everything else (ids, types, properties, connections' settings, layout, workload,
 * patterns, decision links) is kept, so rules and metrics find the same things in both
 * languages. Texts the translation leaves out, and translations of ids the design does not have,
 * are ignored (translationGaps lists both). Pure: the design is not changed.
 */
export function applyTranslation(design: Design, translation: DesignTranslation): Design {
  const { elements, decisions, customTypes } = translation;
  return {
    ...design,
    description: translation.description ?? design.description,
    nodes: design.nodes.map((n) => translated(n, own(elements, n.id), TRANSLATED_FIELDS.node)),
    groups: design.groups.map((g) => translated(g, own(elements, g.id), TRANSLATED_FIELDS.group)),
    edges: design.edges.map((e) => translated(e, own(elements, e.id), TRANSLATED_FIELDS.edge)),
    decisions: design.decisions.map((d) => translated(d, own(decisions, d.id), TRANSLATED_FIELDS.decision)),
    customTypes: design.customTypes.map((t) => translated(t, own(customTypes, t.id), TRANSLATED_FIELDS.customType)),
  };
}
