import { defineRule } from '../defineRule';
import type { Language } from '../../i18n';
import { boxNear, catalogNode, freshId } from '../fixes';
import { insertOnEdge } from '../fixCommands';
import { rerouteTo } from './reroute';

/** Modern components reach a legacy system through an anti-corruption layer that translates. */
export const antiCorruptionLayer = defineRule({
  id: 'integration/anti-corruption-layer',
  category: 'integration',
  severity: 'warning',
  module: 5,
  scope: 'edge',
  title: { en: 'Anti-corruption layer in front of legacy systems', fr: 'Couche anticorruption devant les systèmes hérités' },
  why: {
    en: 'Calling a legacy system directly lets its model, codes and protocol leak into the new design, and ties every caller to it. A layer that translates keeps the new model clean and gives one place to migrate later.',
    fr: 'Appeler directement un système hérité laisse son modèle, ses codes et son protocole envahir la nouvelle conception, et y lie chaque appelant. Une couche qui traduit garde le nouveau modèle propre et concentre en un seul endroit ce qu’il faudra migrer plus tard.',
  },
  fix: {
    en: 'Insert an anti-corruption layer on the connection (or go through the one the legacy system already has); monitor and scale it, and decide whether it outlives the migration.',
    fr: 'Insérez une couche anticorruption sur la connexion (ou passez par celle dont dispose déjà le système hérité) ; surveillez-la, dimensionnez-la, et décidez si elle survivra à la migration.',
  },
  source: 'DOMAIN.md §1 Integration, anti-corruption layer [S9]',
  messages: {
    default: {
      en: '{source} calls the legacy system {target} without an anti-corruption layer.',
      fr: '{source} appelle le système hérité {target} sans couche anticorruption.',
    },
  },
  check(context) {
    return context.edges
      .filter((e) => context.is(context.target(e), 'legacy') && !context.is(context.source(e), 'acl', 'legacy', 'client'))
      .map((e) => {
        const existing = context.incoming(e.target).find((x) => context.is(context.source(x), 'acl'))?.source;
        const acl = (language: Language) => catalogNode(context, 'anti-corruption-layer', freshId(context, `${e.target}-acl`),
          language === 'fr' ? `Couche anticorruption ${context.label(e.target)}` : `${context.label(e.target)} anti-corruption layer`, context.source(e).parent);
        return {
          params: { source: context.label(e.source), target: context.label(e.target) },
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: existing === undefined
            ? {
              label: { en: 'Insert an anti-corruption layer', fr: 'Insérer une couche anticorruption' },
              command: (language: Language) => insertOnEdge(context, e, acl(language), boxNear(context, e.target, -220, 0)),
            }
            : {
              label: { en: `Go through ${context.label(existing)}`, fr: `Passer par ${context.label(existing)}` },
              command: () => rerouteTo(context, e, existing),
            },
        };
      });
  },
});
