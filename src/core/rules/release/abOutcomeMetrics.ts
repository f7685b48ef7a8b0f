import { defineRule } from '../defineRule';
import { commonRouter, connectMetrics, measured, routeBoth, routersOf, withRelease } from './releases';

/** A/B testing: both variants behind one router, with outcome metrics captured per variant. */
export const abOutcomeMetrics = defineRule<'missing' | 'split' | 'noMetrics'>({
  id: 'release/ab-outcome-metrics',
  category: 'release',
  severity: 'warning',
  module: 4,
  patterns: ['ab-testing'],
  title: { en: 'Variants behind one router, with outcome metrics', fr: 'Variantes derrière un même routeur, avec métriques de résultat' },
  why: {
    en: 'An A/B test answers a business question (does the new model sell more, keep users longer?) by comparing outcomes between two groups of users. One router must split the users, sticky so that a user always sees the same variant, and the outcome of each variant must be recorded, or the experiment ends with no answer. A split per request mixes both variants for one user and blurs the result.',
    fr: 'Un test A/B répond à une question métier (le nouveau modèle vend-il plus, retient-il mieux les utilisateurs ?) en comparant les résultats de deux groupes d’utilisateurs. Un même routeur doit répartir les utilisateurs, de façon persistante (sticky), pour qu’un utilisateur voie toujours la même variante, et le résultat de chaque variante doit être enregistré, sans quoi l’expérience se termine sans réponse. Une répartition à chaque requête mélange les deux variantes pour un même utilisateur et brouille le résultat.',
  },
  fix: {
    en: 'Mark variants A and B, route both from one router that assigns users to a variant and keeps them there, and send each variant’s outcomes to metrics or model monitoring.',
    fr: 'Marquez les variantes A et B, placez-les derrière un même routeur qui affecte chaque utilisateur à une variante et l’y maintient, et envoyez les résultats de chaque variante vers des métriques ou une surveillance de modèle.',
  },
  source: 'DOMAIN.md §1 Deployment strategies, A/B [S19]',
  messages: {
    default: {
      en: 'The A/B test is incomplete.',
      fr: 'Le test A/B est incomplet.',
    },
    missing: {
      en: 'The design declares an A/B test but has {missing}: set the release role of each variant.',
      fr: 'La conception déclare un test A/B mais n’a {missing} : indiquez le rôle de mise en production de chaque variante.',
    },
    split: {
      en: 'Variant A ({a}) and variant B ({b}) are not behind a common router.',
      fr: 'La variante A ({a}) et la variante B ({b}) ne sont pas derrière un même routeur.',
    },
    noMetrics: {
      en: 'No outcome metrics are captured for the variants {a} and {b}: no metrics or model-monitoring component is connected to them or to their router.',
      fr: 'Aucune métrique de résultat n’est recueillie pour les variantes {a} et {b} : aucun composant de métriques ou de surveillance des modèles n’est relié aux variantes ni à leur routeur.',
    },
  },
  check(context) {
    const a = withRelease(context, 'variant-a');
    const b = withRelease(context, 'variant-b');
    if (a.length === 0 || b.length === 0) {
      const missing = a.length === 0 && b.length === 0
        ? { en: 'neither variant A nor variant B', fr: 'ni variante A ni variante B' }
        : a.length === 0
          ? { en: 'no variant A', fr: 'pas de variante A' }
          : { en: 'no variant B', fr: 'pas de variante B' };
      return [{ message: 'missing' as const, params: { missing }, nodes: [...a, ...b].map((n) => n.id) }];
    }
    const findings = [];
    const names = { a: a.map((n) => n.label).join(', '), b: b.map((n) => n.label).join(', ') };
    const variants = [...a, ...b].map((n) => n.id);
    if (commonRouter(context, a, b) === undefined) {
      const join = routeBoth(context, a, b);
      findings.push({
        message: 'split' as const,
        params: names,
        nodes: variants,
        ...(join === undefined
          ? {}
          : { fix: { label: { en: `Route both variants through ${context.label(join.router)}`, fr: `Faire passer les deux variantes par ${context.label(join.router)}` }, command: join.command } }),
      });
    }
    const routers = [...new Set(variants.flatMap((id) => routersOf(context, id)))];
    if (!measured(context, [...variants, ...routers])) {
      findings.push({
        message: 'noMetrics' as const,
        params: names,
        nodes: [...variants, ...routers],
        fix: {
          label: { en: 'Record each variant’s outcomes', fr: 'Enregistrer les résultats de chaque variante' },
          command: connectMetrics(context, [a[0]!.id, b[0]!.id], 'model-monitoring', { en: 'Outcome metrics', fr: 'Métriques de résultat' }),
        },
      });
    }
    return findings;
  },
});
