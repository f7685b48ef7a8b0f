import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';
import { gatewayEntries } from './entries';

/** When neither the workload nor the gateway says anything, a limit to be tuned. */
export const DEFAULT_RATE_LIMIT_RPS = 1_000;

/** The gateway throttles client traffic, so a burst or an abusive caller cannot flood the backends. */
export const gatewayRateLimit = defineRule({
  id: 'integration/gateway-rate-limit',
  category: 'integration',
  severity: 'warning',
  module: 5,
  title: { en: 'Rate limits at the API gateway', fr: 'Limites de débit à la passerelle API' },
  why: {
    en: 'Without a limit at the entry, a traffic spike, a retry storm or one abusive client passes straight to the services and model servers, whose capacity is fixed. A token-bucket limit with a burst allowance at the gateway answers 429 beyond it, before any backend suffers (AWS API Gateway defaults to 10,000 requests/s with a 5,000 burst per account and region). Per-client usage plans and quotas build on the same mechanism.',
    fr: 'Sans limite à l’entrée, un pic de trafic, une tempête de relances ou un client abusif passe directement aux services et serveurs de modèles, dont la capacité est fixe. Une limite en seau à jetons avec une rafale autorisée à la passerelle répond 429 au-delà, avant qu’un service n’en pâtisse (AWS API Gateway applique par défaut 10 000 requêtes/s avec une rafale de 5 000 par compte et par région). Les plans d’utilisation et quotas par client reposent sur le même mécanisme.',
  },
  fix: {
    en: 'Set a rate limit on the client entry: the expected peak plus the headroom (the quick fix uses the workload’s peak and headroom, or the gateway’s capacity when no peak is stated); add per-client quotas.',
    fr: 'Fixez une limite de débit à l’entrée des clients : le pic attendu plus la marge (la correction rapide prend le pic et la marge de la charge, ou la capacité de la passerelle si aucun pic n’est indiqué) ; ajoutez des quotas par client.',
  },
  source: 'DOMAIN.md §1 Integration, API gateway (token bucket, 429) [S10]',
  messages: {
    default: {
      en: 'Requests from {source} enter the gateway {gateway} with no rate limit.',
      fr: 'Les requêtes de {source} entrent dans la passerelle {gateway} sans limite de débit.',
    },
  },
  check(context) {
    const workload = context.design.workload;
    return gatewayEntries(context)
      .filter((e) => context.rateLimitRps(e) === undefined)
      // Behind a pass-through, a limit on every client connection into it is as good.
      .filter((e) => context.isClient(context.source(e)) || context.incoming(e.source).some((x) => context.isClient(context.source(x)) && context.rateLimitRps(x) === undefined))
      .map((e) => {
        const gateway = context.target(e);
        const peak = workload.entryRps[e.target] ?? workload.peakRps;
        const capacity = (context.num(gateway, 'replicas') ?? 1) * (context.num(gateway, 'throughputPerReplicaRps') ?? 0);
        const rateLimitRps = peak > 0 ? Math.ceil(peak * (1 + workload.headroomPct / 100)) : capacity > 0 ? capacity : DEFAULT_RATE_LIMIT_RPS;
        return {
          params: { source: context.label(e.source), gateway: gateway.label },
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: {
            label: { en: `Limit to ${rateLimitRps.toLocaleString('en-US')} requests/s`, fr: `Limiter à ${rateLimitRps.toLocaleString('fr-FR')}\u00a0requêtes/s` },
            command: () => setResilience(e, { rateLimitRps }),
          },
        };
      });
  },
});
