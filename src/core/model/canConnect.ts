import { resolveType } from '../catalog/customTypes';
import type { MessageKey, MessageValues } from '../i18n/keys';
import type { Command } from './commands/types';
import { uniqueId } from './ids';
import { edgeSchema } from './schema';
import type { Design } from './types';

export type ConnectionCheck = { ok: true } | { ok: false; reason: MessageKey; values: MessageValues };

const refuse = (reason: MessageKey, values: MessageValues = {}): ConnectionCheck => ({ ok: false, reason, values });

/**
 * Whether a connection from `source` to `target` may be drawn, and if not, why (a message key
 * for the user). Connections join two different components (never a group), once per
 * direction, and software never calls into a person or a client application (a person may use
 * one): those start requests.
 */
export function canConnect(design: Design, source: string, target: string): ConnectionCheck {
  const from = design.nodes.find((n) => n.id === source);
  const to = design.nodes.find((n) => n.id === target);
  const isGroup = (id: string) => design.groups.some((g) => g.id === id);
  if (from === undefined) return isGroup(source) ? refuse('connect.group') : refuse('connect.unknown', { id: source });
  if (to === undefined) return isGroup(target) ? refuse('connect.group') : refuse('connect.unknown', { id: target });
  if (source === target) return refuse('connect.self', { name: from.label });
  if (design.edges.some((e) => e.source === source && e.target === target)) {
    return refuse('connect.duplicate', { from: from.label, to: to.label });
  }
  const targetType = resolveType(design, to.type);
  const sourceType = resolveType(design, from.type);
  if (targetType?.c4 === 'person') return refuse('connect.toPerson', { name: to.label });
  // A person uses a client app; software does not call into one (devices do get models pushed).
  const servesNobody = targetType !== undefined && targetType.roles.includes('client') && !targetType.roles.some((r) => r === 'external' || r === 'edge-device');
  if (servesNobody && sourceType?.c4 !== 'person') return refuse('connect.toClient', { name: to.label });
  return { ok: true };
}

/**
 * The command that connects two components with a default connection, or why it cannot. New
 * connections are encrypted (TLS on), as nearly every real connection is: a plain-text link is a
 * choice the user makes, not a default the encryption-in-transit rule then flags on every edge.
 */
export function connectCommand(
  design: Design,
  source: string,
  target: string,
): { ok: true; command: Command; edgeId: string } | Extract<ConnectionCheck, { ok: false }> {
  const check = canConnect(design, source, target);
  if (!check.ok) return check;
  const taken = new Set([...design.nodes, ...design.edges, ...design.groups].map((x) => x.id));
  const edge = edgeSchema.parse({ id: uniqueId(`${source}-${target}`, taken), source, target, security: { tls: true } });
  return { ok: true, command: { op: 'add-edge', edge }, edgeId: edge.id };
}
