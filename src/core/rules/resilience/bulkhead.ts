import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';
import { boxNear, freshId, freshIds, newEdge } from '../fixes';
import { copiedFields } from '../fixCommands';

/** Batch scoring and real-time inference do not share one model server replica set. */
export const bulkhead = defineRule({
  id: 'resilience/bulkhead',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  title: { en: 'Batch and real-time inference on separate deployments', fr: 'Inférence par lots et en temps réel sur des déploiements séparés' },
  why: {
    en: 'A batch job sends as many requests as the model server accepts: while it runs, its large batches fill the queues and the GPUs, and the real-time requests of the critical path wait behind them and miss their latency SLO. Separate pools (a bulkhead) keep one kind of traffic from starving the other, and let each deployment be sized and scaled for its own load.',
    fr: 'Un traitement par lots envoie autant de requêtes que le serveur de modèles en accepte : tant qu’il tourne, ses gros lots remplissent les files et les GPU, et les requêtes en temps réel du chemin critique attendent derrière et manquent leur SLO de latence. Des ressources séparées (une cloison) empêchent un type de trafic de priver l’autre de capacité, et permettent de dimensionner chaque déploiement pour sa propre charge.',
  },
  fix: {
    en: 'Give the batch traffic its own deployment of the model (a second replica set, possibly on cheaper GPUs or spot capacity), or run batch scoring offline.',
    fr: 'Donnez au trafic par lots son propre déploiement du modèle (un second ensemble de réplicas, éventuellement sur des GPU moins chers ou des instances spot), ou calculez les prédictions par lots hors ligne.',
  },
  source: 'DOMAIN.md §1 Resilience, bulkhead [S12]; Model serving, batch',
  messages: {
    default: {
      en: '{node} serves the critical path and the batch traffic of {batch} on the same replicas.',
      fr: '{node} sert le chemin critique et le trafic par lots de {batch} sur les mêmes réplicas.',
    },
  },
  check(context) {
    const findings = [];
    for (const server of context.withRole('model-server')) {
      if (!context.isOnCriticalPath(server)) continue;
      const batch = context.incoming(server.id).filter((e) => context.is(context.source(e), 'batch-job'));
      if (batch.length === 0) continue;
      const jobs = [...new Set(batch.map((e) => e.source))];
      const copyId = freshId(context, `${server.id}-batch`);
      const deps = context.outgoing(server.id);
      const depIds = freshIds(context, `${server.id}-batch-dep`, deps.length);
      const box = boxNear(context, server.id, 0, 160);
      const commands = (language: Language): Command[] => [
        {
          op: 'add-node',
          node: { ...server, id: copyId, label: `${server.label.slice(0, 190)} ${language === 'fr' ? '(lots)' : '(batch)'}` },
          ...(box === undefined ? {} : { box }),
        },
        ...batch.map((e): Command => ({ op: 'update-edge', id: e.id, patch: { target: copyId } })),
        ...deps.map((e, i): Command => ({ op: 'add-edge', edge: newEdge(depIds[i]!, copyId, e.target, copiedFields(e)) })),
      ];
      findings.push({
        params: { node: server.label, batch: jobs.map((id) => context.label(id)).join(', ') },
        nodes: [server.id, ...jobs],
        edges: batch.map((e) => e.id),
        fix: {
          label: { en: 'Give the batch traffic its own deployment', fr: 'Donner au trafic par lots son propre déploiement' },
          command: (language: Language) => ({ op: 'batch' as const, commands: commands(language) }),
        },
      });
    }
    return findings;
  },
});
