import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';

/** Components that spend shared compute on each request. */
const SHARED_COMPUTE = ['service', 'model-server', 'function', 'router'] as const;

/** Shared unless the component says it is dedicated to one tenant (tenancy `silo`). */
function pooled(context: RuleContext, node: DesignNode): boolean {
  return context.is(node, ...SHARED_COMPUTE) && !context.is(node, 'gateway') && context.text(node, 'tenancy') !== 'silo';
}

/** The pooled components reached synchronously from a node without crossing a rate-limited connection. */
function unlimitedFrom(context: RuleContext, start: string): readonly DesignNode[] {
  return context.cached(`tenancy/tenant-limits:unlimitedFrom:${start}`, (context) => {
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const e of context.outgoing(id)) {
        if (!context.isSync(e) || context.rateLimitRps(e) !== undefined || seen.has(e.target)) continue;
        if (context.isExternal(context.target(e))) continue;
        seen.add(e.target);
        stack.push(e.target);
      }
    }
    return context.inNodeOrder([...seen].map((id) => context.node(id)!).filter((n) => pooled(context, n)));
  });
}

/** Multi-tenancy: no tenant reaches shared compute without a limit on the way. */
export const tenantLimits = defineRule({
  id: 'tenancy/tenant-limits',
  category: 'tenancy',
  severity: 'warning',
  module: 6,
  patterns: ['multi-tenancy'],
  title: { en: 'Shared components reached only through a rate limit', fr: 'Composants mutualisés atteints seulement à travers une limite de débit' },
  why: {
    en: 'Tenants of pooled services and model servers share their capacity: one tenant’s burst, batch job or runaway script slows every other tenant down (the noisy neighbour). A limit applied per tenant from the authenticated identity (API gateway usage plans, token buckets), answering 429 beyond it, keeps each tenant within its share. The rule follows the synchronous paths from each client and checks that every pooled service, function, router or model server is reached through a connection with a rate limit; components marked silo (dedicated to one tenant) are not counted, and a component whose tenancy is not stated counts as pooled.',
    fr: 'Les locataires de services et serveurs de modèles mutualisés en partagent la capacité : une rafale, un traitement par lots ou un script qui s’emballe chez un locataire ralentit tous les autres (le voisin bruyant). Une limite appliquée par locataire à partir de l’identité authentifiée (plans d’utilisation de la passerelle API, seaux à jetons), qui répond 429 au-delà, garde chaque locataire dans sa part. La règle suit les chemins synchrones depuis chaque client et vérifie que chaque service, fonction, routeur ou serveur de modèles mutualisé n’est atteint qu’à travers une connexion dotée d’une limite de débit ; les composants en silo (dédiés à un locataire) ne comptent pas, et un composant dont l’isolation n’est pas précisée compte comme mutualisé.',
  },
  fix: {
    en: 'Set a rate limit on the client entry (or in front of the shared component) and apply it per tenant: a usage plan or quota per tenant identity.',
    fr: 'Fixez une limite de débit sur l’entrée des clients (ou devant le composant mutualisé) et appliquez-la par locataire : un plan d’utilisation ou un quota par identité de locataire.',
  },
  source: 'DOMAIN.md §1 Operations, multi-tenancy (per-tenant limits, noisy neighbour) [S24]; Integration, API gateway [S10]',
  messages: {
    default: {
      en: 'Requests from {client} reach {count} shared components, among them {first}, without passing through a rate limit: one tenant can use up the capacity all share.',
      fr: 'Les requêtes de {client} atteignent {count} composants mutualisés, dont {first}, sans passer par une limite de débit : un locataire peut épuiser la capacité que tous partagent.',
    },
    one: {
      en: 'Requests from {client} reach the shared component {first} without passing through a rate limit: one tenant can use up the capacity all share.',
      fr: 'Les requêtes de {client} atteignent le composant mutualisé {first} sans passer par une limite de débit : un locataire peut épuiser la capacité que tous partagent.',
    },
  },
  check(context) {
    const findings = [];
    for (const e of context.edges) {
      if (!context.isSync(e) || context.rateLimitRps(e) !== undefined || !context.isClient(context.source(e))) continue;
      if (context.isExternal(context.target(e))) continue;
      const reached = unlimitedFrom(context, e.target);
      if (reached.length === 0) continue;
      findings.push({
        message: reached.length === 1 ? 'one' as const : 'default' as const,
        params: { client: context.label(e.source), count: reached.length, first: reached[0]!.label },
        nodes: [e.source, ...reached.map((n) => n.id)],
        edges: [e.id],
      });
    }
    return findings;
  },
});
