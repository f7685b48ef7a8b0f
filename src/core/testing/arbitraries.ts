/**
 * fast-check arbitraries for property tests: valid designs (`arbDesign`), and commands that
 * apply to a given design (`arbCommandFor`, `arbCommandsFor`). Plain TypeScript: no Node or
 * DOM APIs, so it runs wherever the core runs.
 */
import fc from 'fast-check';
import { applyCommand } from '../model/commands/applyCommand';
import { isInside } from '../model/commands/groupCommands';
import type { Command } from '../model/commands/types';
import { decisionSchema, designSchema, edgeSchema, groupSchema, nodeSchema, workloadSchema } from '../model/schema';
import type { Box, Design, PropValue } from '../model/types';
import { getComponentType, STANDARD_PROPERTIES, type PropertyDef } from '../catalog';
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
} from '../model/vocabulary';

/** Text that breaks naive exporters, parsers and renderers. */
export const HOSTILE_STRINGS = [
  'say "hi"',
  "it's",
  'back\\slash \\n \\u0041',
  'line one\nline two\r\nline three',
  '<script>alert(1)</script>',
  '%%{init: {"theme": "dark"}}%%',
  '${process.exit()} {{count}} $t(app.name)',
  'Ünïcödé — ñ ß 漢字 العربية',
  'emoji 🚀👩‍💻🇫🇷',
  '\u200b zero\u2060width \ufeff',
  'tab\there',
  '</div><!-- --> & &amp; ]]>',
  '@startuml\n}\n@enduml',
] as const;

/** Ids matching ID_PATTERN, including some that are also keys of Object.prototype. */
export const arbId: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,11}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '0', 'a'.repeat(100)) },
);

/** Finite numbers in a range, never -0 (JSON writes -0 as 0). */
const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const orNone = <T>(items: readonly T[]) => (items.length === 0 ? fc.constant(undefined) : fc.option(pick(items), { nil: undefined }));
const orNull = <T>(items: readonly T[]) => (items.length === 0 ? fc.constant(null) : fc.option(pick(items), { nil: null }));

/** Any text, hostile text included (descriptions, ADR bodies). */
export const arbText: fc.Arbitrary<string> = fc.oneof(
  pick(HOSTILE_STRINGS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
/** A hostile but valid label: trimmed, 1 to 200 characters. */
export const arbLabel: fc.Arbitrary<string> = arbText.map((s) => s.trim().slice(0, 200).trim() || 'label');
const arbShort = arbText.map((s) => s.slice(0, 200));
/** Property names no catalog type defines: their values are free. */
const arbPropName = fc
  .oneof(pick(['gpu', 'notes', 'constructor']), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/))
  .filter((key) => !Object.hasOwn(STANDARD_PROPERTIES, key));
const arbProps = fc.dictionary(arbPropName, fc.oneof(finite(-1e6, 1e6), fc.integer({ min: 0, max: 64 }), arbShort, fc.boolean()), {
  maxKeys: 3,
});
export const arbBox: fc.Arbitrary<Box> = fc.record(
  { x: finite(-1e7, 1e7), y: finite(-1e7, 1e7), width: finite(1, 1e6), height: finite(1, 1e6) },
  { requiredKeys: ['x', 'y'] },
);
const arbDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const arbSecurity = fc.oneof(
  fc.record({ tls: fc.boolean(), mtls: fc.constant(false), authn: pick(AUTHN_METHODS) }),
  fc.record({ tls: fc.constant(true), mtls: fc.constant(true), authn: pick(AUTHN_METHODS) }),
);
const arbResilience = fc.record(
  { timeoutMs: finite(1, 3_600_000), retries: fc.integer({ min: 0, max: 20 }), circuitBreaker: fc.boolean(), rateLimitRps: finite(1, 1e9) },
  { requiredKeys: ['retries', 'circuitBreaker'] },
);
const arbRuleId = pick(['resilience/circuit-breaker', 'security/zero-trust-mtls', 'cost/idle-gpu', 'x']);
const arbRulePolicy = fc.record({
  disabled: fc.uniqueArray(arbRuleId, { maxLength: 2 }),
  severity: fc.dictionary(arbRuleId, pick(SEVERITIES), { maxKeys: 2 }),
});
const arbPatterns = fc.shuffledSubarray([...PATTERNS], { maxLength: 4 });
const arbDirection = pick(['LR', 'TB'] as const);

/** `{ id: value }` for a random subset of the ids. */
function someOf<T>(ids: readonly string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc
    .tuple(...ids.map((id) => fc.option(value.map((v) => [id, v] as const), { nil: undefined })))
    .map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined)));
}

/** Drops undefined keys, as a design file would. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A valid value for one property definition of a catalog type. */
function arbPropValue(def: PropertyDef): fc.Arbitrary<PropValue> {
  switch (def.kind) {
    case 'number':
      return def.integer === true ? fc.integer({ min: Math.ceil(def.min), max: Math.floor(Math.min(def.max, 1e9)) }) : finite(def.min, def.max);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return pick(def.options.map((o) => o.value));
    case 'instance-type':
      return pick(Object.values(def.defaults));
  }
}

/** Some of a catalog type's properties with valid values, beside untyped ones. */
const arbTypedProps = (typeId: string): fc.Arbitrary<Record<string, PropValue>> => {
  const defs = getComponentType(typeId)?.props ?? [];
  return fc
    .tuple(arbProps, fc.tuple(...defs.map((def) => fc.option(arbPropValue(def).map((v) => [def.key, v] as const), { nil: undefined }))))
    .map(([free, typed]) => ({ ...free, ...Object.fromEntries(typed.filter((e) => e !== undefined)) }));
};

const arbNode = (id: string, groupIds: readonly string[]) =>
  pick(['api-gateway', 'triton', 'feature-store', 'kafka', 'web-client'])
    .chain((type) =>
      fc.record({ id: fc.constant(id), type: fc.constant(type), label: arbLabel, description: arbText, technology: arbShort,
        props: arbTypedProps(type), parent: orNone(groupIds) }),
    )
    .map((n) => nodeSchema.parse(plain(n)));

const arbGroup = (id: string, parents: readonly string[]) =>
  fc
    .record({ id: fc.constant(id), kind: pick(GROUP_KINDS), label: arbLabel, description: arbText, props: arbProps, parent: orNone(parents) })
    .map((g) => groupSchema.parse(plain(g)));

const arbEdgeFields = {
  label: arbShort,
  protocol: pick(PROTOCOLS),
  mode: pick(EDGE_MODES),
  callsPerRequest: finite(0, 10_000),
  security: arbSecurity,
  resilience: arbResilience,
  props: arbProps,
};
const arbEnds = (nodeIds: readonly string[]) =>
  fc.uniqueArray(pick(nodeIds), { minLength: 2, maxLength: 2 }).map(([source, target]) => ({ source: source as string, target: target as string }));
const arbEdge = (id: string, nodeIds: readonly string[]) =>
  fc.tuple(fc.record(arbEdgeFields), arbEnds(nodeIds)).map(([fields, ends]) => edgeSchema.parse({ id, ...fields, ...ends }));

const arbDecision = (id: string, number: number, elementIds: readonly string[], otherNumbers: readonly number[]) =>
  fc
    .record({ id: fc.constant(id), number: fc.constant(number), title: arbLabel, date: arbDate, status: pick(ADR_STATUSES),
      context: arbText, decision: arbText, consequences: arbText,
      links: elementIds.length === 0 ? fc.constant([]) : fc.uniqueArray(pick(elementIds), { maxLength: 3 }),
      supersededBy: orNone(otherNumbers) })
    .map((d) => decisionSchema.parse(plain(d)));

const arbWorkload = (nodeIds: readonly string[]) =>
  fc
    .record({ peakRps: finite(0, 1e9), entryRps: someOf(nodeIds, finite(0, 1e9)), payloadKb: finite(0.001, 1e7),
      latencySloMs: finite(1, 3_600_000), availabilityTargetPct: finite(90, 99.999), provider: pick(PROVIDERS), region: arbShort,
      pricing: pick(PRICING_MODELS), headroomPct: finite(0, 1000), currency: pick(CURRENCIES) })
    .map((w) => workloadSchema.parse(w));

const tupleOf = <T>(items: readonly fc.Arbitrary<T>[]): fc.Arbitrary<T[]> => fc.tuple(...items);

function arbDecisions(elementIds: readonly string[]) {
  return fc.uniqueArray(arbId, { maxLength: 4 }).chain((ids) =>
    fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: ids.length, maxLength: ids.length }).chain((numbers) =>
      tupleOf(ids.map((id, i) => arbDecision(id, numbers[i] as number, elementIds, numbers.filter((_, j) => j !== i)))),
    ),
  );
}

function designFrom(ids: readonly string[], sizes: { groups: number; nodes: number }) {
  const groupIds = ids.slice(0, sizes.groups);
  const nodeIds = ids.slice(sizes.groups, sizes.groups + sizes.nodes);
  const edgeIds = ids.slice(sizes.groups + sizes.nodes);
  return fc
    .record({
      id: arbId,
      name: arbLabel,
      description: arbText,
      // A group's parent comes earlier in the list, so the nesting has no cycle.
      groups: tupleOf(groupIds.map((id, i) => arbGroup(id, groupIds.slice(0, i)))),
      nodes: tupleOf(nodeIds.map((id) => arbNode(id, groupIds))),
      edges: tupleOf(edgeIds.map((id) => arbEdge(id, nodeIds))),
      layout: fc.record({ elements: someOf([...groupIds, ...nodeIds], arbBox), direction: arbDirection }),
      workload: arbWorkload(nodeIds),
      patterns: arbPatterns,
      rulePolicy: arbRulePolicy,
      decisions: arbDecisions(ids),
      reverseGroups: fc.boolean(),
    })
    .map(({ reverseGroups, groups, ...rest }) => designSchema.parse(plain({ ...rest, groups: reverseGroups ? groups.reverse() : groups })));
}

/** A valid design: unique ids, nested groups without cycles, references that all resolve. */
export function arbDesign(): fc.Arbitrary<Design> {
  return fc
    .record({ groups: fc.nat({ max: 4 }), nodes: fc.nat({ max: 6 }), edges: fc.nat({ max: 6 }) })
    .chain((sizes) => {
      const count = sizes.groups + sizes.nodes + (sizes.nodes < 2 ? 0 : sizes.edges);
      return fc.uniqueArray(arbId, { minLength: count, maxLength: count }).chain((ids) => designFrom(ids, sizes));
    });
}

const withIndex = (length: number) => fc.option(fc.nat({ max: length + 2 }), { nil: undefined });
const patchOf = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] }).map((p) => plain(p) as Partial<T>);
const strip = (command: Record<string, unknown>) => Object.fromEntries(Object.entries(command).filter(([, v]) => v !== undefined)) as Command;

/** One command (not a batch) that applies to `design` without a CommandError. */
function arbSingleFor(design: Design): fc.Arbitrary<Command> {
  const groupIds = design.groups.map((g) => g.id);
  const nodeIds = design.nodes.map((n) => n.id);
  const edgeIds = design.edges.map((e) => e.id);
  const elementIds = [...groupIds, ...nodeIds, ...edgeIds];
  const fresh = arbId.filter((id) => !elementIds.includes(id));
  const numbers = design.decisions.map((d) => d.number);
  const freshNumber = fc.integer({ min: 1, max: 100_000 }).filter((n) => !numbers.includes(n));
  const options: fc.Arbitrary<Command>[] = [
    fc.tuple(fresh, arbBox, withIndex(design.nodes.length), fc.boolean()).chain(([id, box, index, boxed]) =>
      arbNode(id, groupIds).map((node) => strip({ op: 'add-node', node, box: boxed ? box : undefined, index })),
    ),
    fc.tuple(fresh, arbBox, withIndex(design.groups.length), fc.boolean()).chain(([id, box, index, boxed]) =>
      arbGroup(id, groupIds).map((group) => strip({ op: 'add-group', group, box: boxed ? box : undefined, index })),
    ),
    someOf([...groupIds, ...nodeIds], fc.option(arbBox, { nil: null })).map((boxes) => ({ op: 'set-boxes', boxes })),
    patchOf({ name: arbLabel, description: arbText, workload: arbWorkload(nodeIds), patterns: arbPatterns, rulePolicy: arbRulePolicy,
      direction: arbDirection }).map((patch) => ({ op: 'update-design', patch })),
    fc.tuple(arbId.filter((id) => !design.decisions.some((d) => d.id === id)), freshNumber, withIndex(design.decisions.length)).chain(
      ([id, number, index]) => arbDecision(id, number, elementIds, numbers).map((decision) => strip({ op: 'add-decision', decision, index })),
    ),
  ];
  if (nodeIds.length > 0) {
    options.push(pick(nodeIds).map((id) => ({ op: 'remove-node', id })));
    options.push(fc.tuple(pick(nodeIds), patchOf({ label: arbLabel, description: arbText, technology: arbShort, props: arbProps,
      type: pick(['flink', 'legacy-thing']), parent: orNull(groupIds) })).map(([id, patch]) => ({ op: 'update-node', id, patch })));
  }
  if (nodeIds.length > 1) {
    options.push(fc.tuple(fresh, withIndex(design.edges.length)).chain(([id, index]) =>
      arbEdge(id, nodeIds).map((edge) => strip({ op: 'add-edge', edge, index }))));
  }
  if (edgeIds.length > 0) {
    options.push(pick(edgeIds).map((id) => ({ op: 'remove-edge', id })));
    options.push(fc.tuple(pick(edgeIds), patchOf(arbEdgeFields), fc.option(arbEnds(nodeIds), { nil: undefined })).map(([id, patch, ends]) => ({
      op: 'update-edge', id, patch: { ...patch, ...ends } })));
  }
  if (groupIds.length > 0) {
    options.push(pick(groupIds).map((id) => ({ op: 'remove-group', id })));
    options.push(pick(groupIds).chain((id) => fc.tuple(fc.constant(id), patchOf({ label: arbLabel, kind: pick(GROUP_KINDS), description: arbText,
      props: arbProps, parent: orNull(groupIds.filter((g) => !isInside(design, g, id))) }))).map(([id, patch]) => ({ op: 'update-group', id, patch })));
  }
  if (design.decisions.length > 0) {
    options.push(pick(design.decisions.map((d) => d.id)).map((id) => ({ op: 'remove-decision', id })));
    options.push(pick(design.decisions).chain((d) => {
      const others = numbers.filter((n) => n !== d.number);
      const renumber = design.decisions.some((o) => o.supersededBy === d.number) ? fc.constant(undefined) : freshNumber;
      return patchOf({ title: arbLabel, status: pick(ADR_STATUSES), date: arbDate, context: arbText,
        links: fc.uniqueArray(pick(elementIds.length > 0 ? elementIds : ['none']), { maxLength: elementIds.length > 0 ? 3 : 0 }),
        supersededBy: orNull(others), number: renumber }).map((patch) => ({ op: 'update-decision', id: d.id, patch }) as Command);
    }));
  }
  return fc.oneof(...options);
}

/** A sequence of commands, each applicable to the design the previous ones leave. */
export function arbCommandsFor(design: Design, maxLength = 5, nested = 1): fc.Arbitrary<Command[]> {
  const step = (current: Design, left: number): fc.Arbitrary<Command[]> =>
    left === 0
      ? fc.constant<Command[]>([])
      : fc.oneof(
          { weight: 1, arbitrary: fc.constant<Command[]>([]) },
          { weight: 4, arbitrary: arbCommandFor(current, nested).chain((command) =>
            step(applyCommand(current, command).design, left - 1).map((rest) => [command, ...rest])) },
        );
  return step(design, maxLength);
}

/** One command that applies to `design`: any op, a batch (nested up to `nested` deep) included. */
export function arbCommandFor(design: Design, nested = 1): fc.Arbitrary<Command> {
  if (nested <= 0) return arbSingleFor(design);
  return fc.oneof(
    { weight: 6, arbitrary: arbSingleFor(design) },
    { weight: 1, arbitrary: fc.constant(null).chain(() => arbCommandsFor(design, 3, nested - 1)).map((commands): Command => ({ op: 'batch', commands })) },
  );
}
