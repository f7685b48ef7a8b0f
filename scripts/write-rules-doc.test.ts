import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineRule, RULES } from '../src/core';
import { headingAnchor, RULES_DOC_PATH, rulesDocText } from './write-rules-doc';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs:rules` to regenerate it)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(rulesDocText());
  });

  it('has a section for every rule, with its French title, linked from the table', () => {
    const text = rulesDocText();
    for (const rule of RULES) {
      expect(text).toContain(`\n### \`${rule.id}\`\n`);
      expect(text).toContain(`(#${headingAnchor(`\`${rule.id}\``)})`);
    }
    expect(text.match(/^- French title: /gm)).toHaveLength(RULES.length);
  });

  it('is the same text on every call', () => {
    expect(rulesDocText()).toBe(rulesDocText());
  });
});

describe('rulesDocText', () => {
  const rule = defineRule({
    id: 'security/fake-tls',
    category: 'security',
    severity: 'error',
    module: 6,
    patterns: ['zero-trust'],
    title: { en: 'TLS on | every edge', fr: 'TLS sur chaque lien' },
    why: { en: 'Plain text can be read.', fr: 'Le texte clair se lit.' },
    fix: { en: 'Turn TLS on.', fr: 'Activez TLS.' },
    source: 'DOMAIN.md §1 Security [S21]',
    messages: { default: { en: 'x', fr: 'x' } },
    check: () => [],
  });

  it('writes English with the French title, the patterns, the source, escaped for Markdown', () => {
    const text = rulesDocText([rule]);
    expect(text).toContain('The 1 rule ArchLab checks a design against, in 1 category');
    expect(text).toContain('| [`security/fake-tls`](#securityfake-tls) | error | 6 | TLS on \\| every edge |');
    expect(text).toContain(
      [
        '## Security (1)',
        '',
        '### `security/fake-tls`',
        '',
        '**TLS on \\| every edge**',
        '',
        '- French title: TLS sur chaque lien',
        '- Severity: error',
        '- IA007 module: 6',
        '- Patterns: `zero-trust` (Zero trust)',
        '- Source: DOMAIN.md §1 Security \\[S21\\]',
        '',
        '**Why it matters.** Plain text can be read.',
        '',
        '**How to fix.** Turn TLS on.',
        '',
      ].join('\n'),
    );
    expect(text.endsWith('Turn TLS on.\n')).toBe(true);
  });

  it('makes anchors as GitHub does', () => {
    expect(headingAnchor('`data/lambda-layers`')).toBe('datalambda-layers');
    expect(headingAnchor('Edge and federated learning (2)')).toBe('edge-and-federated-learning-2');
  });
});
