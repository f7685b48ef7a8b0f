import {
  GROUP_KINDS,
  groupSchema,
  resolveType,
  innermostGroupAt,
  nodeFromType,
  translate,
  typeDisplayName,
  uniqueId,
  type Command,
  type ComponentType,
  type Design,
  type GroupKind,
  type Language,
} from '../core';
import { GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH } from './canvas/toFlow';

export const DEFAULT_SIZES = { node: { width: NODE_WIDTH, height: NODE_HEIGHT }, group: { width: GROUP_WIDTH, height: GROUP_HEIGHT } };

const takenIds = (design: Design) => new Set([...design.nodes, ...design.edges, ...design.groups].map((x) => x.id));

function uniqueLabel(base: string, used: Iterable<string>): string {
  const labels = new Set(used);
  let label = base;
  for (let n = 2; labels.has(label); n += 1) label = `${base} ${n}`;
  return label;
}

/**
 * The command that adds a component of a type centred on a canvas point (absolute coordinates),
 * inside the innermost group under that point.
 */
export function addComponentCommand(design: Design, type: ComponentType, centre: { x: number; y: number }, language: Language): Command {
  const id = uniqueId(type.id, takenIds(design));
  const label = uniqueLabel(typeDisplayName(type, language, design.workload.provider), design.nodes.map((n) => n.label));
  const parent = innermostGroupAt(design, centre, DEFAULT_SIZES);
  const node = nodeFromType(type, id, label, design.workload.provider, parent);
  const box = { x: Math.round(centre.x - NODE_WIDTH / 2), y: Math.round(centre.y - NODE_HEIGHT / 2) };
  return { op: 'add-node', node, box };
}

/** The command that adds a group of a kind centred on a canvas point, nested where it lands. */
export function addGroupCommand(design: Design, kind: GroupKind, centre: { x: number; y: number }, language: Language): Command {
  const id = uniqueId(kind, takenIds(design));
  const label = uniqueLabel(translate(language, `groupKinds.${kind}`), design.groups.map((g) => g.label));
  const parent = innermostGroupAt(design, centre, DEFAULT_SIZES);
  const group = groupSchema.parse({ id, kind, label, ...(parent === undefined ? {} : { parent }) });
  const box = { x: Math.round(centre.x - GROUP_WIDTH / 2), y: Math.round(centre.y - GROUP_HEIGHT / 2), width: GROUP_WIDTH, height: GROUP_HEIGHT };
  return { op: 'add-group', group, box };
}

/** What a palette entry adds: a component of a type, or a group of a kind. */
export type PaletteEntry = { kind: 'type'; type: ComponentType } | { kind: 'group'; groupKind: GroupKind };

/** The command that adds a palette entry centred on a canvas point. */
export function addEntryCommand(design: Design, entry: PaletteEntry, centre: { x: number; y: number }, language: Language): Command {
  return entry.kind === 'type'
    ? addComponentCommand(design, entry.type, centre, language)
    : addGroupCommand(design, entry.groupKind, centre, language);
}

/** The id of what the command adds, to select it. */
export function addedId(command: Command): string | undefined {
  if (command.op === 'add-node') return command.node.id;
  if (command.op === 'add-group') return command.group.id;
  return undefined;
}

/** The drag data type of a palette entry; the data is `type:<id>` or `group:<kind>`. */
export const TYPE_DRAG_FORMAT = 'application/x-archlab-entry';

export const entryDragData = (entry: PaletteEntry): string => (entry.kind === 'type' ? `type:${entry.type.id}` : `group:${entry.groupKind}`);

/** The palette entry a drop carries, if it is one of ours and still exists. */
export function entryFromDragData(design: Design, data: string): PaletteEntry | undefined {
  const [kind, id] = [data.slice(0, data.indexOf(':')), data.slice(data.indexOf(':') + 1)];
  if (kind === 'group') return (GROUP_KINDS as readonly string[]).includes(id) ? { kind: 'group', groupKind: id as GroupKind } : undefined;
  if (kind !== 'type') return undefined;
  const type = resolveType(design, id);
  return type === undefined ? undefined : { kind: 'type', type };
}
