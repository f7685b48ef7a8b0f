import type { Command } from '../../model/commands/types';
import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import type { QuickFix, RawFinding } from '../types';
import { inflows } from './flow';

/** The online store to read instead: one fed by a pipeline that also writes the offline store, else the first. */
function onlineFor(context: RuleContext, online: readonly DesignNode[], offline: string): DesignNode | undefined {
  const writers = new Set(inflows(context, offline).map((f) => f.from));
  return online.find((o) => inflows(context, o.id).some((f) => writers.has(f.from))) ?? online[0];
}

/** Requests never wait on the offline feature store: it serves training, not live traffic. */
export const offlineStoreOffRequestPath = defineRule({
  id: 'data/offline-store-off-request-path',
  category: 'data',
  severity: 'error',
  module: 2,
  scope: 'node',
  title: { en: 'Offline feature store off the request path', fr: 'Magasin de caractéristiques hors ligne hors du chemin des requêtes' },
  why: {
    en: 'The offline store keeps feature history in files or a warehouse for training: a read takes seconds and is billed by the data scanned. A model server or service that reads it synchronously while answering a request adds those seconds to the response time and puts that load on a store not built for it. Live requests read the latest values from the online store (a key-value store answering in milliseconds), materialised from the same definitions. Components on the critical path are those reached synchronously from an entry point. [S7]',
    fr: 'Le magasin hors ligne conserve l’historique des caractéristiques dans des fichiers ou un entrepôt de données pour l’entraînement : une lecture prend des secondes et se paie au volume parcouru. Un serveur de modèles ou un service qui le lit de façon synchrone pendant une requête ajoute ces secondes au temps de réponse et impose cette charge à un stockage qui n’est pas conçu pour elle. Les requêtes en ligne lisent les dernières valeurs dans le magasin en ligne (un stockage clé-valeur qui répond en quelques millisecondes), matérialisées depuis les mêmes définitions. Sont sur le chemin critique les composants atteints de façon synchrone depuis un point d’entrée. [S7]',
  },
  fix: {
    en: 'Read the features from the online feature store on the request path; keep the offline store for training.',
    fr: 'Lisez les caractéristiques dans le magasin en ligne sur le chemin des requêtes ; gardez le magasin hors ligne pour l’entraînement.',
  },
  source: 'DOMAIN.md §1 Data architectures, Feature store [S7]',
  messages: {
    default: {
      en: '{node} reads the offline feature store {store} synchronously while serving requests.',
      fr: '{node} lit de façon synchrone le magasin de caractéristiques hors ligne {store} pendant le traitement des requêtes.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    const onlineStores = context.withRole('feature-store-online');
    for (const store of context.scopeNodes('feature-store-offline')) {
      let target: DesignNode | undefined;
      let looked = false;
      for (const e of [...context.outgoing(store.id), ...context.incoming(store.id)]) {
        if (!context.isSync(e)) continue;
        const readerId = e.source === store.id ? e.target : e.source;
        if (e.target === store.id && context.edgeProp(e, 'access') === 'write') continue;
        const reader = context.node(readerId)!;
        if (!context.isRuntime(reader) || !context.isOnCriticalPath(reader)) continue;
        if (!looked) {
          target = onlineFor(context, onlineStores, store.id);
          looked = true;
        }
        const online = target;
        let fix: QuickFix | undefined;
        if (online !== undefined) {
          fix = {
            label: { en: `Read ${online.label} instead`, fr: `Lire ${online.label} à la place` },
            command: (): Command => context.outgoing(readerId).some((x) => x.target === online.id)
              ? { op: 'remove-edge', id: e.id }
              : { op: 'update-edge', id: e.id, patch: { source: readerId, target: online.id } },
          };
        }
        findings.push({
          params: { node: reader.label, store: store.label },
          nodes: [readerId, store.id],
          edges: [e.id],
          ...(fix === undefined ? {} : { fix }),
        });
      }
    }
    return findings;
  },
});
