import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidString, mermaidText, mermaidTitle, oneLine, plantUmlString, plantUmlText, structurizrString, structurizrText } from './escape';
import { HOSTILE_LABELS } from './hostile';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_LABELS));

/** Reads back a Structurizr string body the way the DSL does: `\\` and `\"` are escapes. */
function unescapeStructurizr(body: string): string {
  return body.replace(/\\(.)/g, '$1');
}

describe('oneLine', () => {
  it('turns line breaks into spaces and drops control characters', () => {
    expect(oneLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g')).toBe('a b c d e f g');
    expect(oneLine('tab\there\u0000nul\u0007\u001b[31m')).toBe('tab herenul[31m');
  });

  it('keeps emoji and accents', () => {
    expect(oneLine('🚀 👩‍💻 éàü')).toBe('🚀 👩‍💻 éàü');
  });

  it('never leaves a line break or a control character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // eslint-disable-next-line no-control-regex -- looking for control characters is the point
        expect(oneLine(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });
});

describe('structurizrText', () => {
  it('escapes backslashes and double quotes', () => {
    expect(structurizrString('say "hi" \\ there')).toBe('"say \\"hi\\" \\\\ there"');
  });

  it('puts new lines on one line', () => {
    expect(structurizrText('a\nb')).toBe('a b');
  });

  it('breaks ${...} so nothing is substituted', () => {
    expect(structurizrText('${HOME}')).toBe('$\u200b{HOME}');
  });

  it('reads back as the one-line text (but for the ${ break), and never ends early', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const body = structurizrText(text);
        // every double quote in the body is escaped: the string cannot end early
        expect(body.replace(/\\./g, '')).not.toContain('"');
        expect(body.endsWith('\\') && !body.endsWith('\\\\')).toBe(false);
        expect(unescapeStructurizr(body)).toBe(oneLine(text).replace(/\$\{/g, '$\u200b{'));
      }),
    );
  });
});

describe('plantUmlText', () => {
  it('writes special characters as <U+XXXX> codes', () => {
    expect(plantUmlString('a "b" \\n')).toBe('"a <U+0022>b<U+0022> <U+005C>n"');
    expect(plantUmlText('%date() $x')).toBe('<U+0025>date<U+0028><U+0029> <U+0024>x');
    expect(plantUmlText('!include /etc/passwd')).toBe('<U+0021>include /etc/passwd');
    expect(plantUmlText('@enduml')).toBe('<U+0040>enduml');
    expect(plantUmlText('<script>')).toBe('<U+003C>script<U+003E>');
    expect(plantUmlText('[[link]]')).toBe('<U+005B><U+005B>link<U+005D><U+005D>');
  });

  it('breaks doubled Creole markers', () => {
    expect(plantUmlText('**b** a/b http://x')).toBe('<U+002A>*b<U+002A>* a/b http:<U+002F>/x');
  });

  it('writes parentheses and commas as codes, keeps braces and emoji', () => {
    expect(plantUmlText('a, b) (c { } 🚀')).toBe('a<U+002C> b<U+0029> <U+0028>c { } 🚀');
  });

  it('leaves no character PlantUML would interpret', () => {
    expect(plantUmlText('*(*')).toBe('*<U+0028>*');
    fc.assert(
      fc.property(anyText, (text) => {
        // A code stands for one character: a space keeps `*(*` from reading as `**` here.
        const escaped = plantUmlText(text).replace(/<U\+[0-9A-F]{4,6}>/g, ' ');
        expect(escaped).not.toMatch(/["\\%$<>[\]&@!#~(),\n\r]/);
        expect(escaped).not.toMatch(/([*/_\-^])\1/);
      }),
    );
  });
});

describe('mermaidText', () => {
  it('keeps the text as Mermaid C4 prints it: quotes become typographic, angle brackets entities', () => {
    expect(mermaidString('say "hi"')).toBe('"say ”hi”"');
    expect(mermaidText('<script>alert(1)</script>')).toBe('#lt;script#gt;alert(1)#lt;/script#gt;');
    expect(mermaidText('team; 50% #1')).toBe('team; 50% #1');
  });

  it('splits %% and entity-like #name; with a zero-width space', () => {
    expect(mermaidText('%%{init: {"theme":"dark"}}%%')).toBe('%\u200b%{init: {”theme”:”dark”}}%\u200b%');
    expect(mermaidText('#lt;b#gt; #59;')).toBe('#\u200blt;b#\u200bgt; #\u200b59;');
  });

  it('leaves no quote, angle bracket, %%, entity or line break', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = mermaidText(text);
        expect(out).not.toMatch(/["<>\n\r]|%%/);
        // The only entities are the ones the escaper wrote for < and >.
        expect(out.replace(/#(lt|gt);/g, '')).not.toMatch(/#[A-Za-z0-9]+;/);
      }),
    );
  });
});

describe('mermaidTitle', () => {
  it('writes what ends or breaks an unquoted title as look-alikes', () => {
    expect(mermaidTitle('Shop; <v2> "beta" 100%% #lt;')).toBe('Shop\u037e ‹v2› ”beta” 100%\u200b% ＃lt\u037e');
  });

  it('leaves no semicolon, quote, angle bracket, %% or line break', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(mermaidTitle(text)).not.toMatch(/[;#"<>\n\r]|%%/);
      }),
    );
  });
});
