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
    en: 'Declaring a pattern turns on the checks of its structural requirements and its checklist. It also tells reviewers what the design aims for, and so what to judge it against.',
    fr: 'Déclarer un modèle active la vérification de ses exigences structurelles et sa liste de contrôle. Cela indique aussi aux relecteurs ce que vise la conception, et donc à quoi la comparer.',
  },
  fix: { en: 'Declare the pattern, or ignore the suggestion.', fr: 'Déclarez le modèle, ou ignorez la suggestion.' },
  messages: {
    default: {
      en: 'The design looks like “{pattern}”: declare the pattern to check its requirements.',
      fr: 'La conception ressemble au modèle « {pattern} » : déclarez ce modèle pour vérifier ses exigences.',
    },
  },
  check(context) {
    const declared = context.design.patterns;
    return PATTERNS.filter((p) => !declared.includes(p) && PATTERN_INFO[p].recognize(context)).map((p) => ({
      params: { pattern: PATTERN_INFO[p].name, patternId: p },
      fix: {
        label: { en: `Declare “${PATTERN_INFO[p].name.en}”`, fr: `Déclarer «\u00a0${PATTERN_INFO[p].name.fr}\u00a0»` },
        command: () => ({ op: 'update-design' as const, patch: { patterns: [...declared, p] } }),
      },
    }));
  },
});
