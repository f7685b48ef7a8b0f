import { defineRule } from '../defineRule';
import type { Language } from '../../i18n';
import { boxNear, catalogNode, freshId } from '../fixes';
import { insertOnEdge } from '../fixCommands';
import { rerouteTo } from './reroute';

/** Clients reach services and model servers through an API gateway, never directly. */
export const gatewayInFront = defineRule({
  id: 'integration/gateway-in-front',
  category: 'integration',
  severity: 'warning',
  module: 5,
  scope: 'edge',
  title: { en: 'An API gateway in front of services and model servers', fr: 'Une passerelle API devant les services et serveurs de modèles' },
  why: {
    en: 'A single entry authenticates callers, enforces rate limits and quotas (answering 429 beyond them) and records request telemetry. Backends that clients call directly are public and unthrottled, and each one re-implements security.',
    fr: 'Une entrée unique authentifie les appelants, applique les limites de débit et les quotas (réponse 429 au-delà) et enregistre la télémétrie des requêtes. Des services appelés directement par les clients sont publics, sans limitation de débit, et chacun réimplémente la sécurité.',
  },
  fix: {
    en: 'Route the client through an API gateway with authentication and rate limits (the quick fix reuses the gateway already in front of the component, if there is one).',
    fr: 'Faites passer le client par une passerelle API avec authentification et limites de débit (la correction rapide réutilise la passerelle déjà placée devant le composant, s’il y en a une).',
  },
  source: 'DOMAIN.md §1 Integration, API gateway [S10]',
  messages: {
    default: {
      en: '{client} calls {target} directly, without an API gateway.',
      fr: '{client} appelle {target} directement, sans passerelle API.',
    },
  },
  check(context) {
    return context.edges
      .filter((e) => context.isClient(context.source(e)) && !context.is(context.source(e), 'edge-device')
        && context.is(context.target(e), 'service', 'model-server', 'function', 'router') && !context.is(context.target(e), 'gateway'))
      .map((e) => {
        const existing = context.incoming(e.target).find((x) => context.is(context.source(x), 'gateway'))?.source;
        const gateway = (language: Language) =>
          catalogNode(context, 'api-gateway', freshId(context, `${e.target}-gateway`), language === 'fr' ? 'Passerelle API' : 'API gateway', context.target(e).parent);
        return {
          params: { client: context.label(e.source), target: context.label(e.target) },
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: existing === undefined
            ? {
              label: { en: 'Put an API gateway in front', fr: 'Placer une passerelle API devant' },
              command: (language: Language) => insertOnEdge(context, e, gateway(language), boxNear(context, e.target, -220, 0)),
            }
            : {
              label: { en: `Go through ${context.label(existing)}`, fr: `Passer par ${context.label(existing)}` },
              command: () => rerouteTo(context, e, existing),
            },
        };
      });
  },
});
