import { foldText, uniqueId, type CustomProperty, type CustomType, type MessageKey, type Unit } from '../../core';

/** What the custom type form holds while the user types: numbers stay text until checked. */
export interface PropertyDraft {
  label: string;
  kind: 'number' | 'boolean';
  unit: Unit;
  default: string;
  min: string;
  max: string;
}

export interface TypeDraft {
  name: string;
  category: CustomType['category'];
  c4: CustomType['c4'];
  icon: CustomType['icon'];
  technology: string;
  description: string;
  props: PropertyDraft[];
}

export const emptyProperty = (): PropertyDraft => ({ label: '', kind: 'number', unit: 'count', default: '1', min: '0', max: '100' });

/** Field errors by field name (`name`, `props.0.min`...), as message keys. */
export type DraftErrors = Record<string, MessageKey>;

/** A camelCase property key from a label: "GPU memory" → "gpuMemory". */
export function propertyKey(label: string, taken: Set<string>, index: number): string {
  const words = foldText(label).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  let key = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (!/^[a-z]/.test(key)) key = `prop${index + 1}${key ? key[0]!.toUpperCase() + key.slice(1) : ''}`;
  key = key.slice(0, 60);
  let candidate = key;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${key}${n}`;
  return candidate;
}

const parseNumber = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
};

/** Checks a draft; returns the type to create, or the errors to show beside the fields. */
export function checkDraft(draft: TypeDraft, takenTypeIds: Set<string>): { type: CustomType } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (draft.name.trim() === '') errors.name = 'customType.required';
  const props: CustomProperty[] = [];
  const keys = new Set<string>();
  const labels = new Set<string>();
  draft.props.forEach((p, i) => {
    const label = p.label.trim();
    if (label === '') errors[`props.${i}.label`] = 'customType.required';
    else if (labels.has(label.toLowerCase())) errors[`props.${i}.label`] = 'customType.duplicateLabel';
    labels.add(label.toLowerCase());
    const key = propertyKey(label, keys, i);
    keys.add(key);
    if (p.kind === 'boolean') {
      props.push({ kind: 'boolean', key, label: label || key, default: p.default === 'true' });
      return;
    }
    const [def, min, max] = [parseNumber(p.default), parseNumber(p.min), parseNumber(p.max)];
    if (def === null) errors[`props.${i}.default`] = 'customType.notNumber';
    if (min === null) errors[`props.${i}.min`] = 'customType.notNumber';
    if (max === null) errors[`props.${i}.max`] = 'customType.notNumber';
    if (min !== null && max !== null && min > max) errors[`props.${i}.max`] = 'customType.boundsReversed';
    else if (def !== null && min !== null && max !== null && (def < min || def > max))
      errors[`props.${i}.default`] = 'customType.defaultOutside';
    props.push({ kind: 'number', key, label: label || key, unit: p.unit, default: def ?? 0, min: min ?? 0, max: max ?? 0, integer: false });
  });
  if (Object.keys(errors).length > 0) return { errors };
  const slug = foldText(draft.name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'type';
  return {
    type: {
      id: uniqueId(`custom-${slug}`, takenTypeIds),
      name: draft.name.trim(),
      description: draft.description.trim(),
      category: draft.category,
      c4: draft.c4,
      icon: draft.icon,
      technology: draft.technology.trim(),
      props,
    },
  };
}
