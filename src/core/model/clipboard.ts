import { z } from 'zod';
import { getComponentType } from '../catalog';
import { parseDesign } from '../document/parseDesign';
import { formatPath, type Problem } from '../document/problems';
import { translate, type Language, type MessageKey, type MessageValues } from '../i18n';
import { boxOf } from './commands/helpers';
import type { Command } from './commands/types';
import { customTypeSchema, type CustomType } from './customTypeSchema';
import { designErrorMap } from './errorMap';
import { uniqueId } from './ids';
import { checkDesignIntegrity } from './integrity';
import { boxSchema, edgeSchema, groupSchema, idSchema, nodeSchema, workloadSchema, type DesignShape } from './schema';
import type { Box, Design, DesignEdge, DesignGroup, DesignNode } from './types';

/**
 * Copy, cut, paste and duplicate as plain data. What travels on the clipboard is a fragment:
 * components, groups, connections, their absolute boxes and the custom types they use, as JSON,
 * so a paste works in another design or another browser tab. Pasting is one `batch` command,
 * one undo step, with fresh ids wherever the target design already uses an id.
 */

export const CLIPBOARD_FORMAT = 'archlab-clipboard';
export const CLIPBOARD_VERSION = 1;

const fragmentShape = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  groups: z.array(groupSchema).default([]),
  /** Absolute boxes by element id, as in `layout.elements`. */
  boxes: z.record(idSchema, boxSchema).default({}),
  customTypes: z.array(customTypeSchema).default([]),
});

export type ClipboardFragment = z.output<typeof fragmentShape>;

/** The fragment seen as a design, so the design's integrity checks apply to it as they are. */
function asDesignShape(fragment: ClipboardFragment): DesignShape {
  return {
    id: 'clipboard',
    name: 'clipboard',
    description: '',
    nodes: fragment.nodes,
    edges: fragment.edges,
    groups: fragment.groups,
    layout: { elements: fragment.boxes, direction: 'LR' },
    workload: workloadSchema.parse({}),
    patterns: [],
    rulePolicy: { disabled: [], severity: {} },
    decisions: [],
    customTypes: fragment.customTypes,
  };
}

/** Schema of a fragment: each element as in a design, and references that all resolve inside it. */
export const clipboardFragmentSchema = fragmentShape.superRefine((fragment, ctx) => {
  for (const problem of checkDesignIntegrity(asDesignShape(fragment))) {
    const [first, second, ...rest] = problem.path;
    const path = first === 'layout' && second === 'elements' ? ['boxes', ...rest] : problem.path;
    ctx.addIssue({ code: 'custom', path, params: { key: problem.key, values: problem.values } });
  }
});

// ---------------------------------------------------------------------------------------------
// Copy

/** Every group nested (at any depth) in one of `roots`, the roots included. */
function nestedGroups(design: Design, roots: ReadonlySet<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const g of design.groups) {
    if (g.parent === undefined) continue;
    const list = children.get(g.parent) ?? [];
    list.push(g.id);
    children.set(g.parent, list);
  }
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

function withParentIn<T extends { parent?: string }>(element: T, kept: ReadonlySet<string>): T {
  if (element.parent === undefined || kept.has(element.parent)) return { ...element };
  const { parent: _dropped, ...rest } = element;
  return rest as T;
}

/**
 * The fragment of a selection: the selected components and groups, everything nested in the
 * selected groups, the connections whose two ends are both copied, their boxes and the custom
 * types the copied components use. Unknown ids are ignored; order follows the design.
 */
export function copySelection(design: Design, ids: Iterable<string>): ClipboardFragment {
  const picked = new Set(ids);
  const groupIds = nestedGroups(design, new Set(design.groups.filter((g) => picked.has(g.id)).map((g) => g.id)));
  const groups = design.groups.filter((g) => groupIds.has(g.id)).map((g) => withParentIn(g, groupIds));
  const nodes = design.nodes
    .filter((n) => picked.has(n.id) || (n.parent !== undefined && groupIds.has(n.parent)))
    .map((n) => withParentIn(n, groupIds));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = design.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)).map((e) => ({ ...e }));
  const boxes: Record<string, Box> = {};
  for (const element of [...groups, ...nodes]) {
    const box = boxOf(design.layout.elements, element.id);
    if (box !== undefined) boxes[element.id] = { ...box };
  }
  const used = new Set(nodes.map((n) => n.type));
  const customTypes = design.customTypes.filter((t) => used.has(t.id));
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes, edges, groups, boxes, customTypes };
}

/** The fragment of a whole design: every component, group and connection. */
function fragmentOfDesign(design: Design): ClipboardFragment {
  return copySelection(design, [...design.groups, ...design.nodes].map((x) => x.id));
}

// ---------------------------------------------------------------------------------------------
// Text

/** The clipboard text of a fragment: indented JSON, readable if pasted into a text editor. */
export function serializeFragment(fragment: ClipboardFragment): string {
  return JSON.stringify(fragment, null, 2);
}

export type FragmentResult = { ok: true; fragment: ClipboardFragment } | { ok: false; problems: Problem[] };

export interface FragmentOptions {
  /** Validate without zod's compiled (eval-based) validators, as under the app's CSP. */
  jitless?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(language: Language, path: PropertyKey[], key: MessageKey, values?: MessageValues): FragmentResult {
  const where = path.length === 0 ? translate(language, 'problem.clipboardRoot') : formatPath(path);
  return { ok: false, problems: [{ path: where, message: translate(language, key, values) }] };
}

/**
 * Reads parsed clipboard data: a fragment, or a whole design envelope (`.archlab.json`), which
 * becomes the fragment of all its elements. Never throws.
 */
export function readFragment(data: unknown, language: Language = 'en', options: FragmentOptions = {}): FragmentResult {
  if (!isRecord(data)) return refuse(language, [], 'problem.clipboardNotArchlab');
  if (data.format === 'archlab') {
    const parsed = parseDesign(data, { language, jitless: options.jitless === true });
    return parsed.ok ? { ok: true, fragment: fragmentOfDesign(parsed.design) } : parsed;
  }
  if (data.format !== CLIPBOARD_FORMAT) return refuse(language, [], 'problem.clipboardNotArchlab');
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse(language, ['version'], 'problem.badVersion');
  if (version > CLIPBOARD_VERSION) {
    return refuse(language, ['version'], 'problem.clipboardNewerVersion', { version, current: CLIPBOARD_VERSION });
  }
  const result = clipboardFragmentSchema.safeParse(data, {
    error: designErrorMap(language),
    ...(options.jitless === true ? { jitless: true } : {}),
  });
  if (result.success) return { ok: true, fragment: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** Reads clipboard text: a serialized fragment or a design file. Anything else is refused. */
export function parseFragment(text: string, language: Language = 'en', options: FragmentOptions = {}): FragmentResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(language, [], 'problem.clipboardNotArchlab');
  }
  return readFragment(data, language, options);
}

// ---------------------------------------------------------------------------------------------
// Paste

export type Placement = { offset: { x: number; y: number } } | { at: { x: number; y: number } };

/** Shift of a paste with no placement: enough to see the copy beside the original. */
export const PASTE_OFFSET = { x: 40, y: 40 } as const;

const MAX_ID_LENGTH = 100;
const MAX_COORDINATE = 1e7;

/** A readable free id: `gw`, else `gw-2`, `gw-3`..., shortened to fit the id length limit. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  const candidate = uniqueId(base, taken);
  if (candidate.length <= MAX_ID_LENGTH) return candidate;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const short = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(short)) return short;
  }
}

/** JSON with sorted keys: two definitions are the same when these strings are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

const sameDefinition = (a: CustomType, b: CustomType) => canonical({ ...a, id: '' }) === canonical({ ...b, id: '' });

/**
 * Where each pasted custom type goes: an identical type of the design (same id, or one an
 * earlier paste added as `id-N`), else a new type under its id or, when that id is taken by
 * another definition, under a fresh one.
 */
function placeCustomTypes(design: Design, types: readonly CustomType[]): { rename: Map<string, string>; added: CustomType[] } {
  const rename = new Map<string, string>();
  const added: CustomType[] = [];
  const taken = new Set(design.customTypes.map((t) => t.id));
  const isTaken = (id: string) => taken.has(id) || getComponentType(id) !== undefined;
  const isCopyOf = (id: string, base: string) => id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1));
  for (const type of types) {
    const namesake = design.customTypes.find((t) => t.id === type.id);
    const same =
      namesake === undefined
        ? undefined
        : sameDefinition(namesake, type)
          ? namesake
          : design.customTypes.find((t) => isCopyOf(t.id, type.id) && sameDefinition(t, type));
    if (same !== undefined) {
      rename.set(type.id, same.id);
      continue;
    }
    let id = type.id;
    for (let n = 2; isTaken(id); n += 1) id = `${type.id}-${n}`;
    taken.add(id);
    rename.set(type.id, id);
    added.push(id === type.id ? type : { ...type, id });
  }
  return { rename, added };
}

/** New ids for the fragment's elements: ids free in the design stay, the others get `id-N`. */
function placeIds(design: Design, fragment: ClipboardFragment): Map<string, string> {
  const taken = new Set<string>([...design.groups, ...design.nodes, ...design.edges].map((x) => x.id));
  const all = [...fragment.groups, ...fragment.nodes, ...fragment.edges].map((x) => x.id);
  const rename = new Map<string, string>();
  for (const id of all) {
    if (!taken.has(id) && !rename.has(id)) {
      rename.set(id, id);
      taken.add(id);
    }
  }
  for (const id of all) {
    if (rename.has(id)) continue;
    const fresh = freeId(id, taken);
    rename.set(id, fresh);
    taken.add(fresh);
  }
  return rename;
}

/** Groups ordered so that each one's parent (within the fragment) comes before it. */
function parentsFirst(groups: readonly DesignGroup[]): DesignGroup[] {
  const inFragment = new Set(groups.map((g) => g.id));
  const placed = new Set<string>();
  const out: DesignGroup[] = [];
  let left = groups.slice();
  while (left.length > 0) {
    const ready = left.filter((g) => g.parent === undefined || !inFragment.has(g.parent) || placed.has(g.parent));
    if (ready.length === 0) return [...out, ...left]; // a cycle: a valid fragment has none
    for (const g of ready) {
      out.push(g);
      placed.add(g.id);
    }
    left = left.filter((g) => !placed.has(g.id));
  }
  return out;
}

/** How far the fragment moves: the offset, or from its top-left corner to `at`. */
function shiftOf(fragment: ClipboardFragment, placement: Placement): { x: number; y: number } {
  if ('offset' in placement) return placement.offset;
  const boxes = Object.values(fragment.boxes);
  if (boxes.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  return { x: placement.at.x - left, y: placement.at.y - top };
}

const clampCoordinate = (value: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value));

/**
 * The command that pastes a fragment into a design, as one `batch` (one undo step): missing
 * custom types, then groups (parents first), components with their boxes, and connections. Ids
 * already used in the design are replaced by readable fresh ones (`gw` -> `gw-2`), consistently
 * in parents, connection ends and boxes; labels stay as they are. Positions move by the offset
 * (default +40,+40), or so that the fragment's top-left corner lands at `at`.
 */
export function pasteFragment(
  design: Design,
  fragment: ClipboardFragment,
  placement: Placement = { offset: PASTE_OFFSET },
): { command: Command; pastedIds: string[] } {
  const types = placeCustomTypes(design, fragment.customTypes);
  const ids = placeIds(design, fragment);
  const shift = shiftOf(fragment, placement);
  const idOf = (id: string) => ids.get(id) ?? id;
  const boxFor = (id: string): Box | undefined => {
    const box = boxOf(fragment.boxes, id);
    return box === undefined ? undefined : { ...box, x: clampCoordinate(box.x + shift.x), y: clampCoordinate(box.y + shift.y) };
  };
  const groupIds = new Set(fragment.groups.map((g) => g.id));
  const parentOf = (parent: string | undefined) =>
    parent !== undefined && groupIds.has(parent) ? { parent: idOf(parent) } : {};

  const commands: Command[] = types.added.map((type): Command => ({ op: 'add-custom-type', type }));
  for (const g of parentsFirst(fragment.groups)) {
    const { parent, ...rest } = g;
    const group: DesignGroup = { ...rest, id: idOf(g.id), ...parentOf(parent) };
    const box = boxFor(g.id);
    commands.push(box === undefined ? { op: 'add-group', group } : { op: 'add-group', group, box });
  }
  for (const n of fragment.nodes) {
    const { parent, ...rest } = n;
    const node: DesignNode = { ...rest, id: idOf(n.id), type: types.rename.get(n.type) ?? n.type, ...parentOf(parent) };
    const box = boxFor(n.id);
    commands.push(box === undefined ? { op: 'add-node', node } : { op: 'add-node', node, box });
  }
  for (const e of fragment.edges) {
    const edge: DesignEdge = { ...e, id: idOf(e.id), source: idOf(e.source), target: idOf(e.target) };
    commands.push({ op: 'add-edge', edge });
  }
  const pastedIds = [...fragment.groups, ...fragment.nodes, ...fragment.edges].map((x) => idOf(x.id));
  return { command: { op: 'batch', commands }, pastedIds };
}

// ---------------------------------------------------------------------------------------------
// Cut and duplicate

/** Depth of each group in the design's nesting (top-level groups are 0). */
function groupDepths(design: Design): Map<string, number> {
  const parentOf = new Map(design.groups.map((g) => [g.id, g.parent]));
  const depths = new Map<string, number>();
  for (const g of design.groups) {
    let depth = 0;
    const seen = new Set<string>([g.id]);
    for (let p = g.parent; p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      depth += 1;
    }
    depths.set(g.id, depth);
  }
  return depths;
}

/**
 * Copies the selection and returns the command that removes what was copied, as one `batch`:
 * connections, then components, then groups (innermost first), each remove command cleaning
 * the references to what it removes. `command` is null when nothing is copied.
 */
export function cutSelection(design: Design, ids: Iterable<string>): { fragment: ClipboardFragment; command: Command | null } {
  const fragment = copySelection(design, ids);
  const depths = groupDepths(design);
  const groups = fragment.groups
    .map((g, index) => ({ id: g.id, depth: depths.get(g.id) ?? 0, index }))
    .sort((a, b) => b.depth - a.depth || a.index - b.index);
  const commands: Command[] = [
    ...fragment.edges.map((e): Command => ({ op: 'remove-edge', id: e.id })),
    ...fragment.nodes.map((n): Command => ({ op: 'remove-node', id: n.id })),
    ...groups.map((g): Command => ({ op: 'remove-group', id: g.id })),
  ];
  return { fragment, command: commands.length === 0 ? null : { op: 'batch', commands } };
}

/** Copies the selection and pastes it straight back, shifted by the default offset. */
export function duplicateSelection(design: Design, ids: Iterable<string>): { command: Command; pastedIds: string[] } {
  return pasteFragment(design, copySelection(design, ids));
}
