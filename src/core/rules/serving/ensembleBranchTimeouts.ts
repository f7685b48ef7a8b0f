import type { Command } from '../../model/commands/types';
import type { DesignEdge, DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';
import type { RawFinding } from '../types';

/** Twice the member’s p99 (rounded up to 10 ms) but never beyond the SLO; the SLO when p99 is unknown. */
export function branchTimeoutMs(p99: number | undefined, sloMs: number): number {
  const derived = p99 === undefined ? sloMs : Math.ceil((2 * p99) / 10) * 10;
  return Math.max(1, Math.min(derived, sloMs));
}

/** A model server that is a version in a release (canary, blue, shadow...) rather than a member of an ensemble. */
function isReleaseVersion(context: RuleContext, node: DesignNode): boolean {
  const role = context.own(node, 'releaseRole');
  return typeof role === 'string' && role !== 'none';
}

function members(context: RuleContext, router: DesignNode): DesignEdge[] {
  return context.outgoing(router.id).filter((e) => {
    const target = context.target(e);
    return context.isSync(e) && context.is(target, 'model-server') && !isReleaseVersion(context, target);
  });
}

/** Every branch of an ensemble or cascade has its own timeout. */
export const ensembleBranchTimeouts = defineRule<'one'>({
  id: 'serving/ensemble-branch-timeouts',
  category: 'serving',
  severity: 'warning',
  module: 4,
  scope: 'node',
  title: { en: 'A timeout on each branch of an ensemble', fr: 'Un délai d’expiration sur chaque branche d’un ensemble' },
  why: {
    en: 'A router that calls several models answers when the slowest one answers: parallel branches add the maximum of their latencies, sequential ones the sum. With many members, one of them is slow on most requests (fan-out to 100 backends each slow 1% of the time: about 63% of requests wait on a slow one). A timeout per branch bounds that tail and lets the router answer with the members that replied or escalate. The quick fix sets twice the member’s p99, rounded up to the next 10 ms and capped by the latency SLO. Routers splitting traffic between release versions (canary, blue-green, A/B, shadow) are left to the release rules. [S14][S18][S29]',
    fr: 'Un routeur qui appelle plusieurs modèles répond quand le plus lent a répondu : des branches parallèles coûtent le maximum de leurs latences, des étapes successives leur somme. Avec beaucoup de membres, l’un d’eux est lent sur la plupart des requêtes (100 services appelés, chacun lent 1 % du temps : environ 63 % des requêtes attendent un appel lent). Un délai d’expiration par branche borne cette latence de queue et permet au routeur de répondre avec les membres qui ont répondu, ou de basculer vers un modèle plus puissant. La correction rapide fixe deux fois le p99 du membre, arrondi à la dizaine de millisecondes supérieure et plafonné par le SLO de latence. Les routeurs qui répartissent le trafic entre versions d’un déploiement (canari, bleu-vert, A/B, fantôme) relèvent des règles de mise en production. [S14][S18][S29]',
  },
  fix: {
    en: 'Set a timeout on each branch, below the caller’s remaining budget, and define what the router returns when a branch times out.',
    fr: 'Fixez un délai d’expiration sur chaque branche, sous le budget restant de l’appelant, et définissez ce que renvoie le routeur quand une branche expire.',
  },
  source: 'DOMAIN.md §1 Model serving, ensembles/cascades/routing [S14][S18]; §2.2 latency budget [S29]',
  messages: {
    default: {
      en: '{router} calls {count} model servers synchronously and {missing} of its branches have no timeout, among them the one to {first}.',
      fr: '{router} appelle {count} serveurs de modèles de façon synchrone et {missing} de ses branches n’ont pas de délai d’expiration, dont celle vers {first}.',
    },
    one: {
      en: '{router} calls {count} model servers synchronously and its branch to {first} has no timeout.',
      fr: '{router} appelle {count} serveurs de modèles de façon synchrone et sa branche vers {first} n’a pas de délai d’expiration.',
    },
  },
  check(context) {
    const slo = context.design.workload.latencySloMs;
    const findings: RawFinding<'one' | 'default'>[] = [];
    for (const router of context.scopeNodes('router')) {
      const branches = members(context, router);
      const servers = new Set(branches.map((e) => e.target));
      if (servers.size < 2) continue;
      const missing = branches.filter((e) => context.timeoutMs(e) === undefined);
      if (missing.length === 0) continue;
      findings.push({
        message: missing.length === 1 ? 'one' : 'default',
        params: { router: router.label, count: servers.size, missing: missing.length, first: context.label(missing[0]!.target) },
        nodes: [...new Set([router.id, ...missing.map((e) => e.target)])],
        edges: missing.map((e) => e.id),
        fix: {
          label: { en: 'Set a timeout on each branch', fr: 'Fixer un délai d’expiration sur chaque branche' },
          command: (): Command => ({
            op: 'batch',
            commands: missing.map((e) => setResilience(e, { timeoutMs: branchTimeoutMs(context.num(context.target(e), 'latencyP99Ms'), slo) })),
          }),
        },
      });
    }
    return findings;
  },
});
