import { metricsGraph } from '../../metrics/graph';
import { propagateLoad, propagateRates } from '../../metrics/loadPropagation';
import { configuredCapacity, isOverCapacity, sizeNodes } from '../../metrics/sizing';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';
import { ANY_EDGE_FIELD } from '../readLog';

/**
 * The rate each component receives, as the Metrics tab propagates it (without the explanations).
 * The metrics code reports the component properties it reads; it reads connections directly, so
 * this counts as reading every connection field.
 */
function loads(context: RuleContext) {
  return context.cached('operations/over-capacity:load', (context) => {
    context.noteRead(ANY_EDGE_FIELD);
    context.noteWholeStructure();
    const graph = metricsGraph(context.design, (key) => context.noteRead(key));
    return { graph, load: propagateRates(graph) };
  });
}

/** A component asked to serve more than its configured replicas can is saturated at peak. */
export const overCapacity = defineRule({
  id: 'operations/over-capacity',
  category: 'operations',
  severity: 'error',
  module: 3,
  title: { en: 'Enough capacity for the peak load', fr: 'Assez de capacité pour la charge de pointe' },
  why: {
    en: 'The workload’s peak, carried along the connections (calls per request included), reaches each component. When it exceeds replicas × throughput per replica, queues grow without bound and latency climbs until requests time out. Sizing adds headroom and a spare replica across zones: replicas = ⌈peak × (1 + headroom) ÷ throughput per replica⌉ + 1.',
    fr: 'La pointe de la charge, propagée le long des connexions (appels par requête compris), arrive sur chaque composant. Quand elle dépasse réplicas × débit par réplica, les files s’allongent sans limite et la latence grimpe jusqu’à l’expiration des requêtes. Le dimensionnement ajoute une marge et un réplica de secours réparti sur les zones\u00a0: réplicas = ⌈pointe × (1 + marge) ÷ débit par réplica⌉ + 1.',
  },
  fix: {
    en: 'Raise the replicas to what the Metrics tab says the load needs, or a faster instance type (a higher throughput per replica).',
    fr: 'Portez les réplicas au nombre que l’onglet Métriques juge nécessaire, ou choisissez un type d’instance plus rapide (un débit par réplica plus élevé).',
  },
  source: 'DOMAIN.md §2.4 GPU inference sizing',
  messages: {
    default: {
      en: '{node} receives {rate} requests/s at peak but its replicas serve {capacity} requests/s.',
      fr: '{node} reçoit {rate}\u00a0requêtes/s en pointe, mais ses réplicas n’en servent que {capacity}\u00a0par seconde.',
    },
  },
  check(context) {
    const { graph, load } = loads(context);
    const findings = [];
    for (let index = 0; index < context.nodes.length; index += 1) {
      if (!isOverCapacity(graph, load, index)) continue;
      const node = context.nodes[index]!;
      const id = node.id;
      const rate = Math.round(load.rates[index]! * 100) / 100;
      const capacity = Math.round(configuredCapacity(graph, index)! * 100) / 100;
      findings.push({
        params: { node: node.label, rate, capacity },
        nodes: [id],
        ...(!context.hasProp(node, 'replicas')
          ? {}
          : {
            fix: {
              label: { en: 'Run the replicas the load needs', fr: 'Passer au nombre de réplicas que la charge demande' },
              command: () => {
                const needed = sizeNodes(graph, propagateLoad(graph)).nodes[index]!.replicas?.needed?.value ?? 1;
                return setNodeProps(node, { replicas: Math.min(10_000, Math.ceil(needed)) });
              },
            },
          }),
      });
    }
    return findings;
  },
});
