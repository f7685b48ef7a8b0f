import { z } from 'zod';
import { getComponentType } from '../catalog/registry';
import { ROLES } from '../catalog/vocabulary';
import { idSchema, typeIdSchema, workloadSchema, designSchema } from '../model/schema';
import { ADR_STATUSES, CURRENCIES, GROUP_KINDS, PATTERNS } from '../model/vocabulary';
import { getRule } from '../rules/registry';
import { designTranslationSchema, translationGaps, type DesignTranslation } from './designTranslation';
import { isTemplateId, templateElementIds } from './templateIds';

/**
 * The lab data file (issue 8): one IA007 module's Atelier as data. A trainer adds a lab by
 * adding a file of this shape to src/core/labs/data and one import line in labs.ts, or hands
 * it to `archlab check --lab path/to/lab.json`. docs/labs.md documents every field.
 *
 *   { "format": "archlab-lab", "version": 1, "lab": { "number": 3, "module": 3, ... } }
 *
 * Ids of rules, catalogue types and templates are checked against the registries when the file
 * is read, each with its path (`lab.parts[0].objectives[2].rule: no rule “…”`).
 */

export const LAB_FORMAT = 'archlab-lab';
export const LAB_VERSION = 1;

/** A custom issue whose message is a key of the catalogues (translated by designErrorMap). */
function issue(ctx: z.RefinementCtx, key: string, values: Record<string, string | number>, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', path, params: { key, values } });
}

/** Markdown a plain paragraph must not hold: headings, list bullets, emphasis, code, links. */
const MARKDOWN = /(^|\n)\s*(#{1,6}\s|[-*+]\s|\d+\.\s|>\s)|\*\*|__|`|\]\(/;

const shortText = z.string().trim().min(1).max(200);
/** Plain paragraphs, separated by a blank line; no Markdown. */
const paragraphs = z
  .string()
  .trim()
  .min(1)
  .max(20_000)
  .superRefine((text, ctx) => {
    if (MARKDOWN.test(text)) issue(ctx, 'labs.problems.markdown', {});
  });

/** A short text in both languages. */
export const labTextSchema = z.strictObject({ fr: shortText, en: shortText });
/** Plain paragraphs in both languages. */
export const labParagraphsSchema = z.strictObject({ fr: paragraphs, en: paragraphs });

const workloadShape = workloadSchema.unwrap().shape;

/**
 * The design workload, every field optional and without defaults: what the lab sets replaces
 * the starting design's value, the rest is kept. Rates per entry (`entryRps`) are left out:
 * they name components, which a blank start does not have.
 */
export const labWorkloadSchema = z.strictObject({
  peakRps: workloadShape.peakRps.unwrap().optional(),
  payloadKb: workloadShape.payloadKb.unwrap().optional(),
  latencySloMs: workloadShape.latencySloMs.unwrap().optional(),
  availabilityTargetPct: workloadShape.availabilityTargetPct.unwrap().optional(),
  provider: workloadShape.provider,
  region: workloadShape.region.unwrap().optional(),
  pricing: workloadShape.pricing.unwrap().optional(),
  headroomPct: workloadShape.headroomPct.unwrap().optional(),
  currency: workloadShape.currency.unwrap().optional(),
});

/**
 * A translation naming an element or a decision the lab's design does not have, or giving a
 * connection a description: each is a problem with its path, as a typo would otherwise be
 * ignored without a word. Texts left untranslated are allowed (they stay in English).
 */
function strayTranslations(design: z.output<typeof designSchema>, translation: DesignTranslation, ctx: z.RefinementCtx): void {
  for (const path of translationGaps(design, translation).stray) {
    const at = ['translations', 'fr', ...path];
    const [section, id] = path;
    if (section === 'elements' && path.length === 2) issue(ctx, 'problem.unknownElement', { id: id! }, at);
    else ctx.addIssue({ code: 'unrecognized_keys', keys: [path[path.length - 1]!], path: at.slice(0, -1), input: translation });
  }
}

/**
 * Where a part starts. In the file, exactly one of:
 * - `{ "blank": true }`: an empty design;
 * - `{ "template": "<template id>", "remove": ["<element id>", ...] }`: a template of
 *   src/core/labs/templates with some of its components, connections or groups taken out. A
 *   template passes its own patterns, so a lab starting from one whole would be done at once:
 *   `remove` takes out what the student is to add back (removing a component also removes its
 *   connections);
 * - `{ "design": { ...a design, as in a design file... }, "translations": { "fr": { ... } } }`:
 *   a design of the lab's own, for an existing architecture to review or optimise, written in
 *   English, with its texts in French in the optional `translations` (designTranslation.ts;
 *   a template's French texts are in the template's own `<id>.fr.json`).
 * Read into a tagged union.
 */
export const labStartSchema = z
  .strictObject({
    blank: z.literal(true).optional(),
    template: z.string().min(1).max(100).optional(),
    remove: z.array(idSchema).max(500).optional(),
    design: designSchema.optional(),
    /** The texts of `design` in other languages than English (French only, today). */
    translations: z.strictObject({ fr: designTranslationSchema }).optional(),
  })
  .superRefine((start, ctx) => {
    const given = [start.blank, start.template, start.design].filter((v) => v !== undefined).length;
    if (given !== 1) issue(ctx, 'labs.problems.oneStart', {});
    if (start.remove !== undefined && start.template === undefined) issue(ctx, 'labs.problems.removeWithoutTemplate', {}, ['remove']);
    if (start.translations !== undefined && start.design === undefined) ctx.addIssue({ code: 'unrecognized_keys', keys: ['translations'], input: start });
    if (start.translations !== undefined && start.design !== undefined) strayTranslations(start.design, start.translations.fr, ctx);
    if (start.template === undefined) return;
    if (!isTemplateId(start.template)) {
      issue(ctx, 'labs.problems.unknownTemplate', { id: start.template }, ['template']);
      return;
    }
    const known = templateElementIds(start.template);
    start.remove?.forEach((id, i) => {
      if (!known.has(id)) issue(ctx, 'labs.problems.unknownElement', { id, template: start.template! }, ['remove', i]);
    });
  })
  .transform((start): LabStart => {
    if (start.design !== undefined) {
      return start.translations === undefined ? { kind: 'design', design: start.design } : { kind: 'design', design: start.design, translations: start.translations };
    }
    if (start.template !== undefined) return { kind: 'template', template: start.template, remove: start.remove ?? [] };
    return { kind: 'blank' };
  });

export type LabStart =
  | { readonly kind: 'blank' }
  | { readonly kind: 'template'; readonly template: string; readonly remove: readonly string[] }
  | {
      readonly kind: 'design';
      readonly design: z.output<typeof designSchema>;
      /** The design's texts in French, applied when the lab is started in French. */
      readonly translations?: { readonly fr: DesignTranslation };
    };

/** The metrics an objective can bound: each worst case over the design's entry points, or its total. */
export const LAB_METRICS = ['p99LatencyMs', 'p50LatencyMs', 'availability', 'monthlyCost', 'costPerMillionRequests'] as const;
export type LabMetric = (typeof LAB_METRICS)[number];

const objectiveBase = { id: idSchema, label: labTextSchema };

const ruleObjective = z
  .strictObject({ ...objectiveBase, kind: z.literal('rule'), rule: z.string().min(1).max(200) })
  .superRefine((o, ctx) => {
    if (getRule(o.rule) === undefined) issue(ctx, 'labs.problems.unknownRule', { id: o.rule }, ['rule']);
  });

const patternObjective = z.strictObject({ ...objectiveBase, kind: z.literal('pattern'), pattern: z.enum(PATTERNS) });

const metricObjective = z
  .strictObject({
    ...objectiveBase,
    kind: z.literal('metric'),
    metric: z.enum(LAB_METRICS),
    max: z.number().min(0).max(1e12).optional(),
    min: z.number().min(0).max(1e12).optional(),
    /** Evaluate with the design's request load brought to this rate (see metricObjective.ts). */
    atRequestsPerSecond: z.number().positive().max(1e9).optional(),
    /** For costs: the currency of the bound; the cost is computed in it, whatever the design's. */
    currency: z.enum(CURRENCIES).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.max === undefined && o.min === undefined) issue(ctx, 'labs.problems.noBound', {});
    if (o.max !== undefined && o.min !== undefined && o.min > o.max) issue(ctx, 'labs.problems.minAboveMax', {}, ['min']);
    const cost = o.metric === 'monthlyCost' || o.metric === 'costPerMillionRequests';
    if (o.currency !== undefined && !cost) issue(ctx, 'labs.problems.currencyNotCost', {}, ['currency']);
  });

const elementObjective = z
  .strictObject({
    ...objectiveBase,
    kind: z.literal('element'),
    type: typeIdSchema.optional(),
    role: z.enum(ROLES).optional(),
    groupKind: z.enum(GROUP_KINDS).optional(),
    min: z.int().min(1).max(1_000).default(1),
  })
  .superRefine((o, ctx) => {
    if (o.type === undefined && o.role === undefined && o.groupKind === undefined) issue(ctx, 'labs.problems.elementWhat', {});
    if (o.groupKind !== undefined && (o.type !== undefined || o.role !== undefined)) issue(ctx, 'labs.problems.groupOrComponent', {}, ['groupKind']);
    if (o.type !== undefined && getComponentType(o.type) === undefined) issue(ctx, 'labs.problems.unknownType', { id: o.type }, ['type']);
  });

const decisionsObjective = z.strictObject({
  ...objectiveBase,
  kind: z.literal('decisions'),
  min: z.int().min(1).max(1_000),
  status: z.enum(ADR_STATUSES).optional(),
});

/** One check of a lab part: it passes or it does not, on the student's design. */
export const objectiveSchema = z.discriminatedUnion('kind', [ruleObjective, patternObjective, metricObjective, elementObjective, decisionsObjective]);

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, key: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issue(ctx, key, { id: item.id }, [i, 'id']);
    seen.add(item.id);
  });
}

export const labPartSchema = z.strictObject({
  id: idSchema,
  title: labTextSchema,
  /** What this part changes in the lab's workload (lab 1's use cases carry different loads). */
  workload: labWorkloadSchema.optional(),
  start: labStartSchema,
  objectives: z
    .array(objectiveSchema)
    .min(1)
    .max(50)
    .superRefine((objectives, ctx) => uniqueIds(objectives, ctx, 'labs.problems.duplicateObjective')),
});

export const labSchema = z.strictObject({
  number: z.int().min(1).max(99),
  /** The IA007 module (1 to 9) whose Atelier this is. */
  module: z.int().min(1).max(9),
  title: labTextSchema,
  brief: labParagraphsSchema,
  scenario: labParagraphsSchema,
  workload: labWorkloadSchema.prefault({}),
  parts: z
    .array(labPartSchema)
    .min(1)
    .max(9)
    .superRefine((parts, ctx) => uniqueIds(parts, ctx, 'labs.problems.duplicatePart')),
  /** From a gentle nudge to the explicit answer, in that order. */
  hints: z.array(labParagraphsSchema).min(1).max(20),
});

/** The file: an envelope around the lab. Other keys of the envelope (`$schema`) are ignored. */
export const labFileSchema = z.object({
  format: z.literal(LAB_FORMAT),
  version: z.literal(LAB_VERSION),
  lab: labSchema,
});

export type Lab = z.output<typeof labSchema>;
export type LabPart = z.output<typeof labPartSchema>;
export type Objective = z.output<typeof objectiveSchema>;
export type ObjectiveKind = Objective['kind'];
export type LabWorkload = z.output<typeof labWorkloadSchema>;
export type LabText = z.output<typeof labTextSchema>;
