import { defineRule } from '../defineRule';
import { commonRouter, routeBoth, withRelease } from './releases';

/** Blue-green: both environments exist behind one router that switches between them. */
export const blueGreenSwitch = defineRule<'missing' | 'split'>({
  id: 'release/blue-green-switch',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['blue-green'],
  title: { en: 'Blue and green environments behind one switch', fr: 'Environnements bleu et vert derrière un même aiguillage' },
  why: {
    en: 'Blue-green keeps two complete environments: one serves the traffic while the new version is deployed and tested in the other. A router, load balancer or gateway in front of both switches all traffic at once, and switches it back just as fast if the new version misbehaves, which needs the old environment kept running. An upgrade in place, or a DNS change that clients cache for minutes, is neither atomic nor instantly reversible.',
    fr: 'Le déploiement bleu-vert maintient deux environnements complets : l’un sert le trafic pendant que la nouvelle version est déployée et testée dans l’autre. Un routeur, un répartiteur de charge ou une passerelle en amont des deux bascule tout le trafic d’un coup, et le rebascule aussi vite si la nouvelle version se comporte mal, ce qui suppose de garder l’ancien environnement en marche. Une mise à jour sur place, ou un changement de DNS que les clients gardent en cache plusieurs minutes, n’est ni atomique ni réversible instantanément.',
  },
  fix: {
    en: 'Mark the blue and green environments’ entry components and connect both from the same router, load balancer or gateway; keep the idle one for rollback.',
    fr: 'Marquez les composants d’entrée des environnements bleu et vert et reliez-les tous deux depuis le même routeur, répartiteur de charge ou passerelle ; gardez l’environnement inactif pour revenir en arrière.',
  },
  source: 'DOMAIN.md §1 Deployment strategies, blue-green [S19]',
  messages: {
    default: {
      en: 'The blue-green release is incomplete.',
      fr: 'Le déploiement bleu-vert est incomplet.',
    },
    missing: {
      en: 'The design declares a blue-green release but has {missing}: set the release role of each environment’s components.',
      fr: 'La conception déclare un déploiement bleu-vert mais n’a {missing} : indiquez le rôle de mise en production des composants de chaque environnement.',
    },
    split: {
      en: 'The blue environment ({blue}) and the green one ({green}) are not behind a common router or load balancer.',
      fr: 'L’environnement bleu ({blue}) et l’environnement vert ({green}) ne sont pas derrière un même routeur ou répartiteur de charge.',
    },
  },
  check(context) {
    const blue = withRelease(context, 'blue');
    const green = withRelease(context, 'green');
    if (blue.length === 0 || green.length === 0) {
      const missing = blue.length === 0 && green.length === 0
        ? { en: 'neither a blue nor a green environment', fr: 'ni environnement bleu ni environnement vert' }
        : blue.length === 0
          ? { en: 'no blue environment', fr: 'pas d’environnement bleu' }
          : { en: 'no green environment', fr: 'pas d’environnement vert' };
      return [{ message: 'missing' as const, params: { missing }, nodes: [...blue, ...green].map((n) => n.id) }];
    }
    if (commonRouter(context, blue, green) !== undefined) return [];
    const join = routeBoth(context, blue, green);
    return [{
      message: 'split' as const,
      params: { blue: blue.map((n) => n.label).join(', '), green: green.map((n) => n.label).join(', ') },
      nodes: [...blue, ...green].map((n) => n.id),
      ...(join === undefined
        ? {}
        : { fix: { label: { en: `Connect both from ${context.label(join.router)}`, fr: `Relier les deux depuis ${context.label(join.router)}` }, command: join.command } }),
    }];
  },
});
