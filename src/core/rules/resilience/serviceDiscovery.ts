import type { Language } from '../../i18n';
import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId } from '../fixes';
import { isSyncCall } from './syncGraph';

/**
 * A synchronous call from running code to a replicated service that nothing spreads: no load
 * balancer in front of it, no cluster around it. Looks at the call, its two components and the
 * target's callers (what RuleContext.edgesWhere allows).
 */
function callsPinnedReplicas(context: RuleContext, e: DesignEdge): boolean {
  if (!isSyncCall(context, e) || !context.isRuntime(context.source(e))) return false;
  const target = context.target(e);
  if (!context.is(target, 'service', 'model-server', 'router') || context.isExternal(target)) return false;
  if ((context.num(target, 'replicas') ?? 1) < 2) return false;
  const behindBalancer = context.incoming(e.target).some((i) => context.is(context.source(i), 'load-balancer'));
  return !behindBalancer && context.enclosing(e.target, 'cluster') === undefined;
}

/** Services call replicated services by name, resolved by a mesh, a load balancer or DNS. */
export const serviceDiscovery = defineRule<'one'>({
  id: 'resilience/service-discovery',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  patterns: ['microservice-resilience'],
  title: { en: 'Replicated services reached by name', fr: 'Des services répliqués appelés par leur nom' },
  why: {
    en: 'Replicas come and go: they are rescheduled, scaled out and replaced after a failure, each time with a new address. A caller pinned to one instance loses it at the next deployment, and never spreads its load over the others. Callers must resolve a name through something that tracks the healthy replicas: a service mesh, a load balancer, DNS, or the cluster’s own service discovery (a Kubernetes Service). Services in a cluster group count as discovered by the cluster’s DNS.',
    fr: 'Les réplicas vont et viennent : ils sont replanifiés, ajoutés lors des montées en charge et remplacés après une panne, chaque fois avec une nouvelle adresse. Un appelant figé sur une instance la perd au déploiement suivant, et ne répartit jamais sa charge sur les autres. Les appelants doivent résoudre un nom auprès d’un mécanisme qui suit les réplicas sains : un maillage de services, un répartiteur de charge, un DNS, ou la découverte de services du cluster (un Service Kubernetes). Les services placés dans un groupe de type cluster sont considérés comme découverts par le DNS du cluster.',
  },
  fix: {
    en: 'Put the replicated services behind a service mesh or a load balancer, or run them in a cluster whose DNS resolves service names, with health checks.',
    fr: 'Placez les services répliqués derrière un maillage de services ou un répartiteur de charge, ou faites-les tourner dans un cluster dont le DNS résout les noms de services, avec des contrôles de santé.',
  },
  source: 'DOMAIN.md §1 Resilience, service discovery',
  messages: {
    default: {
      en: '{count} calls reach replicated services with no service discovery (mesh, load balancer or DNS), among them {first}.',
      fr: '{count} appels atteignent des services répliqués sans découverte de services (maillage, répartiteur de charge ou DNS), dont {first}.',
    },
    one: {
      en: 'The call {first} reaches a replicated service with no service discovery (mesh, load balancer or DNS).',
      fr: 'L’appel {first} atteint un service répliqué sans découverte de services (maillage, répartiteur de charge ou DNS).',
    },
  },
  check(context) {
    // A mesh or a DNS anywhere resolves names for every service of the design.
    if (context.withRole('service-mesh', 'dns').length > 0) return [];
    const pinned = context.edgesWhere('resilience/service-discovery:pinned', callsPinnedReplicas);
    if (pinned.length === 0) return [];
    const first = pinned[0]!;
    return [{
      message: pinned.length === 1 ? ('one' as const) : ('default' as const),
      params: { count: pinned.length, first: context.label(first.id) },
      nodes: [...new Set(pinned.map((e) => e.target))],
      edges: pinned.map((e) => e.id),
      fix: {
        label: { en: 'Add a service mesh', fr: 'Ajouter un maillage de services' },
        command: (language: Language) => {
          const box = boxNear(context, first.target, 0, -160);
          return {
            op: 'add-node' as const,
            node: catalogNode(context, 'service-mesh', freshId(context, 'service-mesh'), language === 'fr' ? 'Maillage de services' : 'Service mesh', context.target(first).parent),
            ...(box === undefined ? {} : { box }),
          };
        },
      },
    }];
  },
});
