import { nodeFromType, typeDisplayName, uniqueId, type Command, type ComponentType, type Design, type Language } from '../core';

/** The command that adds a component of a type at a canvas position (absolute coordinates). */
export function addComponentCommand(design: Design, type: ComponentType, position: { x: number; y: number }, language: Language): Command {
  const taken = new Set<string>([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id), ...design.groups.map((g) => g.id)]);
  const id = uniqueId(type.id, taken);
  const name = typeDisplayName(type, language, design.workload.provider);
  const labels = new Set(design.nodes.map((n) => n.label));
  let label = name;
  for (let n = 2; labels.has(label); n += 1) label = `${name} ${n}`;
  const node = nodeFromType(type, id, label, design.workload.provider);
  return { op: 'add-node', node, box: { x: Math.round(position.x), y: Math.round(position.y) } };
}

/** The drag data type of a palette item. */
export const TYPE_DRAG_FORMAT = 'application/x-archlab-type';
