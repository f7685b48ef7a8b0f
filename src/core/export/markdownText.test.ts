import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oneLine } from './escape';
import { HOSTILE_LABELS } from './hostile';
import { splitFences } from './markdownFences';
import { fencedBlock, markdownParagraphs, markdownText } from './markdownText';

const MARKDOWN_HOSTILE = [
  '# heading',
  '## two',
  '> quote',
  '- item',
  '+ item',
  '* item',
  '1. first',
  '12) twelfth',
  '---',
  '===',
  '***',
  '___',
  '```js',
  '~~~',
  '    indented code',
  '| a | b |',
  '[link](http://evil.example) ![img](http://evil.example/x.png) [ref]: http://evil.example',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- c -->',
  '&lt;b&gt; &amp; &#60;',
  '`code` ``two``',
  '**bold** __bold__ *it* _it_ ~~strike~~',
  'https://evil.example www.evil.example mail@evil.example',
  '$x^2$ $$y$$',
  'back\\slash at the end\\',
];
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_LABELS, ...MARKDOWN_HOSTILE));
const multiLine = fc.array(anyText, { maxLength: 6 }).chain((parts) =>
  fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\n  \n', ' '), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
    parts.map((p, i) => `${p}${seps[i] ?? ''}`).join(''),
  ),
);

/** How a renderer reads escaped text back: backslash escapes and the three entities. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');
}

/** The escaped text with its escapes and entities taken out: what a renderer could act on. */
function bare(markdown: string): string {
  return markdown.replace(/\\[!-/:-@[-`{-~]/g, '').replace(/&(amp|lt|gt);/g, '');
}

/** A line a renderer would read as the start of a block, other than a paragraph. */
const BLOCK_START = /^( {4}|\t| {0,3}(#{1,6}( |$)|>|[-+*]( |$)|\d{1,9}[.)]( |$)|=+ *$|-+ *$|(\* *){3,}$|(_ *){3,}$|`{3}|~{3}|<|\|))/;

describe('markdownText', () => {
  it('escapes what would start a block', () => {
    expect(markdownText('# heading')).toBe('\\# heading');
    expect(markdownText('> quote')).toBe('&gt; quote');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('+ item')).toBe('\\+ item');
    expect(markdownText('1. first')).toBe('1\\. first');
    expect(markdownText('12) twelfth')).toBe('12\\) twelfth');
    expect(markdownText('===')).toBe('\\===');
    expect(markdownText('    indented')).toBe('indented');
  });

  it('keeps text that starts no block as it is', () => {
    expect(markdownText('1.5 ms per call')).toBe('1.5 ms per call');
    expect(markdownText('+1 replica')).toBe('+1 replica');
    expect(markdownText('Model server (zone a), 99.9%')).toBe('Model server (zone a), 99.9%');
    expect(markdownText('émoji 🚀 « guillemets » l’apostrophe')).toBe('émoji 🚀 « guillemets » l’apostrophe');
  });

  it('escapes inline markup, raw HTML and entities', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownText('&amp; &#60;')).toBe('&amp;amp; &amp;\\#60;');
    expect(markdownText('**b** _i_ `c` ~~s~~')).toBe('\\*\\*b\\*\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~');
    expect(markdownText('[x](http://e.example) ![i](y)')).toBe('\\[x\\](http\\://e.example) !\\[i\\](y)');
    expect(markdownText('a | b \\ c')).toBe('a \\| b \\\\ c');
    expect(markdownText('$x$')).toBe('\\$x\\$');
  });

  it('breaks the autolinks GitHub would make', () => {
    expect(markdownText('see https://evil.example or WWW.evil.example')).toBe('see https\\://evil.example or WWW\\.evil.example');
    expect(markdownText('mail@evil.example')).toBe('mail\\@evil.example');
    expect(markdownText('_www.evil.example (www.evil.example)')).toBe('\\_www\\.evil.example (www\\.evil.example)');
  });

  it('puts line breaks on one line and drops control characters', () => {
    expect(markdownText('one\ntwo\r\n# three\u2028four')).toBe('one two \\# three four');
    expect(markdownText('tab\there\u0000\u001b[31m')).toBe('tab here\\[31m');
  });

  it('reads back as the trimmed one-line text, and leaves nothing a renderer would act on', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = markdownText(text);
        expect(unescape(escaped)).toBe(oneLine(text).trim());
        expect(bare(escaped)).not.toMatch(/[\\`*_[\]|~#$@<>&\n\r]/);
        expect(bare(escaped)).not.toMatch(/:\/\/|www\./i);
        expect(escaped).not.toMatch(BLOCK_START);
      }),
    );
  });
});

describe('markdownParagraphs', () => {
  it('keeps paragraphs and lines, and escapes every line', () => {
    expect(markdownParagraphs('First line\n# not a heading\n\n\n- not a list\n```\n<div>')).toBe(
      'First line\n\\# not a heading\n\n\\- not a list\n\\`\\`\\`\n&lt;div&gt;',
    );
  });

  it('turns a line of = or - into text, not a heading underline', () => {
    expect(markdownParagraphs('Title\n===\nOther\n---')).toBe('Title\n\\===\nOther\n\\---');
  });

  it('is empty for a blank text', () => {
    expect(markdownParagraphs(' \n\t\n ')).toBe('');
  });

  it('writes lines that each start a paragraph line, with no blank line inside a paragraph', () => {
    fc.assert(
      fc.property(multiLine, (text) => {
        const out = markdownParagraphs(text);
        const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
        // eslint-disable-next-line no-control-regex -- dropping control characters as the escaper does
        expect(words(unescape(out))).toEqual(words(text.replace(/\u0085/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/gu, '')));
        if (out === '') return;
        for (const paragraph of out.split('\n\n')) {
          for (const line of paragraph.split('\n')) {
            expect(line.trim()).not.toBe('');
            expect(line).not.toMatch(BLOCK_START);
            expect(bare(line)).not.toMatch(/[\\`*_[\]|~#$@<>&\r]/);
          }
        }
      }),
    );
  });
});

describe('fencedBlock', () => {
  it('uses three backticks, or more than the longest run inside', () => {
    expect(fencedBlock('mermaid', 'C4Context\n')).toBe('```mermaid\nC4Context\n```');
    expect(fencedBlock('mermaid', 'a ```` b')).toBe('`````mermaid\na ```` b\n`````');
  });

  it('cannot be closed by its content', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, fc.constantFrom('```', '````', '~~~', '  ```', '```mermaid')), { maxLength: 8 }), (lines) => {
        const content = lines.map((l) => `${oneLine(l)}\n`).join('');
        const { fences, outside } = splitFences(`before\n${fencedBlock('mermaid', content)}\nafter`);
        expect(fences).toEqual([{ info: 'mermaid', content }]);
        expect(outside).toEqual(['before', 'after']);
      }),
    );
  });
});
