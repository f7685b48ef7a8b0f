import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import { defineRule } from '../defineRule';
import { setEdgeProps } from '../fixCommands';
import { withRelease } from './releases';

/** Makes a connection carry a copy of the traffic, asynchronously. */
function mirror(e: DesignEdge): Command {
  const { patch } = setEdgeProps(e, { carries: 'mirrored-traffic' });
  return { op: 'update-edge', id: e.id, patch: { mode: 'async', ...patch } };
}

/** Shadow: the new version gets a copy of live traffic, and nothing it does leaves the sandbox. */
export const shadowNoSideEffects = defineRule<'missing' | 'noMirror' | 'returns' | 'writes'>({
  id: 'release/shadow-no-side-effects',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['shadow'],
  title: { en: 'Shadow fed with mirrored traffic, without side effects', fr: 'Version fantôme alimentée par du trafic copié, sans effets de bord' },
  why: {
    en: 'A shadow release tests a new version on real traffic without users noticing: a mirror sends it a copy of live requests out of band (fire and forget), its responses are compared offline and then discarded, and it must change nothing. If its answers reach the request path, users are served by an untested version; if it writes to production stores or queues, each mirrored request is applied twice (a second order, a second email). Connections from the shadow to a store are taken as writes unless their access is marked read; a store itself marked shadow is the shadow’s own sandbox.',
    fr: 'Un déploiement fantôme teste une nouvelle version sur du trafic réel sans que les utilisateurs le remarquent : un miroir lui envoie hors bande une copie des requêtes réelles (sans attendre de réponse), ses réponses sont comparées hors ligne puis jetées, et elle ne doit rien modifier. Si ses réponses rejoignent le chemin des requêtes, les utilisateurs sont servis par une version non testée ; si elle écrit dans les stockages ou files de production, chaque requête copiée est appliquée deux fois (une seconde commande, un second courriel). Les connexions de la version fantôme vers un stockage sont considérées comme des écritures sauf si leur accès est marqué en lecture ; un stockage lui-même marqué fantôme lui sert de bac à sable.',
  },
  fix: {
    en: 'Feed the shadow by mirroring (for instance an Istio mirror route), discard its responses, and disable its writes or point them at a sandbox store.',
    fr: 'Alimentez la version fantôme par mise en miroir du trafic (par exemple une route miroir Istio), ignorez ses réponses, et désactivez ses écritures ou dirigez-les vers un stockage bac à sable.',
  },
  source: 'DOMAIN.md §1 Deployment strategies, shadow [S20]',
  messages: {
    default: {
      en: 'The shadow release is incomplete.',
      fr: 'Le déploiement fantôme est incomplet.',
    },
    missing: {
      en: 'The design declares a shadow release but no component is marked as the shadow.',
      fr: 'La conception déclare un déploiement fantôme mais aucun composant n’est marqué comme fantôme.',
    },
    noMirror: {
      en: 'No connection brings mirrored live traffic to the shadow {shadow}.',
      fr: 'Aucune connexion n’envoie de copie du trafic réel à la version fantôme {shadow}.',
    },
    returns: {
      en: 'The responses of the shadow {shadow} reach the request path through {others}; they must be discarded.',
      fr: 'Les réponses de la version fantôme {shadow} rejoignent le chemin des requêtes par {others} ; elles doivent être ignorées.',
    },
    writes: {
      en: 'The shadow {shadow} writes to {stores}: its side effects would reach production.',
      fr: 'La version fantôme {shadow} écrit dans {stores} : ses effets de bord atteindraient la production.',
    },
  },
  check(context) {
    // A store marked shadow is the shadow's sandbox, not a version under test.
    const shadows = withRelease(context, 'shadow').filter((n) => !context.isStore(n));
    if (shadows.length === 0) return [{ message: 'missing' as const }];
    const findings = [];
    for (const shadow of shadows) {
      const traffic = context.incoming(shadow.id).filter((e) => context.edgeProp(e, 'carries') !== 'telemetry');
      const mirrored = traffic.some((e) => context.edgeProp(e, 'carries') === 'mirrored-traffic');
      if (!mirrored) {
        findings.push({
          message: 'noMirror' as const,
          params: { shadow: shadow.label },
          nodes: [shadow.id],
          edges: traffic.map((e) => e.id),
          ...(traffic.length === 0
            ? {}
            : {
              fix: {
                label: { en: 'Mirror the traffic it receives', fr: 'Copier le trafic qu’il reçoit' },
                command: () => ({ op: 'batch' as const, commands: traffic.map(mirror) }),
              },
            }),
        });
      } else {
        const awaited = traffic.filter((e) => context.isSync(e) && context.edgeProp(e, 'carries') !== 'mirrored-traffic' && !context.isStore(context.source(e)));
        const toClients = context.outgoing(shadow.id).filter((e) => context.isClient(context.target(e)));
        if (awaited.length + toClients.length > 0) {
          const others = [...new Set([...awaited.map((e) => e.source), ...toClients.map((e) => e.target)])];
          findings.push({
            message: 'returns' as const,
            params: { shadow: shadow.label, others: others.map((id) => context.label(id)).join(', ') },
            nodes: [shadow.id, ...others],
            edges: [...awaited, ...toClients].map((e) => e.id),
            fix: {
              label: { en: 'Mirror its traffic and discard its responses', fr: 'Copier son trafic et ignorer ses réponses' },
              command: () => ({
                op: 'batch' as const,
                commands: [...awaited.map(mirror), ...toClients.map((e): Command => ({ op: 'remove-edge', id: e.id }))],
              }),
            },
          });
        }
      }
      const writes = context.outgoing(shadow.id).filter((e) => {
        const target = context.target(e);
        return context.isStore(target) && context.own(target, 'releaseRole') !== 'shadow' && context.edgeProp(e, 'access') !== 'read' && context.edgeProp(e, 'carries') !== 'telemetry';
      });
      if (writes.length > 0) {
        findings.push({
          message: 'writes' as const,
          params: { shadow: shadow.label, stores: [...new Set(writes.map((e) => context.label(e.target)))].join(', ') },
          nodes: [shadow.id, ...new Set(writes.map((e) => e.target))],
          edges: writes.map((e) => e.id),
          fix: {
            label: { en: 'Make its store connections read-only', fr: 'Passer ses connexions aux stockages en lecture seule' },
            command: () => ({
              op: 'batch' as const,
              commands: writes.map((e) => setEdgeProps(e, { access: 'read' })),
            }),
          },
        });
      }
    }
    return findings;
  },
});
