import { customTypeSchema, type CustomType } from '../customTypeSchema';
import type { Design } from '../types';
import { getComponentType } from '../../catalog';
import { indexOfId, insertAt, patchObject, validated } from './helpers';
import { CommandError, type Command, type Patch } from './types';

function checkDefinition(design: Design, type: CustomType, self: number): void {
  if (getComponentType(type.id) !== undefined) throw new CommandError(`"${type.id}" is the id of a built-in component type`);
  if (design.customTypes.some((t, i) => i !== self && t.id === type.id)) throw new CommandError(`the type id "${type.id}" is already used`);
  const keys = new Set<string>();
  for (const def of type.props) {
    if (keys.has(def.key)) throw new CommandError(`the property "${def.key}" is defined twice`);
    keys.add(def.key);
    if (def.kind === 'number' && (def.min > def.max || def.default < def.min || def.default > def.max)) {
      throw new CommandError(`the property "${def.key}" needs min ≤ default ≤ max`);
    }
  }
}

export function addCustomType(design: Design, type: CustomType, index?: number) {
  const valid = validated(customTypeSchema, type, 'component type');
  checkDefinition(design, valid, -1);
  const next = { ...design, customTypes: insertAt(design.customTypes, valid, index) };
  return { design: next, inverse: { op: 'remove-custom-type', id: type.id } as Command };
}

/** Removes a custom type that no component uses. */
export function removeCustomType(design: Design, id: string) {
  const index = indexOfId(design.customTypes, id, 'component type');
  const users = design.nodes.filter((n) => n.type === id).length;
  if (users > 0) throw new CommandError(`the type "${id}" is used by ${users} component(s)`);
  const type = design.customTypes[index] as CustomType;
  const next = { ...design, customTypes: design.customTypes.filter((t) => t.id !== id) };
  return { design: next, inverse: { op: 'add-custom-type', type, index } as Command };
}

export function updateCustomType(design: Design, id: string, patch: Patch<CustomType>) {
  const index = indexOfId(design.customTypes, id, 'component type');
  const { next, undo } = patchObject(design.customTypes[index] as CustomType, patch);
  const valid = validated(customTypeSchema, next, 'component type');
  checkDefinition(design, valid, index);
  const customTypes = design.customTypes.slice();
  customTypes[index] = valid;
  return { design: { ...design, customTypes }, inverse: { op: 'update-custom-type', id, patch: undo } as Command };
}
