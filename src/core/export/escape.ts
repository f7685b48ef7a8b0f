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

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * What Mermaid must never read in user text, whatever the place: `%%` (it finds `%%{init}%%`
 * directives anywhere, even inside strings) and `#name;` (its entity syntax). A zero-width
 * space splits both, so the text looks the same and means nothing to Mermaid.
 */
function mermaidInert(text: string): string {
  return oneLine(text)
    .replace(/%(?=%)/g, `%${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=[A-Za-z0-9]+;)/g, `#${ZERO_WIDTH_SPACE}`);
}

/**
 * Text for a double-quoted Mermaid C4 macro argument, on one line. Mermaid strings have no
 * escape character and its C4 diagrams print numeric entities as they are (`#quot;` shows as
 * `&quot;`), so a `"` becomes the typographic `”`, the one change a reader can see; `<` and
 * `>` become `#lt;` and `#gt;`, which C4 diagrams print as `<` and `>` (no HTML); `%%` and
 * entity-like `#name;` are made inert. Every other character, `;` included, is kept.
 */
export function mermaidText(text: string): string {
  return mermaidInert(text).replace(/"/g, '”').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/**
 * Text for a Mermaid C4 `title` line, which is not quoted: there `;` and `#` end the title
 * and entities are refused, so `;` becomes the look-alike `;` (Greek question mark), `#` the
 * full-width `＃`, `<` `>` become `‹` `›`, and `"` becomes `”`.
 */
export function mermaidTitle(text: string): string {
  return oneLine(text)
    .replace(/%(?=%)/g, `%${ZERO_WIDTH_SPACE}`)
    .replace(/;/g, '\u037e')
    .replace(/#/g, '＃')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/"/g, '”');
}

/** A double-quoted Mermaid C4 macro argument. */
export function mermaidString(text: string): string {
  return `"${mermaidText(text)}"`;
}
