/**
 * French spacing for the report's own texts: a no-break space before `:`, `;`, `?`, `!`, `%` and
 * `»`, and after `«`, whatever spaces the catalogue's messages carry (the terminal's messages,
 * reused here, have plain spaces). User text is never touched.
 */
import { translate, type Language, type MessageKey, type MessageValues } from '../i18n';

/** A catalogue text with French spacing. Only for texts of the catalogue, never for user text. */
export function frenchSpacing(text: string): string {
  return text.replace(/[ \u00a0\u202f]([:;?!%»])/g, '\u00a0$1').replace(/«[ \u00a0\u202f]/g, '«\u00a0');
}

/** Private-use characters around the index of a value while the message is respaced. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/**
 * `translate`, with French spacing applied to the message but not to the values filled in: the
 * text values are set aside while the message is respaced, then put back as they are.
 */
export function translateTypeset(language: Language, key: MessageKey, values?: MessageValues): string {
  if (language !== 'fr') return translate(language, key, values);
  const texts: string[] = [];
  const masked: MessageValues = {};
  for (const [name, value] of Object.entries(values ?? {})) masked[name] = typeof value === 'string' ? `${OPEN}${texts.push(value) - 1}${CLOSE}` : value;
  return frenchSpacing(translate(language, key, masked)).replace(SLOT, (_, index: string) => texts[Number(index)] ?? '');
}
