import type { Language } from '../i18n';
import type { ComponentType } from './schema';

/** Lower case without accents, so « événement » matches "evenement". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function haystack(type: ComponentType, language: Language): string {
  return foldText([type.id, type.name[language], ...type.tags[language], type.technology, ...Object.values(type.providerNames)].join(' '));
}

/**
 * The types whose name, tags, technology or provider products (in the given language) contain
 * every word of the query, in catalog order. An empty query keeps every type.
 */
export function searchTypes<T extends ComponentType>(types: readonly T[], query: string, language: Language): T[] {
  const words = foldText(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...types];
  return types.filter((type) => {
    const text = haystack(type, language);
    return words.every((word) => text.includes(word));
  });
}

