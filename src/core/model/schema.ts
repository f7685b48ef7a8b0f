import { z } from 'zod';
import { ID_PATTERN, PROP_NAME_PATTERN, TYPE_ID_PATTERN } from './ids';
import {
  ADR_STATUSES,
  AUTHN_METHODS,
  CURRENCIES,
  EDGE_MODES,
  GROUP_KINDS,
  PATTERNS,
  PRICING_MODELS,
  PROTOCOLS,
  PROVIDERS,
  SEVERITIES,
} from './vocabulary';
import { checkDesignIntegrity } from './integrity';
import { customTypeSchema } from './customTypeSchema';

/**
 * The zod schemas of the design document (current schema version). They are the single source
 * of the TypeScript types (types.ts) and of the published JSON Schema (docs/design.schema.json).
 */

export const idSchema = z.string().regex(ID_PATTERN);
export const typeIdSchema = z.string().regex(TYPE_ID_PATTERN);

const label = z.string().trim().min(1).max(200);
const longText = z.string().max(20_000);
const shortText = z.string().max(200);

/** A typed property value: a finite number, a short string or a boolean. */
export const propValueSchema = z.union([z.number(), z.string().max(2_000), z.boolean()]);
export const propsSchema = z.record(
  z.string().regex(PROP_NAME_PATTERN),
  propValueSchema,
);

export const nodeSchema = z.strictObject({
  id: idSchema,
  type: typeIdSchema,
  label,
  description: longText.default(''),
  technology: shortText.default(''),
  props: propsSchema.default({}),
  parent: idSchema.optional(),
});

export const edgeSchema = z.strictObject({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  label: shortText.default(''),
  protocol: z.enum(PROTOCOLS).default('https'),
  mode: z.enum(EDGE_MODES).default('sync'),
  /** Calls made on this edge for one request arriving at the source (fan-out). */
  callsPerRequest: z.number().min(0).max(10_000).default(1),
  security: z
    .strictObject({
      tls: z.boolean().default(false),
      mtls: z.boolean().default(false),
      authn: z.enum(AUTHN_METHODS).default('none'),
    })
    .prefault({}),
  resilience: z
    .strictObject({
      timeoutMs: z.number().positive().max(3_600_000).optional(),
      retries: z.int().min(0).max(20).default(0),
      circuitBreaker: z.boolean().default(false),
      rateLimitRps: z.number().positive().max(1e9).optional(),
    })
    .prefault({}),
  props: propsSchema.default({}),
});

export const groupSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(GROUP_KINDS),
  label,
  description: longText.default(''),
  props: propsSchema.default({}),
  parent: idSchema.optional(),
});

const coordinate = z.number().min(-1e7).max(1e7);
export const boxSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.number().positive().max(1e6).optional(),
  height: z.number().positive().max(1e6).optional(),
});

export const layoutSchema = z
  .strictObject({
    /** Absolute canvas position (and size, for groups and resized nodes) by element id. */
    elements: z.record(idSchema, boxSchema).default({}),
    direction: z.enum(['LR', 'TB']).default('LR'),
  })
  .prefault({});

export const workloadSchema = z
  .strictObject({
    peakRps: z.number().min(0).max(1e9).default(0),
    /** Peak requests/s per entry node; entry points not listed get `peakRps`. */
    entryRps: z.record(idSchema, z.number().min(0).max(1e9)).default({}),
    payloadKb: z.number().positive().max(1e7).default(4),
    latencySloMs: z.number().positive().max(3_600_000).default(200),
    availabilityTargetPct: z.number().gt(0).lt(100).default(99.9),
    /** Unset: provider-neutral names, and list prices of the reference provider (AWS). */
    provider: z.enum(PROVIDERS).optional(),
    region: shortText.default('us-east-1'),
    pricing: z.enum(PRICING_MODELS).default('on-demand'),
    headroomPct: z.number().min(0).max(1_000).default(30),
    currency: z.enum(CURRENCIES).default('USD'),
  })
  .prefault({});

export const rulePolicySchema = z
  .strictObject({
    disabled: z.array(z.string().min(1).max(200)).default([]),
    severity: z.record(z.string().min(1).max(200), z.enum(SEVERITIES)).default({}),
  })
  .prefault({});

export const decisionSchema = z.strictObject({
  id: idSchema,
  number: z.int().min(1).max(100_000),
  title: label,
  date: z.iso.date(),
  status: z.enum(ADR_STATUSES).default('proposed'),
  context: longText.default(''),
  decision: longText.default(''),
  consequences: longText.default(''),
  /** Ids of the nodes, edges and groups the decision is about. */
  links: z.array(idSchema).default([]),
  /** Number of the decision that replaces this one. */
  supersededBy: z.int().min(1).optional(),
});

const designShape = z.strictObject({
  id: idSchema,
  name: label,
  description: longText.default(''),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  groups: z.array(groupSchema).default([]),
  layout: layoutSchema,
  workload: workloadSchema,
  patterns: z.array(z.enum(PATTERNS)).default([]),
  rulePolicy: rulePolicySchema,
  decisions: z.array(decisionSchema).default([]),
  /** Component types defined in this design, beside the built-in catalog. */
  customTypes: z.array(customTypeSchema).default([]),
});

export const designSchema = designShape.superRefine((design, ctx) => {
  for (const problem of checkDesignIntegrity(design)) {
    ctx.addIssue({ code: 'custom', path: problem.path, params: { key: problem.key, values: problem.values } });
  }
});

export type DesignShape = z.output<typeof designShape>;
