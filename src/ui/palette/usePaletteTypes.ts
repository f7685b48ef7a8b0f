import { useMemo } from 'react';
import { CATALOG, CATEGORIES, customAsComponentType, searchTypes, type Category, type ComponentType } from '../../core';
import { useArch } from '../../store';

export interface PaletteSection {
  category: Category;
  types: ComponentType[];
}

/** Built-in and custom types matching the query, by category in palette order. */
export function usePaletteTypes(query: string): PaletteSection[] {
  const language = useArch((s) => s.language);
  const customTypes = useArch((s) => s.design.customTypes);
  return useMemo(() => {
    const all = [...CATALOG, ...customTypes.map(customAsComponentType)];
    const found = searchTypes(all, query, language);
    return CATEGORIES.map((category) => ({ category, types: found.filter((t) => t.category === category) })).filter(
      (section) => section.types.length > 0,
    );
  }, [customTypes, query, language]);
}
