import type { PropertyDef } from '../catalog/schema';
import type { PropValue } from '../model/types';

/**
 * Values worth trying for a property in tests: its bounds, default and neighbours, every option,
 * and unset (undefined).
 */
export function valuesOf(def: PropertyDef): (PropValue | undefined)[] {
  switch (def.kind) {
    case 'number':
      return [...new Set([def.min, def.max, def.default, Math.min(def.max, def.default + 1), Math.max(def.min, Math.min(def.max, 2))]), undefined];
    case 'boolean':
      return [true, false, undefined];
    case 'enum':
      return [...def.options.map((o) => o.value), undefined];
    case 'instance-type':
      return [...new Set(Object.values(def.defaults)), undefined];
  }
}
