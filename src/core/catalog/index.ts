import type { Language } from '../i18n';
import type { Provider } from '../model/vocabulary';
import type { ComponentType } from './schema';
export * from './vocabulary';
export * from './schema';
export { STANDARD_PROPERTIES, prop, type StandardPropertyKey } from './properties';
export { defineType } from './defineType';
export { SOURCES } from './sources';
export * from './prices';
export { CATALOG, getComponentType } from './registry';
export { customAsComponentType, resolveType } from './customTypes';
export { searchTypes, foldText } from './search';
export { nodeFromType, defaultValue } from './nodeFromType';
export { NODE_FACTS, EDGE_FACTS } from './facts';

/** The name a type shows: the provider's own product when a provider is set and has one. */
export function typeDisplayName(type: ComponentType, language: Language, provider?: Provider): string {
  const product = provider === undefined ? undefined : type.providerNames[provider];
  return product ?? type.name[language];
}
