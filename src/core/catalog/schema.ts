import { z } from 'zod';
import { PROP_NAME_PATTERN, TYPE_ID_PATTERN } from '../model/ids';
import { CURRENCIES, PROVIDERS } from '../model/vocabulary';
import { C4_KINDS, CATEGORIES, ICONS, ROLES, UNITS } from './vocabulary';

/**
 * The shape of catalog data: component types, their typed properties and cost models, and the
 * dated, sourced price tables. The catalog test validates all shipped data against these.
 */

export const localizedSchema = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
export const localizedListSchema = z.strictObject({
  fr: z.array(z.string().trim().min(1)),
  en: z.array(z.string().trim().min(1)),
});

const propertyBase = {
  key: z.string().regex(PROP_NAME_PATTERN),
  label: localizedSchema,
  /** A one-line help text shown as the field's description. */
  help: localizedSchema.optional(),
};

export const numberPropertySchema = z.strictObject({
  ...propertyBase,
  kind: z.literal('number'),
  unit: z.enum(UNITS),
  default: z.number(),
  min: z.number(),
  max: z.number(),
  /** Whole numbers only (replicas, partitions). */
  integer: z.boolean().optional(),
});

export const booleanPropertySchema = z.strictObject({
  ...propertyBase,
  kind: z.literal('boolean'),
  default: z.boolean(),
});

export const enumPropertySchema = z.strictObject({
  ...propertyBase,
  kind: z.literal('enum'),
  default: z.string().min(1),
  options: z.array(z.strictObject({ value: z.string().min(1), label: localizedSchema })).min(2),
});

/** An instance type from the price tables; the default depends on the design's provider. */
export const instancePropertySchema = z.strictObject({
  ...propertyBase,
  kind: z.literal('instance-type'),
  /** Instance ids (`aws:g5.xlarge`) per provider; `default` is the AWS one. */
  defaults: z.strictObject({ aws: z.string().min(1), gcp: z.string().min(1), azure: z.string().min(1) }),
  default: z.string().min(1),
});

export const propertyDefSchema = z.discriminatedUnion('kind', [
  numberPropertySchema,
  booleanPropertySchema,
  enumPropertySchema,
  instancePropertySchema,
]);

/**
 * How a type is priced. `instance-hours`: replicas × the instance type's hourly price.
 * `managed-hours`: replicas × a managed service's hourly unit price (a Kafka broker-hour), or
 * partitions × the price for services billed per shard (Kinesis shard-hours).
 * `storage`: the storageGb property × a GB-month price. `per-request`: requests × a price per
 * million. `free`: not priced (people, external systems, logical elements).
 */
export const costModelSchema = z.discriminatedUnion('model', [
  z.strictObject({ model: z.literal('instance-hours') }),
  z.strictObject({ model: z.literal('managed-hours'), price: z.string().min(1) }),
  z.strictObject({ model: z.literal('storage'), price: z.string().min(1) }),
  z.strictObject({ model: z.literal('per-request'), price: z.string().min(1) }),
  z.strictObject({ model: z.literal('free') }),
]);

export const componentTypeSchema = z.strictObject({
  id: z.string().regex(TYPE_ID_PATTERN),
  category: z.enum(CATEGORIES),
  name: localizedSchema,
  description: localizedSchema,
  tags: localizedListSchema,
  icon: z.enum(ICONS),
  c4: z.enum(C4_KINDS),
  /** The technology a new component of this type shows until the user changes it. */
  technology: z.string().max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  props: z.array(propertyDefSchema),
  cost: costModelSchema,
  /** The provider's own product for this type, shown when the design's provider is set. */
  providerNames: z.partialRecord(z.enum(PROVIDERS), z.string().min(1)).default({}),
});

// ---- price data ----

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^S\d+$/),
  title: z.string().min(1),
});

const dated = {
  /** Where the figure comes from: a source id of sources.ts (DOMAIN.md's list). */
  source: z.string().regex(/^S\d+$/),
  /** When the figure was read: `YYYY-MM` or `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** An estimate or a secondary source: verify before presenting it as fact. */
  estimate: z.boolean(),
};

export const instanceTypeSchema = z.strictObject({
  /** `provider:name`, e.g. `aws:g5.xlarge`. */
  id: z.string().regex(/^(aws|gcp|azure):[A-Za-z0-9._-]+$/),
  provider: z.enum(PROVIDERS),
  name: z.string().min(1),
  vcpu: z.int().positive(),
  memoryGiB: z.number().positive(),
  gpus: z.int().min(0),
  gpuModel: z.string().min(1).optional(),
  gpuMemoryGiB: z.number().positive().optional(),
  onDemandUsdPerHour: z.number().positive(),
  region: z.string().min(1),
  ...dated,
});

export const discountSchema = z.strictObject({
  provider: z.enum(PROVIDERS),
  /** Typical spot discount for CPU instances and for GPU instances (percent off on-demand). */
  spotCpuPct: z.number().min(0).max(100),
  spotGpuPct: z.number().min(0).max(100),
  commit1yPct: z.number().min(0).max(100),
  commit3yPct: z.number().min(0).max(100),
  ...dated,
});

export const unitPriceSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: localizedSchema,
  unit: z.enum(['GB-month', 'broker-hour', 'node-hour', 'million-requests', 'hour']),
  prices: z.partialRecord(
    z.enum(PROVIDERS),
    z.strictObject({ usd: z.number().min(0), service: z.string().min(1), region: z.string().min(1), ...dated }),
  ),
});

/** How many units of a currency one US dollar buys: list prices are in USD, shown in the design's currency. */
export const exchangeRateSchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  perUsd: z.number().positive(),
  ...dated,
});

export type Localized = z.output<typeof localizedSchema>;
export type PropertyDef = z.output<typeof propertyDefSchema>;
export type NumberPropertyDef = z.output<typeof numberPropertySchema>;
export type CostModel = z.output<typeof costModelSchema>;
export type ComponentType = z.output<typeof componentTypeSchema>;
export type ComponentTypeInput = z.input<typeof componentTypeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type InstanceType = z.output<typeof instanceTypeSchema>;
export type Discount = z.output<typeof discountSchema>;
export type UnitPrice = z.output<typeof unitPriceSchema>;
export type ExchangeRate = z.output<typeof exchangeRateSchema>;
