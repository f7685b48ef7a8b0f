import type { Provider } from '../model/vocabulary';
import type { DesignNode, PropValue } from '../model/types';
import type { ComponentType, PropertyDef } from './schema';

/** The default value of a property, for a provider where it depends on one. */
export function defaultValue(def: PropertyDef, provider: Provider | undefined): PropValue {
  if (def.kind === 'instance-type') return def.defaults[provider ?? 'aws'];
  return def.default;
}

/** A new component of a type: its name as label, its default technology and property values. */
export function nodeFromType(
  type: ComponentType,
  id: string,
  label: string,
  provider: Provider | undefined,
  parent?: string,
): DesignNode {
  const props: Record<string, PropValue> = {};
  for (const def of type.props) props[def.key] = defaultValue(def, provider);
  return {
    id,
    type: type.id,
    label,
    description: '',
    technology: type.technology,
    props,
    ...(parent === undefined ? {} : { parent }),
  };
}
