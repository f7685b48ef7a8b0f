import { PATTERNS } from '../../model/vocabulary';
import { defineRule } from '../defineRule';
import { PATTERN_INFO } from '../patterns';

/** Suggests declaring the patterns a design already looks like, so their checks run. */
export const recognizedPattern = defineRule({
  id: 'intent/recognized-pattern',
  category: 'intent',
  severity: 'info',
  module: 1,
  title: { en: 'Patterns the design looks like', fr: 'Modèles que la conception évoque' },
  why: {
    en: 'A declared pattern turns on the checks of its structural requirements and its checklist. Declaring what the design aims for also tells reviewers what to judge it against.',
    fr: 'Un modèle déclaré active les vérifications de ses exigences structurelles et sa liste de contrôle. Déclarer ce que vise la conception dit aussi aux relecteurs à quoi la comparer.',
  },
  fix: { en: 'Declare the pattern, or ignore the suggestion.', fr: 'Déclarez le modèle, ou ignorez la suggestion.' },
  messages: {
    default: {
      en: 'This looks like {pattern}. Declare it to check its requirements.',
      fr: 'Cela ressemble à : {pattern}. Déclarez-le pour vérifier ses exigences.',
    },
  },
  check(context) {
    const declared = context.design.patterns;
    return PATTERNS.filter((p) => !declared.includes(p) && PATTERN_INFO[p].recognize(context)).map((p) => ({
      params: { pattern: PATTERN_INFO[p].name, patternId: p },
      fix: {
        label: { en: `Declare “${PATTERN_INFO[p].name.en}”`, fr: `Déclarer « ${PATTERN_INFO[p].name.fr} »` },
        command: () => ({ op: 'update-design' as const, patch: { patterns: [...declared, p] } }),
      },
    }));
  },
});
