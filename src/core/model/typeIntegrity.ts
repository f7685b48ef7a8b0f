import { getComponentType } from '../catalog';
import type { MessageKey, MessageValues } from '../i18n/keys';
import type { CustomType } from './customTypeSchema';
import type { DesignShape } from './schema';
import type { PropValue } from './types';

type Report = (path: (string | number)[], key: MessageKey, values?: MessageValues) => void;

/** A property definition as both catalog and custom types describe it, for checking values. */
export type CheckedProperty =
  | { kind: 'number'; key: string; unit: string; min: number; max: number; integer?: boolean }
  | { kind: 'boolean'; key: string }
  | { kind: 'enum'; key: string; options: readonly { value: string }[] }
  | { kind: 'instance-type'; key: string };

/** Checks one property value against its definition; returns the problem, if any. */
export function checkPropValue(def: CheckedProperty, value: PropValue): { key: MessageKey; values?: MessageValues } | null {
  switch (def.kind) {
    case 'number':
      if (typeof value !== 'number') return { key: 'problem.propNotNumber', values: { unit: def.unit } };
      if (def.integer === true && !Number.isInteger(value)) return { key: 'problem.propNotWhole' };
      if (value < def.min || value > def.max)
        return { key: 'problem.propOutOfRange', values: { min: def.min, max: def.max, unit: def.unit } };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { key: 'problem.propNotBoolean' };
    case 'enum':
      return typeof value === 'string' && def.options.some((o) => o.value === value)
        ? null
        : { key: 'problem.propNotOption', values: { options: def.options.map((o) => o.value).join(', ') } };
    case 'instance-type':
      return typeof value === 'string' ? null : { key: 'problem.propNotText' };
  }
}

function checkCustomType(type: CustomType, index: number, report: Report): void {
  const keys = new Set<string>();
  type.props.forEach((def, j) => {
    const path = ['customTypes', index, 'props', j];
    if (keys.has(def.key)) report([...path, 'key'], 'problem.duplicatePropKey', { key: def.key });
    keys.add(def.key);
    if (def.kind !== 'number') return;
    if (def.min > def.max) report([...path, 'max'], 'problem.boundsReversed', { min: def.min, max: def.max });
    else if (def.default < def.min || def.default > def.max)
      report([...path, 'default'], 'problem.defaultOutOfRange', { value: def.default, min: def.min, max: def.max });
  });
}

/**
 * Checks custom type definitions, and the property values of every component whose type is
 * known (built-in or custom) against that type's definitions: kind, whole number, bounds.
 * Properties a type does not define are kept as they are.
 */
export function checkTypeIntegrity(design: DesignShape, report: Report): void {
  const custom = new Map<string, CustomType>();
  design.customTypes.forEach((type, i) => {
    if (custom.has(type.id)) report(['customTypes', i, 'id'], 'problem.duplicateTypeId', { id: type.id });
    else if (getComponentType(type.id) !== undefined) report(['customTypes', i, 'id'], 'problem.builtInTypeId', { id: type.id });
    else custom.set(type.id, type);
    checkCustomType(type, i, report);
  });

  design.nodes.forEach((node, i) => {
    const defs: readonly CheckedProperty[] | undefined = getComponentType(node.type)?.props ?? custom.get(node.type)?.props;
    if (defs === undefined) return;
    for (const def of defs) {
      if (!Object.hasOwn(node.props, def.key)) continue;
      const problem = checkPropValue(def, node.props[def.key] as PropValue);
      if (problem !== null) report(['nodes', i, 'props', def.key], problem.key, problem.values);
    }
  });
}
