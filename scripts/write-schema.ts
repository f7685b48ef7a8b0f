/**
 * Writes docs/design.schema.json, the JSON Schema of design files, from the zod schemas in
 * src/core/model/schema.ts (the single source of truth). Run it with `npm run schema` after
 * changing the schema; scripts/write-schema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  boxSchema,
  CURRENT_VERSION,
  customPropertySchema,
  customTypeSchema,
  decisionSchema,
  designSchema,
  edgeSchema,
  FORMAT,
  groupSchema,
  idSchema,
  layoutSchema,
  nodeSchema,
  propsSchema,
  propValueSchema,
  rulePolicySchema,
  typeIdSchema,
  workloadSchema,
} from '../src/core';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'design.schema.json');

/** The schema's identifier. A URN until the schema is published at a stable URL. */
export const SCHEMA_ID = `urn:archlab:design-file:v${CURRENT_VERSION}`;

type JsonObject = Record<string, unknown>;
interface Meta {
  id: string;
  title: string;
  description: string;
}

/** Named definitions: each becomes an entry of `$defs` with a title and a description. */
function definitions(): [z.ZodType, Meta][] {
  return [
    [designSchema, { id: 'Design', title: 'Design', description: 'An architecture: components, connections, groups, their layout, the workload, declared patterns, rule policy and decision records.' }],
    [idSchema, { id: 'Id', title: 'Element id', description: 'Identifier of a component, connection, group or decision: a letter or digit, then letters, digits, "_", ".", ":" or "-"; at most 100 characters. Ids of components, connections and groups are unique together.' }],
    [typeIdSchema, { id: 'TypeId', title: 'Catalogue type id', description: 'Kebab-case id of a component type in the catalogue, such as "api-gateway", "triton" or "feature-store-online".' }],
    [propsSchema, { id: 'Props', title: 'Properties', description: 'Free typed properties by camelCase name (such as "replicas" or "latencyP99Ms"). Values are finite numbers, strings of at most 2,000 characters, or booleans.' }],
    [propValueSchema, { id: 'PropValue', title: 'Property value', description: 'A finite number, a string of at most 2,000 characters, or a boolean.' }],
    [nodeSchema, { id: 'Node', title: 'Component', description: 'A component of the architecture (a node of the graph), of a catalogue type.' }],
    [edgeSchema, { id: 'Edge', title: 'Connection', description: 'A directed connection from the component that calls or sends (source) to the one that serves or receives (target).' }],
    [edgeSchema.shape.security, { id: 'EdgeSecurity', title: 'Connection security', description: 'Transport security and authentication of a connection.' }],
    [edgeSchema.shape.resilience, { id: 'EdgeResilience', title: 'Connection resilience', description: 'How the caller protects itself from a slow or failing target.' }],
    [groupSchema, { id: 'Group', title: 'Group', description: 'A boundary that contains components and other groups: system, trust zone, region, availability zone, cluster or edge site.' }],
    [layoutSchema, { id: 'Layout', title: 'Layout', description: 'Where elements are drawn. Rules and metrics never read it.' }],
    [boxSchema, { id: 'Box', title: 'Box', description: 'Absolute canvas position of the top-left corner, in pixels; width and height for groups and resized components.' }],
    [workloadSchema, { id: 'Workload', title: 'Workload', description: 'The load and targets the design is sized for, and where and how it is priced.' }],
    [rulePolicySchema, { id: 'RulePolicy', title: 'Rule policy', description: 'Which architecture rules are switched off, and severity overrides.' }],
    [decisionSchema, { id: 'Decision', title: 'Architecture decision record', description: 'An ADR: context, decision and consequences, linked to the elements it is about.' }],
    [customTypeSchema, { id: 'CustomType', title: 'Custom component type', description: 'A component type defined in this design, beside the built-in catalogue; components use it by its id.' }],
    [customPropertySchema, { id: 'CustomProperty', title: 'Custom type property', description: 'A typed property of a custom type: a number with a unit and bounds, or a yes/no value. Component values are checked against it.' }],
  ];
}

/** Per-property descriptions, by definition name. Units are part of the name and repeated here. */
const FIELD_DOCS: Record<string, Record<string, string>> = {
  Envelope: {
    $schema: 'Optional reference to this JSON Schema, for editors. ArchLab ignores it and does not write it.',
    format: 'Always "archlab".',
    version: `Schema version the file was written in, a whole number. ArchLab migrates files of older versions when it reads them; this schema describes version ${CURRENT_VERSION}.`,
    design: 'The design itself.',
  },
  Design: {
    id: 'Id of the design.',
    name: 'Name of the design, 1 to 200 characters (surrounding spaces are trimmed).',
    description: 'Free text, at most 20,000 characters.',
    nodes: 'The components.',
    edges: 'The connections between components.',
    groups: 'The groups (boundaries) that contain components and other groups.',
    layout: 'Positions and sizes, separate from the model.',
    workload: 'The workload the design is sized and priced for.',
    patterns: 'Target architecture patterns the design declares; each at most once. The rules check the design against them.',
    rulePolicy: 'Rules switched off and severity overrides.',
    decisions: 'Architecture decision records.',
    customTypes: 'Component types defined in this design; ids unique and different from every built-in type id.',
  },
  CustomType: {
    id: 'Kebab-case id, unique among custom types and not the id of a built-in type; the UI makes ids that start with "custom-".',
    name: 'Name shown in the palette and on the canvas, 1 to 100 characters (trimmed).',
    description: 'Free text, at most 2,000 characters.',
    category: 'Palette category.',
    c4: 'The C4 element its components become in exported diagrams.',
    icon: 'Icon name, from the catalogue icon set (lucide icon names).',
    technology: 'Technology new components of this type start with; at most 200 characters.',
    props: 'Typed properties (at most 50); keys unique within the type.',
  },
  Node: {
    id: 'Unique among components, connections and groups.',
    type: 'Catalogue type of the component.',
    label: 'Name shown on the canvas, 1 to 200 characters (trimmed).',
    description: 'Free text, at most 20,000 characters.',
    technology: 'Product and version, such as "Envoy 1.31"; at most 200 characters.',
    props: 'Typed properties of the component (replicas, instance type...).',
    parent: 'Id of the group that contains the component; must be a group. Absent: top level.',
  },
  Edge: {
    id: 'Unique among components, connections and groups.',
    source: 'Id of the calling or sending component (not a group).',
    target: 'Id of the called or receiving component (not a group, not the source).',
    label: 'What flows, such as "POST /v1/predict"; at most 200 characters.',
    protocol: 'Application protocol.',
    mode: 'sync: the caller waits for the answer (the call is on the latency path); async: fire and forget, through a queue or stream.',
    callsPerRequest: 'Calls made on this connection for one request arriving at the source (fan-out); 0 for calls not made per request, such as polling. 0 to 10,000.',
    security: 'Transport security and authentication.',
    resilience: 'Timeout, retries, circuit breaker and rate limit of the caller.',
    props: 'Typed properties of the connection.',
  },
  EdgeSecurity: {
    tls: 'Traffic is encrypted with TLS.',
    mtls: 'Both ends authenticate with certificates (mutual TLS); requires tls.',
    authn: 'How the caller authenticates.',
  },
  EdgeResilience: {
    timeoutMs: 'Caller timeout in milliseconds (> 0, at most 3,600,000). Absent: no timeout set.',
    retries: 'Retries after a failed call, a whole number from 0 to 20.',
    circuitBreaker: 'The caller stops calling a failing target for a while.',
    rateLimitRps: 'Maximum requests per second accepted on this connection (> 0). Absent: no limit.',
  },
  Group: {
    id: 'Unique among components, connections and groups.',
    kind: 'What the boundary is.',
    label: 'Name shown on the canvas, 1 to 200 characters (trimmed).',
    description: 'Free text, at most 20,000 characters.',
    props: 'Typed properties of the group.',
    parent: 'Id of the enclosing group; must be a group, and groups may not contain themselves, directly or not.',
  },
  Layout: {
    elements: 'Box of each component and group, by id. Every key must be the id of a component or group (connections have no box).',
    direction: 'Main direction of the diagram: LR (left to right) or TB (top to bottom).',
  },
  Box: {
    x: 'Left edge, in canvas pixels, absolute (not relative to the parent group); -10,000,000 to 10,000,000.',
    y: 'Top edge, in canvas pixels, absolute; -10,000,000 to 10,000,000.',
    width: 'Width in pixels (> 0, at most 1,000,000). Absent: the default size of the element.',
    height: 'Height in pixels (> 0, at most 1,000,000). Absent: the default size of the element.',
  },
  Workload: {
    peakRps: 'Peak requests per second arriving at each entry point not listed in entryRps; 0 to 1e9.',
    entryRps: 'Peak requests per second by entry component id; each key must be a component id.',
    payloadKb: 'Typical request payload in kilobytes (> 0).',
    latencySloMs: 'End-to-end latency objective in milliseconds (> 0, at most 3,600,000).',
    availabilityTargetPct: 'Availability objective in percent, strictly between 0 and 100, such as 99.95.',
    provider: 'Cloud provider: names managed products and picks price tables. Absent: provider-neutral names, priced with the reference provider (AWS) list prices.',
    region: 'Provider region used for pricing, such as "eu-west-1"; at most 200 characters.',
    pricing: 'Pricing model of compute.',
    headroomPct: 'Capacity kept above the peak when sizing, in percent (0 to 1,000).',
    currency: 'Currency of cost figures.',
  },
  RulePolicy: {
    disabled: 'Ids of rules switched off, such as "resilience/circuit-breaker".',
    severity: 'Severity override by rule id.',
  },
  Decision: {
    id: 'Unique among decisions.',
    number: 'ADR number, a whole number from 1 to 100,000, unique among decisions.',
    title: 'Title, 1 to 200 characters (trimmed).',
    date: 'Date of the decision, YYYY-MM-DD.',
    status: 'Where the decision stands.',
    context: 'Forces at play; free text, at most 20,000 characters.',
    decision: 'What was decided; free text, at most 20,000 characters.',
    consequences: 'What follows, good and bad; free text, at most 20,000 characters.',
    links: 'Ids of the components, connections and groups the decision is about; each must exist.',
    supersededBy: 'Number of the decision that replaces this one; must exist and differ from this one.',
  },
};

/** Puts `keys` first in an object, in that order, keeping the others in place after them. */
function hoist(object: JsonObject, keys: readonly string[]): void {
  const entries = Object.entries(object);
  for (const key of Object.keys(object)) delete object[key];
  for (const key of keys) {
    const entry = entries.find(([name]) => name === key);
    if (entry !== undefined) object[key] = entry[1];
  }
  for (const [key, value] of entries) if (!keys.includes(key)) object[key] = value;
}

function describeProperties(schema: JsonObject, docs: Record<string, string>, where: string): void {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  for (const [name, description] of Object.entries(docs)) {
    const property = properties?.[name];
    if (property === undefined) throw new Error(`write-schema: ${where} has no property "${name}"`);
    property.description = description;
    hoist(property, ['description']); // first, where a reader of the file looks
  }
  for (const name of Object.keys(properties ?? {})) {
    if (docs[name] === undefined) throw new Error(`write-schema: ${where}.${name} has no description`);
  }
}

/**
 * The JSON Schema (draft 2020-12) of a design file of the current version, built from the zod
 * schemas. Input mode: it describes what a file may contain, so fields with a default are
 * optional and carry that default. Pure: the same object every call.
 */
export function buildDesignJsonSchema(): JsonObject {
  const registry = z.registry<Meta>();
  for (const [schema, meta] of definitions()) registry.add(schema, meta);

  const envelope = z.object({
    $schema: z.string().optional(),
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    design: designSchema,
  });
  const generated = z.toJSONSchema(envelope, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: registry,
    override: ({ zodSchema, jsonSchema }) => {
      // The version is a whole number; zod types number literals as "number".
      if (zodSchema === envelope.shape.version) jsonSchema.type = 'integer';
    },
  }) as JsonObject;

  const { $schema, ...body } = generated;
  const result: JsonObject = {
    $schema,
    $id: SCHEMA_ID,
    title: `ArchLab design file, schema version ${CURRENT_VERSION}`,
    description:
      'A design file (.archlab.json) as written by ArchLab: the envelope { format, version, design }. ' +
      'Generated from the zod schemas by scripts/write-schema.ts; do not edit. Cross-reference rules ' +
      '(unique ids, parents are groups, no connection to a group or to itself, no group cycles, known ' +
      'layout, entry and decision ids) are checked by ArchLab but cannot be expressed here: see docs/design-format.md.',
    ...body,
  };
  describeProperties(result, FIELD_DOCS.Envelope!, 'Envelope');
  const defs = result.$defs as Record<string, JsonObject>;
  for (const [name, docs] of Object.entries(FIELD_DOCS)) {
    if (name === 'Envelope') continue;
    const def = defs[name];
    if (def === undefined) throw new Error(`write-schema: no definition named ${name}`);
    describeProperties(def, docs, name);
  }
  for (const def of Object.values(defs)) hoist(def, ['title', 'description']);
  return result;
}

/** The text of docs/design.schema.json. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(buildDesignJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, designJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
