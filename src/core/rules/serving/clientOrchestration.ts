import type { Role } from '../../catalog/vocabulary';
import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { settingsOf } from '../fixCommands';
import type { RawFinding } from '../types';

/** Components that forward a call unchanged: a client calling through them still makes each call. */
const PASS_THROUGH: readonly Role[] = ['gateway', 'load-balancer', 'waf', 'cdn'];

/** Clients make one call; combining models is the job of a server-side inference graph. */
export const clientOrchestration = defineRule({
  id: 'serving/client-orchestration',
  category: 'serving',
  severity: 'warning',
  module: 4,
  scope: 'node',
  title: { en: 'Model calls orchestrated server-side', fr: 'Appels aux modèles orchestrés côté serveur' },
  why: {
    en: 'A client that calls several models itself and combines their answers pays a network round trip per model over its own, slower link, holds the ensemble or cascade logic in every app version in the field, and exposes each model’s endpoint. A router on the server side (a KServe InferenceGraph, a Triton ensemble) runs the sequence, switch, ensemble or split next to the models, with per-step timeouts, and the client makes one call. Calls through a gateway count when the client’s connection to it makes two or more calls per request. [S14][S18]',
    fr: 'Un client qui appelle lui-même plusieurs modèles et combine leurs réponses paie un aller-retour réseau par modèle sur son propre lien, plus lent, embarque la logique d’ensemble ou de cascade dans chaque version de l’application déployée, et expose le point d’accès de chaque modèle. Un routeur côté serveur (un InferenceGraph KServe, un ensemble Triton) exécute la séquence, l’aiguillage, l’ensemble ou la répartition près des modèles, avec des délais d’expiration par étape, et le client fait un seul appel. Les appels qui passent par une passerelle comptent quand la connexion du client vers celle-ci porte deux appels ou plus par requête. [S14][S18]',
  },
  fix: {
    en: 'Put a model router (inference graph) in front of the models and let the client call it once.',
    fr: 'Placez un routeur de modèles (graphe d’inférence) devant les modèles et laissez le client l’appeler une seule fois.',
  },
  source: 'DOMAIN.md §1 Model serving, ensembles/cascades/routing [S14][S18]',
  messages: {
    default: {
      en: '{client} orchestrates {count} model servers itself, among them {first} and {second}.',
      fr: '{client} orchestre directement {count} serveurs de modèles, dont {first} et {second}.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const client of context.nodes) {
      if (!context.isClient(client)) continue;
      const direct: DesignEdge[] = [];
      const servers = new Set<string>();
      const edges: string[] = [];
      for (const e of context.outgoing(client.id)) {
        if (!context.isSync(e)) continue;
        const target = context.target(e);
        if (context.is(target, 'model-server')) {
          direct.push(e);
          servers.add(e.target);
          edges.push(e.id);
        } else if (context.is(target, ...PASS_THROUGH) && context.calls(e) >= 2) {
          const behind = context.outgoing(target.id).filter((x) => context.isSync(x) && context.is(context.target(x), 'model-server'));
          if (behind.length === 0) continue;
          edges.push(e.id, ...behind.map((x) => x.id));
          for (const x of behind) servers.add(x.target);
        }
      }
      if (servers.size < 2) continue;
      const [first, second] = [...servers] as [string, string];
      const viaGateway = direct.length < edges.length;
      const targets = new Set(direct.map((e) => e.target));
      findings.push({
        params: { client: client.label, count: servers.size, first: context.label(first), second: context.label(second) },
        nodes: [client.id, ...servers],
        edges,
        ...(viaGateway || targets.size < 2 ? {} : {
          fix: {
            label: { en: 'Insert a model router', fr: 'Insérer un routeur de modèles' },
            command: (language: Language): Command => {
              const routerId = freshId(context, `${client.id}-inference-graph`);
              const [entry, ...branches] = freshIds(context, `${routerId}-call`, direct.length + 1) as [string, ...string[]];
              const model = direct[0]!;
              const parent = context.node(first)!.parent;
              const box = boxNear(context, first, -220, 0);
              const router = catalogNode(context, 'model-router', routerId, language === 'fr' ? 'Graphe d’inférence' : 'Inference graph', parent);
              return {
                op: 'batch',
                commands: [
                  { op: 'add-node', node: router, ...(box === undefined ? {} : { box }) },
                  { op: 'add-edge', edge: newEdge(entry, client.id, routerId, settingsOf(model)) },
                  ...direct.flatMap((e, i): Command[] => [
                    { op: 'remove-edge', id: e.id },
                    { op: 'add-edge', edge: newEdge(branches[i]!, routerId, e.target, settingsOf(e)) },
                  ]),
                ],
              };
            },
          },
        }),
      });
    }
    return findings;
  },
});
