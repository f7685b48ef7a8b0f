import { getComponentType } from '../catalog/registry';
import { nodeFromType } from '../catalog/nodeFromType';
import { edgeSchema } from '../model/schema';
import { uniqueId } from '../model/ids';
import type { Box, DesignEdge, DesignNode } from '../model/types';
import type { RuleContext } from './context';

/**
 * Building blocks of quick fixes. A fix is a command computed from the design as it is, so
 * ids it creates are fresh and deterministic (`orders-dlq`, then `orders-dlq-2`).
 */

function takenIds(context: RuleContext): ReadonlySet<string> {
  return context.cached('takenIds', (context) => {
    const taken = new Set<string>();
    for (const n of context.nodes) taken.add(n.id);
    for (const e of context.edges) taken.add(e.id);
    for (const g of context.groups) taken.add(g.id);
    for (const d of context.design.decisions) taken.add(d.id);
    return taken;
  });
}

export function freshId(context: RuleContext, base: string): string {
  return uniqueId(base.slice(0, 90), takenIds(context));
}

/** Several fresh ids from one base, when one fix adds more than one element. */
export function freshIds(context: RuleContext, base: string, count: number): string[] {
  const taken = takenIds(context);
  const stem = base.slice(0, 90);
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n += 1) {
    const candidate = n === 1 ? stem : `${stem}-${n}`;
    if (!taken.has(candidate)) ids.push(candidate);
  }
  return ids;
}

/** A box beside an element (fixes place what they add near what it is for). */
export function boxNear(context: RuleContext, id: string, dx: number, dy: number): Box | undefined {
  const box = context.design.layout.elements[id];
  return box === undefined ? undefined : { x: box.x + dx, y: box.y + dy };
}

/** A new component of a built-in type, named in both languages by the caller. */
export function catalogNode(context: RuleContext, typeId: string, id: string, label: string, parent?: string): DesignNode {
  const type = getComponentType(typeId);
  if (type === undefined) throw new Error(`Unknown catalog type ${typeId}`);
  return nodeFromType(type, id, label.trim().slice(0, 200), context.design.workload.provider, parent);
}

/** A new connection, encrypted in transit unless `fields` says otherwise, as the editor makes them. */
export function newEdge(id: string, source: string, target: string, fields: Partial<DesignEdge> = {}): DesignEdge {
  return edgeSchema.parse({ security: { tls: true }, ...fields, id, source, target });
}

/** The group a new component should go in: the one both ends share, else the source's. */
export function sharedParent(context: RuleContext, a: string, b: string): string | undefined {
  const left = context.node(a)?.parent;
  const right = context.node(b)?.parent;
  if (left === right) return left;
  const around = new Set(context.ancestors(b).map((g) => g.id));
  return context.ancestors(a).find((g) => around.has(g.id))?.id;
}
