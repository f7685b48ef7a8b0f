import type { ComponentType, ComponentTypeInput } from './schema';

/** Declares a catalog type; the catalog test checks every declared type against the schema. */
export function defineType(type: ComponentTypeInput): ComponentType {
  return { ...type, providerNames: type.providerNames ?? {} } as ComponentType;
}
