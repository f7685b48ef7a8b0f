import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignEdge, DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, freshIds, newEdge } from '../fixes';
import { copiedFields } from '../fixCommands';

/** Network plumbing that forwards requests without being a resource itself. */
const PASS_THROUGH = ['load-balancer', 'cdn', 'dns'] as const;

/**
 * How a policy enforcement point calls its decision point: per request, encrypted and
 * authenticated, with a timeout of twice the PDP's p99 (rounded up to 10 ms) so a slow PDP
 * fails closed quickly.
 */
function consultEdge(context: RuleContext, pdp: DesignNode | undefined): Partial<DesignEdge> {
  const p99 = (pdp === undefined ? undefined : context.num(pdp, 'latencyP99Ms')) ?? PDP_P99_MS;
  return {
    protocol: 'grpc',
    mode: 'sync',
    security: { tls: true, mtls: true, authn: 'mtls' },
    resilience: { timeoutMs: Math.max(10, Math.ceil((2 * p99) / 10) * 10), retries: 0, circuitBreaker: false },
  };
}

/** The p99 of a policy decision point the fix adds (the catalog's default for the type). */
const PDP_P99_MS = 5;

/** A resource reached from a client without passing an enforcement point, and the edges that reach it. */
interface Unguarded {
  readonly resource: DesignNode;
  readonly client: string;
  readonly edges: DesignEdge[];
}

/**
 * Walks forward from every client, stopping at enforcement points, and returns the first
 * resources reached without one. Clients, external systems and plumbing are not resources; an
 * identity provider is where callers authenticate, so reaching it directly is expected.
 */
function unguardedResources(context: RuleContext): Unguarded[] {
  const found = new Map<string, Unguarded>();
  const origin = new Map<string, string>();
  const stack: string[] = [];
  for (const n of context.nodes) {
    if (!context.isClient(n)) continue;
    origin.set(n.id, n.id);
    stack.push(n.id);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    const client = origin.get(id)!;
    for (const e of context.outgoing(id)) {
      const target = context.target(e);
      if (context.isExternal(target) || context.is(target, 'pep', 'identity-provider')) continue;
      if (context.is(target, ...PASS_THROUGH)) {
        if (!origin.has(target.id)) {
          origin.set(target.id, client);
          stack.push(target.id);
        }
        continue;
      }
      const entry = found.get(target.id);
      if (entry === undefined) found.set(target.id, { resource: target, client, edges: [e] });
      else entry.edges.push(e);
    }
  }
  // Design order, so findings do not depend on the walk.
  return context.nodes.filter((n) => found.has(n.id)).map((n) => found.get(n.id)!);
}

/** Where components send their telemetry: not something a request is forwarded to. */
const TELEMETRY_SINKS = ['otel-collector', 'metrics', 'tracing', 'logging'] as const;

/**
 * Enforcement points that forward requests to a resource (not to another enforcement point,
 * as a WAF in front of a gateway does) must ask a PDP.
 */
function enforcing(context: RuleContext): DesignNode[] {
  return context.withRole('pep').filter((p) => context.outgoing(p.id).some((e) => {
    const target = context.target(e);
    return !context.is(target, 'pep', 'pdp', ...TELEMETRY_SINKS) && !context.isExternal(target);
  }));
}

function consults(context: RuleContext, pep: DesignNode): boolean {
  return context.outgoing(pep.id).some((e) => context.is(context.target(e), 'pdp'))
    || context.incoming(pep.id).some((e) => context.is(context.source(e), 'pdp'));
}

/** Zero trust: every access passes an enforcement point in the data path, which asks a decision point. */
export const zeroTrustPep = defineRule({
  id: 'security/zero-trust-pep',
  category: 'security',
  severity: 'error',
  module: 6,
  patterns: ['zero-trust'],
  title: { en: 'Every resource behind an enforcement point that consults a decision point', fr: 'Chaque ressource derrière un point d’application qui consulte un point de décision' },
  why: {
    en: 'NIST SP 800-207 splits access control in two: a policy decision point (PDP: policy engine and administrator) decides, from identity, service, asset state and context, and a policy enforcement point (PEP: API gateway, sidecar proxy, WAF) in the data path applies the decision before each access. A resource that a client reaches without a PEP is reached without any policy; a PEP that consults no PDP applies fixed rules, not dynamic policy. Load balancers, CDNs and DNS only forward traffic, so the rule looks past them; an identity provider may be reached directly.',
    fr: 'NIST SP 800-207 sépare le contrôle d’accès en deux : un point de décision des politiques (PDP : moteur et administrateur de politiques) décide, selon l’identité, le service, l’état des équipements et le contexte, et un point d’application des politiques (PEP : passerelle API, proxy annexe ou « sidecar », WAF) placé dans le chemin des données applique la décision avant chaque accès. Une ressource qu’un client atteint sans PEP est atteinte sans aucune politique ; un PEP qui ne consulte aucun PDP applique des règles figées, pas une politique dynamique. Les répartiteurs de charge, CDN et DNS ne font que relayer le trafic, et la règle regarde au-delà d’eux ; un fournisseur d’identité peut être atteint directement.',
  },
  fix: {
    en: 'Put a PEP (API gateway, mesh sidecar, enforcement proxy) in front of every resource clients reach, add a PDP (for instance Open Policy Agent) and connect each PEP to it.',
    fr: 'Placez un PEP (passerelle API, proxy annexe du maillage, proxy d’application) devant chaque ressource que les clients atteignent, ajoutez un PDP (par exemple Open Policy Agent) et reliez-y chaque PEP.',
  },
  source: 'DOMAIN.md §1 Security, zero trust (PDP, PEP) [S21]',
  messages: {
    default: {
      en: '{client} reaches {node} without passing through a policy enforcement point (PEP).',
      fr: '{client} atteint {node} sans passer par un point d’application des politiques (PEP).',
    },
    noPdp: {
      en: 'The design has no policy decision point (PDP) for its enforcement points to consult.',
      fr: 'La conception n’a aucun point de décision des politiques (PDP) que ses points d’application puissent consulter.',
    },
    unconsulted: {
      en: '{count} policy enforcement points consult no policy decision point, among them {first}.',
      fr: '{count} points d’application des politiques ne consultent aucun point de décision, dont {first}.',
    },
    unconsultedOne: {
      en: 'The policy enforcement point {first} consults no policy decision point.',
      fr: 'Le point d’application des politiques {first} ne consulte aucun point de décision.',
    },
  },
  check(context) {
    const findings = [];
    const pdp = context.withRole('pdp')[0];
    const consult = (pep: string, target: string, id: string) =>
      ({ op: 'add-edge' as const, edge: newEdge(id, pep, target, consultEdge(context, context.node(target))) });

    for (const { resource, client, edges } of unguardedResources(context)) {
      findings.push({
        params: { client: context.label(client), node: resource.label },
        nodes: [client, resource.id],
        edges: edges.map((e) => e.id),
        fix: {
          label: { en: 'Put an enforcement point in front', fr: 'Placer un point d’application devant' },
          command: (language: Language): Command => {
            const pepId = freshId(context, `${resource.id}-pep`);
            const [forward, ask] = freshIds(context, `${resource.id}-pep-edge`, 2) as [string, string];
            const fields = copiedFields(edges[0]!);
            const pep = catalogNode(context, 'policy-enforcement-point', pepId,
              language === 'fr' ? `PEP de ${resource.label}` : `${resource.label} PEP`, resource.parent);
            const box = boxNear(context, resource.id, -220, 0);
            return {
              op: 'batch',
              commands: [
                { op: 'add-node', node: pep, ...(box === undefined ? {} : { box }) },
                ...edges.map((e): Command => ({ op: 'update-edge', id: e.id, patch: { target: pepId } })),
                { op: 'add-edge', edge: newEdge(forward, pepId, resource.id, fields) },
                ...(pdp === undefined ? [] : [consult(pepId, pdp.id, ask)]),
              ],
            };
          },
        },
      });
    }

    const silent = enforcing(context).filter((p) => !consults(context, p));
    if (pdp === undefined) {
      const peps = context.withRole('pep');
      findings.push({
        message: 'noPdp' as const,
        nodes: peps.map((p) => p.id),
        fix: {
          label: { en: 'Add a policy decision point', fr: 'Ajouter un point de décision des politiques' },
          command: (language: Language): Command => {
            const anchor = silent[0];
            const pdpId = freshId(context, 'policy-decision-point');
            const edgeIds = freshIds(context, 'policy-decision-point-query', silent.length);
            const node = catalogNode(context, 'policy-decision-point', pdpId,
              language === 'fr' ? 'Point de décision de politique' : 'Policy decision point', anchor?.parent);
            const box = anchor === undefined ? undefined : boxNear(context, anchor.id, 0, 160);
            return {
              op: 'batch',
              commands: [
                { op: 'add-node', node, ...(box === undefined ? {} : { box }) },
                ...silent.map((p, i) => consult(p.id, pdpId, edgeIds[i]!)),
              ],
            };
          },
        },
      });
    } else if (silent.length > 0) {
      findings.push({
        message: silent.length === 1 ? 'unconsultedOne' as const : 'unconsulted' as const,
        params: { count: silent.length, first: silent[0]!.label },
        nodes: silent.map((p) => p.id),
        fix: {
          label: { en: 'Connect the enforcement points to the decision point', fr: 'Relier les points d’application au point de décision' },
          command: (): Command => {
            const edgeIds = freshIds(context, `${pdp.id}-query`, silent.length);
            return { op: 'batch', commands: silent.map((p, i) => consult(p.id, pdp.id, edgeIds[i]!)) };
          },
        },
      });
    }
    return findings;
  },
});
