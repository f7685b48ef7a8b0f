import { translate, LANGUAGES } from '../i18n';
import { createDesign } from './createDesign';
import type { Design } from './types';

const untitledNames = new Set(LANGUAGES.map((language) => translate(language, 'design.untitled')));

/**
 * Whether a design is a blank one nobody has touched: the default name in either language and
 * every field as a new design has it. Such a design holds nothing to lose.
 */
export function isUntouchedBlank(design: Design): boolean {
  if (!untitledNames.has(design.name)) return false;
  return JSON.stringify(design) === JSON.stringify(createDesign(design.id, design.name));
}
