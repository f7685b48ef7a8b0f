/**
 * Test builders for small designs, with every default filled in by the zod schemas:
 *
 *   design(node('gw', 'api-gateway'), node('triton', 'model-server'), edge('e1', 'gw', 'triton'))
 *
 * Each builder returns a valid element (it throws on an invalid one, which is a bug in the test).
 * Plain TypeScript: no Node or DOM APIs, so it runs wherever the core runs.
 */
import { boxSchema, decisionSchema, designSchema, edgeSchema, groupSchema, nodeSchema } from '../model/schema';
import type { Box, Decision, Design, DesignEdge, DesignGroup, DesignNode } from '../model/types';
import { applyCommand } from '../model/commands/applyCommand';
import { createDesign } from '../model/createDesign';
import { CommandError, type Command } from '../model/commands/types';
import type { GroupKind } from '../model/vocabulary';

type Input<T> = { [K in keyof T]?: unknown };

export function node(id: string, type = 'service', overrides: Input<DesignNode> = {}): DesignNode {
  return nodeSchema.parse({ id, type, label: id, ...overrides });
}

export function edge(id: string, source: string, target: string, overrides: Input<DesignEdge> = {}): DesignEdge {
  return edgeSchema.parse({ id, source, target, ...overrides });
}

export function group(id: string, kind: GroupKind = 'system', overrides: Input<DesignGroup> = {}): DesignGroup {
  return groupSchema.parse({ id, kind, label: id, ...overrides });
}

export function decision(id: string, number: number, overrides: Input<Decision> = {}): Decision {
  return decisionSchema.parse({ id, number, title: `Decision ${number}`, date: '2024-03-01', ...overrides });
}

export function box(x: number, y: number, width?: number, height?: number): Box {
  return boxSchema.parse({ x, y, ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) });
}

/** Design-wide fields for `design(...)`: name, layout boxes, workload, patterns, and so on. */
export interface DesignFields {
  readonly fields: Input<Design>;
}

export function fields(values: Input<Design>): DesignFields {
  return { fields: values };
}

export type Part = DesignNode | DesignEdge | DesignGroup | Decision | DesignFields;

function sortPart(part: Part, into: Record<'nodes' | 'edges' | 'groups' | 'decisions', unknown[]>, extra: Record<string, unknown>) {
  if ('fields' in part) Object.assign(extra, part.fields);
  else if ('source' in part) into.edges.push(part);
  else if ('kind' in part) into.groups.push(part);
  else if ('number' in part) into.decisions.push(part);
  else into.nodes.push(part);
}

/** A valid design made of the given parts, in order; throws if the parts do not fit together. */
export function design(...parts: Part[]): Design {
  const arrays = { nodes: [] as unknown[], edges: [] as unknown[], groups: [] as unknown[], decisions: [] as unknown[] };
  const extra: Record<string, unknown> = {};
  for (const part of parts) sortPart(part, arrays, extra);
  return designSchema.parse({ id: 'test-design', name: 'Test design', ...arrays, ...extra });
}

/** A deep copy of plain JSON data (designs, envelopes). */
/** An empty design ('d') with the commands applied in order, as the app would apply them. */
export function designFrom(...commands: Command[]): Design {
  return commands.reduce((d, c) => applyCommand(d, c).design, createDesign('d', 'D'));
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes a value deeply, so a test can prove that a function never mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Applies a command to a frozen copy of `design` (so any mutation throws), then its inverse:
 * `after` is the changed design, `undone` should equal `design` again.
 */
export function applyWithUndo(design: Design, command: Command): { after: Design; undone: Design; inverse: Command } {
  const { design: after, inverse } = applyCommand(deepFreeze(clone(design)), command);
  const undone = applyCommand(deepFreeze(clone(after)), inverse).design;
  return { after, undone, inverse };
}

/**
 * The message of the CommandError that `command` raises on (a frozen copy of) `design`, or
 * undefined when it applies. Any other error propagates: a refusal must be a CommandError.
 */
export function refusal(design: Design, command: Command): string | undefined {
  try {
    applyCommand(deepFreeze(clone(design)), command);
    return undefined;
  } catch (error) {
    if (error instanceof CommandError) return error.message;
    throw error;
  }
}

/** The realistic small design most unit tests start from. */
export function inferenceDesign(): Design {
  return design(
    group('region', 'region'),
    group('platform', 'system', { parent: 'region' }),
    node('client', 'web-client'),
    node('gw', 'api-gateway', { parent: 'platform', props: { replicas: 2 } }),
    node('triton', 'model-server', { parent: 'platform', technology: 'NVIDIA Triton' }),
    node('features', 'feature-store', { parent: 'platform' }),
    edge('e1', 'client', 'gw'),
    edge('e2', 'gw', 'triton', { protocol: 'grpc' }),
    edge('e3', 'triton', 'features', { protocol: 'redis' }),
    decision('adr-1', 1, { links: ['gw', 'e2'], status: 'accepted' }),
    decision('adr-2', 2, { links: ['triton'] }),
    fields({
      layout: { elements: { gw: { x: 10, y: 20 }, region: { x: 0, y: 0, width: 800, height: 600 } } },
      workload: { peakRps: 100, entryRps: { client: 50 } },
      patterns: ['high-availability'],
    }),
  );
}
