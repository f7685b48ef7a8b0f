import { defineRule } from '../defineRule';
import { commonRouter, connectMetrics, measured, routeBoth, routersOf, withRelease } from './releases';

/** Canary: canary and stable behind one weighted router, promoted by automated metric analysis. */
export const canaryAnalysis = defineRule<'missing' | 'noStable' | 'split' | 'noAnalysis'>({
  id: 'release/canary-analysis',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['canary'],
  title: { en: 'Canary and stable behind one router, with automated analysis', fr: 'Canari et version stable derrière un même routeur, avec analyse automatique' },
  why: {
    en: 'A canary release sends a small, growing share of the traffic to the new version (for instance 10, 25, 50 then 100%, with pauses) while the stable version serves the rest: both must sit behind one router that sets the weights. What makes it safe is the analysis at each step: error rate, latency and model metrics of the canary are compared automatically with the stable version, and a regression rolls it back before most users see it. Weights without metrics only spread the damage more slowly.',
    fr: 'Un déploiement canari envoie une part faible puis croissante du trafic à la nouvelle version (par exemple 10, 25, 50 puis 100 %, avec des pauses) pendant que la version stable sert le reste : les deux doivent se trouver derrière un même routeur qui fixe les poids. Ce qui le rend sûr, c’est l’analyse à chaque palier : taux d’erreur, latence et métriques du modèle du canari sont comparés automatiquement à ceux de la version stable, et une régression déclenche un retour arrière avant que la plupart des utilisateurs ne la subissent. Des poids sans métriques ne font que répandre les dégâts plus lentement.',
  },
  fix: {
    en: 'Mark the stable and canary versions, route both from one weighted router (gateway, mesh or model router), and connect the canary to the metrics an automated analysis reads (for instance Argo Rollouts with Prometheus).',
    fr: 'Marquez les versions stable et canari, placez-les derrière un même routeur pondéré (passerelle, maillage ou routeur de modèles), et reliez le canari aux métriques que lit une analyse automatique (par exemple Argo Rollouts avec Prometheus).',
  },
  source: 'DOMAIN.md §1 Deployment strategies, canary [S19]',
  messages: {
    default: {
      en: 'The canary release is incomplete.',
      fr: 'Le déploiement canari est incomplet.',
    },
    missing: {
      en: 'The design declares a canary release but no component is marked as the canary.',
      fr: 'La conception déclare un déploiement canari mais aucun composant n’est marqué comme canari.',
    },
    noStable: {
      en: 'The canary {canary} has no stable version to be compared with: no component is marked as the stable version.',
      fr: 'Le canari {canary} n’a pas de version stable à laquelle se comparer : aucun composant n’est marqué comme version stable.',
    },
    split: {
      en: 'The canary {canary} and the stable version {stable} are not behind a common router.',
      fr: 'Le canari {canary} et la version stable {stable} ne sont pas derrière un même routeur.',
    },
    noAnalysis: {
      en: 'Nothing analyses the metrics of the canary {canary}: no metrics or model-monitoring component is connected to it or to its router.',
      fr: 'Rien n’analyse les métriques du canari {canary} : aucun composant de métriques ou de surveillance des modèles n’est relié au canari ni à son routeur.',
    },
  },
  check(context) {
    const canaries = withRelease(context, 'canary');
    const stables = withRelease(context, 'stable');
    if (canaries.length === 0) return [{ message: 'missing' as const }];
    const findings = [];
    for (const canary of canaries) {
      if (stables.length === 0) {
        findings.push({ message: 'noStable' as const, params: { canary: canary.label }, nodes: [canary.id] });
      } else if (commonRouter(context, [canary], stables) === undefined) {
        const join = routeBoth(context, stables, [canary]);
        findings.push({
          message: 'split' as const,
          params: { canary: canary.label, stable: stables[0]!.label },
          nodes: [canary.id, ...stables.map((n) => n.id)],
          ...(join === undefined
            ? {}
            : { fix: { label: { en: `Route the canary through ${context.label(join.router)}`, fr: `Faire passer le canari par ${context.label(join.router)}` }, command: join.command } }),
        });
      }
      const routers = routersOf(context, canary.id);
      if (!measured(context, [canary.id, ...routers])) {
        const from = [canary.id, ...(stables[0] === undefined ? [] : [stables[0].id])];
        findings.push({
          message: 'noAnalysis' as const,
          params: { canary: canary.label },
          nodes: [canary.id, ...routers],
          fix: {
            label: { en: 'Send the canary’s metrics to an analysis', fr: 'Envoyer les métriques du canari à une analyse' },
            command: connectMetrics(context, from, 'prometheus', { en: 'Canary metrics', fr: 'Métriques du canari' }),
          },
        });
      }
    }
    return findings;
  },
});
