import type { z } from 'zod';
import type { Box, Design } from '../types';
import { designErrorMap } from '../errorMap';
import { CommandError } from './types';

/** A copy of `items` with `item` inserted at `index` (clamped), or appended. */
export function insertAt<T>(items: readonly T[], item: T, index?: number): T[] {
  const at = index === undefined ? items.length : Math.max(0, Math.min(items.length, index));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Index of the element with this id, or a CommandError naming what is missing. */
export function indexOfId(items: readonly { id: string }[], id: string, what: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new CommandError(`no ${what} has the id "${id}"`);
  return index;
}

/**
 * Applies a patch (null removes a key) and returns the patched object and the patch that
 * undoes it.
 */
export function patchObject<T extends object>(
  target: T,
  patch: Record<string, unknown>,
): { next: T; undo: Record<string, unknown> } {
  const next = { ...target } as Record<string, unknown>;
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') throw new CommandError('an id cannot be changed');
    const previous = next[key];
    undo[key] = previous === undefined ? null : previous;
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
  }
  return { next: next as T, undo };
}

/** Validates one element against its schema, so a command never writes an invalid field. */
export function validated<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value, { error: designErrorMap('en') });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  throw new CommandError(`invalid ${what}: ${where}${issue?.message ?? 'invalid value'}`);
}

/**
 * The layout box of an element, if it has one. Own keys only: an element id such as
 * "constructor" is also a key of Object.prototype, and that is not a box.
 */
export function boxOf(elements: Readonly<Record<string, Box>>, id: string): Box | undefined {
  return Object.hasOwn(elements, id) ? elements[id] : undefined;
}

export type ElementKind = 'node' | 'edge' | 'group';

/** The kind of every node, edge and group id of a design. */
export function elementKinds(design: Design): Map<string, ElementKind> {
  const kinds = new Map<string, ElementKind>();
  for (const g of design.groups) kinds.set(g.id, 'group');
  for (const n of design.nodes) kinds.set(n.id, 'node');
  for (const e of design.edges) kinds.set(e.id, 'edge');
  return kinds;
}

export function requireFreeId(kinds: Map<string, ElementKind>, id: string): void {
  if (kinds.has(id)) throw new CommandError(`the id "${id}" is already used`);
}

export function requireGroup(kinds: Map<string, ElementKind>, id: string | undefined | null): void {
  if (id === undefined || id === null) return;
  if (kinds.get(id) !== 'group') throw new CommandError(`no group has the id "${id}"`);
}

export function requireNode(kinds: Map<string, ElementKind>, id: string): void {
  if (kinds.get(id) !== 'node') throw new CommandError(`no component has the id "${id}"`);
}
