import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import { defineRule } from '../defineRule';
import { freshId, newEdge } from '../fixes';
import { securityOf } from '../fixCommands';
import type { RawFinding } from '../types';
import { inflows, unique } from './flow';
import { lambdaStructure } from './lambdaViews';

const BATCH = { en: 'batch', fr: 'batch' };
const SPEED = { en: 'speed', fr: 'de vitesse' };

/** Consumers query one serving node that merges batch and speed views, not the two view stores apart. */
export const lambdaSingleServing = defineRule<'client'>({
  id: 'data/lambda-single-serving',
  category: 'data',
  severity: 'warning',
  module: 2,
  scope: 'node',
  patterns: ['lambda'],
  title: { en: 'One serving component over the batch and speed views', fr: 'Un seul composant de service sur les vues batch et de vitesse' },
  why: {
    en: 'A Lambda answer is the batch view (complete up to the last batch run) merged with the speed view (what arrived since). A consumer that reads only one of them gets stale or partial answers; a client that reads both merges them itself, and every client repeats that logic and its bugs. One serving component reads both and answers queries. Logs and queues that a stream job writes are not views and are left out. [S1]',
    fr: 'Une réponse Lambda est la vue batch (complète jusqu’au dernier traitement par lots) fusionnée avec la vue de vitesse (ce qui est arrivé depuis). Un consommateur qui ne lit que l’une des deux obtient des réponses périmées ou partielles ; un client qui lit les deux les fusionne lui-même, et chaque client répète cette logique et ses erreurs. Un seul composant de service lit les deux et répond aux requêtes. Les journaux et files qu’écrit un traitement de flux ne sont pas des vues et ne comptent pas. [S1]',
  },
  fix: {
    en: 'Make consumers query the serving component that merges the batch and speed views, instead of the view stores.',
    fr: 'Faites passer les consommateurs par le composant de service qui fusionne les vues batch et de vitesse, plutôt que d’interroger directement les stockages de vues.',
  },
  source: 'DOMAIN.md §1 Data architectures, Lambda [S1]',
  messages: {
    default: {
      en: '{node} queries only {view}, a {layer} view: its answers miss the {other} layer.',
      fr: '{node} interroge seulement {view}, une vue de la couche {layer} : ses réponses ne tiennent pas compte de la couche {other}.',
    },
    client: {
      en: '{node} queries the batch view {batch} and the speed view {speed} separately and merges them itself.',
      fr: '{node} interroge séparément la vue batch {batch} et la vue de vitesse {speed}, et les fusionne de son côté.',
    },
  },
  check(context) {
    const { batchViews, speedViews, serving } = lambdaStructure(context);
    if (batchViews.size === 0 && speedViews.size === 0) return [];
    const merger = serving.find((n) => context.isRuntime(n));
    const findings: RawFinding<'client' | 'default'>[] = [];
    for (const node of context.nodes) {
      const client = context.isClient(node);
      if (!client && !context.is(node, 'service', 'function', 'model-server', 'router')) continue;
      if (node.id === merger?.id) continue;
      const reads = inflows(context, node.id);
      const batch = reads.filter((f) => batchViews.has(f.from) && !speedViews.has(f.from));
      const speed = reads.filter((f) => speedViews.has(f.from) && !batchViews.has(f.from));
      if (batch.length === 0 && speed.length === 0) continue;
      if (batch.length > 0 && speed.length > 0 && !client) continue;
      const views = [...batch, ...speed];
      const edges = unique(views.map((f) => f.edge.id));
      const fix = merger === undefined ? undefined : {
        label: { en: `Query ${merger.label} instead`, fr: `Interroger ${merger.label} à la place` },
        command: (): Command => {
          const removed = edges.map((id): Command => ({ op: 'remove-edge', id }));
          const linked = context.outgoing(node.id).some((e) => e.target === merger.id);
          const model: DesignEdge = views[0]!.edge;
          const added: Command[] = linked ? [] : [{
            op: 'add-edge',
            edge: newEdge(freshId(context, `${node.id}-to-${merger.id}`), node.id, merger.id, {
              mode: 'sync',
              protocol: context.protocol(model),
              security: securityOf(model),
            }),
          }];
          return { op: 'batch', commands: [...removed, ...added] };
        },
      };
      const base = { nodes: unique([node.id, ...views.map((f) => f.from)]), edges, ...(fix === undefined ? {} : { fix }) };
      if (batch.length > 0 && speed.length > 0) {
        findings.push({ ...base, message: 'client', params: { node: node.label, batch: context.label(batch[0]!.from), speed: context.label(speed[0]!.from) } });
      } else {
        const first = views[0]!;
        const isBatch = batch.length > 0;
        findings.push({
          ...base,
          params: { node: node.label, view: context.label(first.from), layer: isBatch ? BATCH : SPEED, other: isBatch ? SPEED : BATCH },
        });
      }
    }
    return findings;
  },
});
