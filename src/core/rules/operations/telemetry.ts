import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignEdge, DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, newEdge } from '../fixes';
import { linkSecurity } from '../security/linkSecurity';

/** Components that receive metrics, logs or traces. */
const TELEMETRY_SINKS = ['otel-collector', 'metrics', 'tracing', 'logging'] as const;

/** For each group, the first collector inside it (directly or in a nested group). */
function collectorsByGroup(context: RuleContext): ReadonlyMap<string, DesignNode> {
  return context.cached('operations/telemetry:collectorsByGroup', (context) => {
    const map = new Map<string, DesignNode>();
    for (const n of context.withRole('otel-collector')) {
      for (const g of context.ancestors(n.id)) if (!map.has(g.id)) map.set(g.id, n);
    }
    return map;
  });
}

/** Whether a collector sits in the node's own group or in a group enclosing it (a cluster's DaemonSet). */
function coveredByGroup(context: RuleContext, node: DesignNode): boolean {
  const direct = context.cached('operations/telemetry:directGroups', (context) =>
    new Set(context.withRole('otel-collector').flatMap((c) => (c.parent === undefined ? [] : [c.parent]))));
  return context.ancestors(node.id).some((g) => direct.has(g.id));
}

/** Whether the node is linked to a telemetry sink: sending to it, or scraped by it (a Prometheus server's edge points at its targets). */
function emits(context: RuleContext, node: DesignNode): boolean {
  return context.outgoing(node.id).some((e) => context.is(context.target(e), ...TELEMETRY_SINKS))
    || context.incoming(node.id).some((e) => context.is(context.source(e), ...TELEMETRY_SINKS));
}

/** The collector nearest to a node: the one in the innermost group they share, else the first one. */
function nearestCollector(context: RuleContext, node: DesignNode): DesignNode | undefined {
  const byGroup = collectorsByGroup(context);
  for (const g of context.ancestors(node.id)) {
    const found = byGroup.get(g.id);
    if (found !== undefined) return found;
  }
  return context.withRole('otel-collector')[0];
}

/** Each runtime component emits metrics, logs and traces to a collector. */
export const telemetry = defineRule({
  id: 'operations/telemetry',
  category: 'operations',
  severity: 'warning',
  module: 7,
  scope: 'node',
  title: { en: 'Telemetry from every runtime component', fr: 'Télémétrie de chaque composant d’exécution' },
  why: {
    en: 'What is not measured cannot be operated: without metrics, logs and traces from a component, its errors, saturation and latency are invisible, and a trace breaks at it. With OpenTelemetry each component sends its signals to a collector that forwards them to the backends; for models add batch size, queue time, GPU use and drift. A component counts as covered when it has a connection with a collector, metrics, tracing or logging component, or when a collector runs in its group (a collector per cluster, for instance).',
    fr: 'Ce qui n’est pas mesuré ne peut pas être exploité : sans métriques, journaux et traces d’un composant, ses erreurs, sa saturation et sa latence restent invisibles, et les traces s’interrompent à son niveau. Avec OpenTelemetry, chaque composant envoie ses signaux à un collecteur qui les transmet aux outils d’analyse ; pour les modèles, ajoutez taille des lots, temps d’attente, usage des GPU et dérive. Un composant est couvert s’il a une connexion avec un collecteur ou un composant de métriques, de traçage ou de journaux, ou si un collecteur tourne dans son groupe (un collecteur par cluster, par exemple).',
  },
  fix: {
    en: 'Send the component’s metrics, logs and traces to an OpenTelemetry collector, or run a collector in its cluster.',
    fr: 'Envoyez les métriques, journaux et traces du composant à un collecteur OpenTelemetry, ou faites tourner un collecteur dans son cluster.',
  },
  source: 'DOMAIN.md §1 Operations, observability [S23]',
  messages: {
    default: {
      en: '{node} emits no telemetry: it has no connection to a collector, and no collector runs in its group.',
      fr: '{node} n’émet aucune télémétrie : aucune connexion vers un collecteur, et aucun collecteur dans son groupe.',
    },
  },
  check(context) {
    const findings = [];
    const link: Partial<DesignEdge> = { mode: 'async', protocol: 'grpc', props: { carries: 'telemetry' }, security: linkSecurity(context) };
    for (const node of context.nodes) {
      if (!context.isRuntime(node) || emits(context, node) || coveredByGroup(context, node)) continue;
      findings.push({
        params: { node: node.label },
        nodes: [node.id],
        fix: {
          label: { en: 'Send its telemetry to a collector', fr: 'Envoyer sa télémétrie à un collecteur' },
          command: (language: Language): Command => {
            const edgeId = freshId(context, `${node.id}-telemetry`);
            const collector = nearestCollector(context, node);
            if (collector !== undefined) return { op: 'add-edge', edge: newEdge(edgeId, node.id, collector.id, link) };
            const added = catalogNode(context, 'otel-collector', freshId(context, 'otel-collector'),
              language === 'fr' ? 'Collecteur OpenTelemetry' : 'OpenTelemetry collector', node.parent);
            const box = boxNear(context, node.id, 0, 160);
            return {
              op: 'batch',
              commands: [
                { op: 'add-node', node: added, ...(box === undefined ? {} : { box }) },
                { op: 'add-edge', edge: newEdge(edgeId, node.id, added.id, link) },
              ],
            };
          },
        },
      });
    }
    return findings;
  },
});
