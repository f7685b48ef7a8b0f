import type { CustomType } from '../model/customTypeSchema';
import type { Design } from '../model/types';
import type { ComponentType, PropertyDef } from './schema';
import type { C4Kind, Role } from './vocabulary';
import { getComponentType } from './registry';

const ROLES_BY_C4: Record<C4Kind, Role[]> = {
  person: ['client'],
  external: ['external'],
  database: ['db', 'stateful-store'],
  queue: ['queue'],
  'software-system': ['service'],
  container: ['service'],
};

/** A design's custom type seen as a catalog type: its one name in both languages, not priced. */
export function customAsComponentType(custom: CustomType): ComponentType {
  const props: PropertyDef[] = custom.props.map((def) =>
    def.kind === 'number'
      ? { ...def, label: { fr: def.label, en: def.label } }
      : { ...def, label: { fr: def.label, en: def.label } },
  );
  return {
    id: custom.id,
    category: custom.category,
    name: { fr: custom.name, en: custom.name },
    description: { fr: custom.description || custom.name, en: custom.description || custom.name },
    tags: { fr: [], en: [] },
    icon: custom.icon,
    c4: custom.c4,
    technology: custom.technology,
    roles: ROLES_BY_C4[custom.c4],
    props,
    cost: { model: 'free' },
    providerNames: {},
  };
}

/** The type of a component: built-in, else defined in the design, else unknown. */
export function resolveType(design: Pick<Design, 'customTypes'>, id: string): ComponentType | undefined {
  const builtIn = getComponentType(id);
  if (builtIn !== undefined) return builtIn;
  const custom = design.customTypes.find((t) => t.id === id);
  return custom === undefined ? undefined : customAsComponentType(custom);
}
