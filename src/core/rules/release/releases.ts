import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignNode } from '../../model/types';
import type { Role } from '../../catalog/vocabulary';
import type { RuleContext } from '../context';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { copiedFields } from '../fixCommands';

/**
 * Helpers shared by the release-strategy rules: which component plays which part of a release
 * (the `releaseRole` fact), what routes traffic to them, and whether metrics are collected.
 */

export type ReleaseRole = 'stable' | 'canary' | 'blue' | 'green' | 'shadow' | 'variant-a' | 'variant-b';

/** Components that split or switch traffic between versions. */
export const ROUTING_ROLES: readonly Role[] = ['router', 'gateway', 'load-balancer', 'service-mesh'];

/** Components that keep metrics an analysis can query. */
export const METRIC_ROLES: readonly Role[] = ['metrics', 'model-monitoring'];

/** The components marked with a release role, in design order. */
export function withRelease(context: RuleContext, role: ReleaseRole): readonly DesignNode[] {
  const byRole = context.cached('release/byRole', (context) => {
    const map = new Map<string, DesignNode[]>();
    for (const n of context.nodes) {
      const value = context.own(n, 'releaseRole');
      if (typeof value !== 'string') continue;
      const list = map.get(value);
      if (list === undefined) map.set(value, [n]);
      else list.push(n);
    }
    return map;
  });
  return byRole.get(role) ?? [];
}

/** The routing components with a connection to the node: what sends it traffic. */
export function routersOf(context: RuleContext, id: string): string[] {
  return [...new Set(context.incoming(id).filter((e) => context.is(context.source(e), ...ROUTING_ROLES)).map((e) => e.source))];
}

/** A routing component in front of one of `left` and one of `right`, if any. */
export function commonRouter(context: RuleContext, left: readonly DesignNode[], right: readonly DesignNode[]): string | undefined {
  const before = new Set(left.flatMap((n) => routersOf(context, n.id)));
  for (const n of right) for (const r of routersOf(context, n.id)) if (before.has(r)) return r;
  return undefined;
}

/**
 * A fix joining the versions under one router: the router already in front of one side gets a
 * connection to the first node of the other, with the same settings. Undefined when neither side
 * has a router.
 */
export function routeBoth(context: RuleContext, left: readonly DesignNode[], right: readonly DesignNode[]): { router: string; command: () => Command } | undefined {
  const sides: [readonly DesignNode[], readonly DesignNode[]][] = [[left, right], [right, left]];
  for (const [routed, other] of sides) {
    for (const n of routed) {
      const via = context.incoming(n.id).find((e) => context.is(context.source(e), ...ROUTING_ROLES));
      const target = other[0];
      if (via === undefined || target === undefined) continue;
      const id = freshId(context, `${via.source}-to-${target.id}`);
      return { router: via.source, command: () => ({ op: 'add-edge', edge: newEdge(id, via.source, target.id, copiedFields(via, false)) }) };
    }
  }
  return undefined;
}

/** Whether a metrics or model-monitoring component is connected to one of the nodes, directly or through a collector. */
export function measured(context: RuleContext, ids: readonly string[]): boolean {
  const isMetrics = (id: string) => context.is(context.node(id), ...METRIC_ROLES);
  const neighbours = (id: string) => [...context.outgoing(id).map((e) => e.target), ...context.incoming(id).map((e) => e.source)];
  return ids.some((id) => neighbours(id).some((n) => isMetrics(n) || (context.is(context.node(n), 'otel-collector') && neighbours(n).some(isMetrics))));
}

/**
 * A fix sending the telemetry of `from` to metrics: the design’s first metrics component, or a
 * new one of `typeId` named `name` when there is none.
 */
export function connectMetrics(
  context: RuleContext,
  from: readonly string[],
  typeId: string,
  name: { en: string; fr: string },
): (language: Language) => Command {
  const existing = context.withRole(...METRIC_ROLES)[0];
  const metricsId = existing?.id ?? freshId(context, `${from[0]!}-metrics`);
  const edgeIds = freshIds(context, `${from[0]!}-telemetry`, from.length);
  const box = boxNear(context, from[0]!, 0, 160);
  return (language) => ({
    op: 'batch',
    commands: [
      ...(existing === undefined
        ? [{ op: 'add-node' as const, node: catalogNode(context, typeId, metricsId, name[language], context.node(from[0]!)?.parent), ...(box === undefined ? {} : { box }) }]
        : []),
      ...from.map((id, i): Command => ({ op: 'add-edge', edge: newEdge(edgeIds[i]!, id, metricsId, { mode: 'async', props: { carries: 'telemetry' } }) })),
    ],
  });
}
