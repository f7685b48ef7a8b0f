import { z } from 'zod';
import { C4_KINDS, CATEGORIES, ICONS, UNITS } from '../catalog/vocabulary';
import { PROP_NAME_PATTERN, TYPE_ID_PATTERN } from './ids';

/**
 * A component type a user defines inside a design: a name, a category, a C4 kind, an icon from
 * the catalog's set and typed properties. It travels with the design (save, reload, export).
 */
const customPropertyBase = {
  key: z.string().regex(PROP_NAME_PATTERN),
  label: z.string().trim().min(1).max(100),
};

export const customPropertySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...customPropertyBase,
    kind: z.literal('number'),
    unit: z.enum(UNITS),
    default: z.number(),
    min: z.number(),
    max: z.number(),
    integer: z.boolean().default(false),
  }),
  z.strictObject({ ...customPropertyBase, kind: z.literal('boolean'), default: z.boolean() }),
]);

export const customTypeSchema = z.strictObject({
  id: z.string().regex(TYPE_ID_PATTERN),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2_000).default(''),
  category: z.enum(CATEGORIES),
  c4: z.enum(C4_KINDS),
  icon: z.enum(ICONS),
  technology: z.string().max(200).default(''),
  props: z.array(customPropertySchema).max(50).default([]),
});

export type CustomProperty = z.output<typeof customPropertySchema>;
export type CustomType = z.output<typeof customTypeSchema>;
