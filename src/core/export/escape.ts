/**
 * String escaping for the text formats ArchLab exports (Structurizr DSL, C4-PlantUML, Mermaid C4).
 *
 * The rule for every format: user-typed text only ever appears inside a double-quoted argument
 * (or after a keyword such as `title`) on one line, so it can never start a line, end an
 * argument early, or be read as a directive (`!include`, `@enduml`, `%%{init}%%`, ...).
 */

/** Line and paragraph separators: each becomes one space. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** C0 and C1 control characters (tabs included), DEL, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/gu;

/** One line of plain text: line breaks become spaces, control characters are dropped. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/**
 * The content of a Structurizr DSL double-quoted string (without the quotes): backslash and
 * double quote escaped, on one line. `${` is broken with a zero-width space so the DSL never
 * substitutes a constant or an environment variable into the text.
 */
export function structurizrText(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '$\u200b{');
}

/** A Structurizr DSL double-quoted string. */
export function structurizrString(text: string): string {
  return `"${structurizrText(text)}"`;
}

/** PlantUML's own escape for one character: `<U+0022>`, shown as the character itself. */
function plantUmlCode(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Characters PlantUML would interpret, and the first of any doubled Creole marker. */
const PLANTUML_SPECIAL = /[<>"\\%$[\]&@!#~(),]|([*/_\-^])(?=\1)/g;

/**
 * Text for a C4-PlantUML macro argument or a `title` line, on one line. Characters the
 * PlantUML preprocessor or Creole would interpret are written as `<U+XXXX>` codes:
 * `"` (would end the argument), `\` (`\n` breaks lines), `%` (built-in functions such as
 * `%date()` are evaluated inside arguments), `$` (variables), `<` `>` (Creole tags such as
 * `<img:...>`), `[` `]` (links), `&` (HTML entities), `@` and `!` (directives, belt and braces),
 * `#` (colours), `(` `)` `,` (the preprocessor reads them inside quotes on a line ending with
 * `{`, such as `Deployment_Node(...) {`: PlantUML 1.2025.8 fails on `"a ) b"` there) and the first of any doubled Creole marker (`**`, `//`, `__`, `--`, `~~`, `^^`, `""`).
 */
export function plantUmlText(text: string): string {
  return oneLine(text).replace(PLANTUML_SPECIAL, plantUmlCode);
}

/** A double-quoted C4-PlantUML macro argument. */
export function plantUmlString(text: string): string {
  return `"${plantUmlText(text)}"`;
}

const MERMAID_ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '%': '#37;',
  '<': '#lt;',
  '>': '#gt;',
  ';': '#59;',
};

/**
 * Text for a Mermaid C4 macro argument or title, on one line. Mermaid strings have no escape
 * character, so `"` becomes the Mermaid entity `#quot;`; `%` becomes `#37;` (Mermaid finds
 * `%%{init}%%` directives anywhere in the text, even inside strings); `<` `>` become `#lt;`
 * `#gt;` (no HTML), `;` becomes `#59;` (a raw `;` ends a title), and `#` becomes `#35;` so the
 * user's text is never read as an entity.
 */
export function mermaidText(text: string): string {
  return oneLine(text).replace(/["#%<>;]/g, (char) => MERMAID_ENTITIES[char] ?? char);
}

/** A double-quoted Mermaid C4 macro argument. */
export function mermaidString(text: string): string {
  return `"${mermaidText(text)}"`;
}
