import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setEdgeProps } from '../fixCommands';
import type { RawFinding } from '../types';

/** Whether the edge leaves the edge tier: out of the source’s edge site, or off edge components when there is no site. */
function leavesEdge(context: RuleContext, edge: DesignEdge): boolean {
  const site = context.enclosing(edge.source, 'edge-site');
  if (site === undefined) return !context.is(context.target(edge), 'edge-device', 'fog-node');
  return !context.ancestors(edge.target).some((g) => g.id === site.id);
}

/** Raw data stays at the edge; the centre receives summaries and model updates only. */
export const noRawDataToCentre = defineRule<'aggregator'>({
  id: 'edge/no-raw-data-to-centre',
  category: 'edge',
  severity: 'error',
  module: 1,
  scope: 'edge',
  patterns: ['edge-federated'],
  title: { en: 'Raw data stays at the edge', fr: 'Les données brutes restent en périphérie' },
  why: {
    en: 'Edge and federated designs keep data where it is produced: devices and fog nodes process it locally and send only summaries up, and federated clients train locally and send model updates, never raw data, to the aggregator. Raw streams sent to the centre cost bandwidth, add a dependency on the link, and move personal or sensitive data out of the place it was meant to stay, which is what federated learning exists to avoid. Only connections marked as carrying raw data are checked; a component outside the device’s edge-site group (or, without a group, any component that is not a device or fog node) is the centre. [S16][S17]',
    fr: 'Les conceptions en périphérie et fédérées gardent les données là où elles naissent : appareils et nœuds fog les traitent sur place et ne remontent que des résumés, et les clients fédérés s’entraînent localement et envoient des mises à jour de modèle, jamais de données brutes, à l’agrégateur. Des flux bruts envoyés au centre coûtent de la bande passante, ajoutent une dépendance au lien, et sortent des données personnelles ou sensibles du lieu où elles devaient rester, ce que l’apprentissage fédéré vise précisément à éviter. Seules les connexions marquées comme transportant des données brutes sont vérifiées ; est au centre tout composant hors du groupe de site périphérique de l’appareil (ou, sans groupe, tout composant qui n’est ni un appareil ni un nœud fog). [S16][S17]',
  },
  fix: {
    en: 'Process the data on the device or fog node and send summaries up; to the aggregator, send model updates only.',
    fr: 'Traitez les données sur l’appareil ou le nœud fog et remontez des résumés ; vers l’agrégateur, n’envoyez que des mises à jour de modèle.',
  },
  source: 'DOMAIN.md §1 Compute/serving placement, Edge/fog [S16] and Federated learning [S17]',
  messages: {
    default: {
      en: '{source} sends raw data off the edge, to {target}.',
      fr: '{source} envoie des données brutes hors de la périphérie, vers {target}.',
    },
    aggregator: {
      en: '{source} sends raw data to the federated learning aggregator {target}, which should only receive model updates.',
      fr: '{source} envoie des données brutes à l’agrégateur d’apprentissage fédéré {target}, qui ne devrait recevoir que des mises à jour de modèle.',
    },
  },
  check(context) {
    const findings: RawFinding<'aggregator' | 'default'>[] = [];
    for (const e of context.edges) {
      if (context.edgeProp(e, 'carries') !== 'raw-data') continue;
      const toAggregator = context.is(context.target(e), 'fl-aggregator');
      if (!toAggregator && !(context.is(context.source(e), 'edge-device', 'fog-node') && leavesEdge(context, e))) continue;
      const carries = toAggregator ? 'model-updates' : 'summaries';
      findings.push({
        message: toAggregator ? 'aggregator' : 'default',
        params: { source: context.label(e.source), target: context.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: {
          label: toAggregator
            ? { en: 'Send model updates instead', fr: 'Envoyer des mises à jour de modèle à la place' }
            : { en: 'Send summaries instead', fr: 'Envoyer des résumés à la place' },
          command: () => setEdgeProps(e, { carries }),
        },
      });
    }
    return findings;
  },
});
