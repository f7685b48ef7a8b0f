import { describe, expect, it } from 'vitest';
import { defineRule, RULE_CATEGORIES, RULES, type Rule } from '../core';
import { escapeMarkdown, ruleReport, rulesMarkdown, runRules, type RuleReport } from './commands/rules';
import type { CliIo } from './io';
import { main } from './main';

const breaker = defineRule({
  id: 'resilience/fake-breaker',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  title: { en: 'Breakers on calls', fr: 'Disjoncteurs sur les appels' },
  why: { en: 'Failures cascade.', fr: 'Les pannes se propagent.' },
  fix: { en: 'Turn the breaker on.', fr: 'Activez le disjoncteur.' },
  source: 'DOMAIN.md §1 [S11]',
  messages: { default: { en: 'x', fr: 'x' } },
  check: () => [],
});

const canary = defineRule({
  id: 'release/fake-canary',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['canary', 'blue-green'],
  title: { en: 'Weights <b>stepped</b> *slowly*', fr: 'Poids par paliers' },
  why: { en: 'p99 < 200 ms & errors_total | rate.', fr: 'Pourquoi.' },
  fix: { en: 'Add steps.', fr: 'Ajoutez des paliers.' },
  messages: { default: { en: 'x', fr: 'x' } },
  check: () => [],
});

const data = defineRule({
  id: 'data/fake-store',
  category: 'data',
  severity: 'info',
  module: 2,
  title: { en: 'Store pairs', fr: 'Paires de magasins' },
  why: { en: 'Skew.', fr: 'Décalage.' },
  fix: { en: 'Pair them.', fr: 'Associez-les.' },
  messages: { default: { en: 'x', fr: 'x' } },
  check: () => [],
});

const FAKES: readonly Rule[] = [breaker, canary, data];

describe('runRules (text)', () => {
  it('lists the rules by category, in category order, each with its facts, title, why and fix', () => {
    expect(runRules({ lang: 'en', format: 'text' }, FAKES)).toEqual({
      stdout: [
        'Data architecture (1)',
        '  data/fake-store  info  module 2',
        '    Store pairs',
        '    why: Skew.',
        '    fix: Pair them.',
        '',
        'Resilience (1)',
        '  resilience/fake-breaker  warning  module 1',
        '    Breakers on calls',
        '    why: Failures cascade.',
        '    fix: Turn the breaker on.',
        '',
        'Releases (1)',
        '  release/fake-canary  error  module 4  only with canary, blue-green',
        '    Weights <b>stepped</b> *slowly*',
        '    why: p99 < 200 ms & errors_total | rate.',
        '    fix: Add steps.',
        '',
        '3 rules',
      ],
      stderr: [],
      exitCode: 0,
    });
  });

  it('speaks French with --lang fr', () => {
    const { stdout } = runRules({ lang: 'fr', format: 'text' }, [canary, breaker]);
    expect(stdout).toEqual([
      'Résilience (1)',
      '  resilience/fake-breaker  warning  module 1',
      '    Disjoncteurs sur les appels',
      '    pourquoi : Les pannes se propagent.',
      '    correction : Activez le disjoncteur.',
      '',
      'Mises en production (1)',
      '  release/fake-canary  error  module 4  seulement avec canary, blue-green',
      '    Poids par paliers',
      '    pourquoi : Pourquoi.',
      '    correction : Ajoutez des paliers.',
      '',
      '2 règles',
    ]);
  });

  it('says when there is no rule', () => {
    expect(runRules({ lang: 'en', format: 'text' }, []).stdout).toEqual(['0 rules']);
  });
});

describe('runRules (json)', () => {
  it('prints the rules as one array, in registry order, texts in the chosen language', () => {
    const result = runRules({ lang: 'fr', format: 'json' }, FAKES);
    expect(result.exitCode).toBe(0);
    const reports = JSON.parse(result.stdout.join('\n')) as RuleReport[];
    expect(reports).toEqual([
      {
        id: 'resilience/fake-breaker',
        severity: 'warning',
        category: 'resilience',
        module: 1,
        patterns: [],
        title: 'Disjoncteurs sur les appels',
        why: 'Les pannes se propagent.',
        fix: 'Activez le disjoncteur.',
        source: 'DOMAIN.md §1 [S11]',
      },
      {
        id: 'release/fake-canary',
        severity: 'error',
        category: 'release',
        module: 4,
        patterns: ['canary', 'blue-green'],
        title: 'Poids par paliers',
        why: 'Pourquoi.',
        fix: 'Ajoutez des paliers.',
        source: null,
      },
      {
        id: 'data/fake-store',
        severity: 'info',
        category: 'data',
        module: 2,
        patterns: [],
        title: 'Paires de magasins',
        why: 'Décalage.',
        fix: 'Associez-les.',
        source: null,
      },
    ]);
  });
});

describe('runRules (markdown)', () => {
  it('writes a section per category and a subsection per rule, rule text escaped', () => {
    const { stdout, exitCode } = runRules({ lang: 'en', format: 'markdown' }, [canary]);
    expect(exitCode).toBe(0);
    expect(stdout).toEqual([
      '## Releases (1)',
      '',
      '### `release/fake-canary`',
      '',
      '**Weights \\<b\\>stepped\\</b\\> \\*slowly\\***',
      '',
      '- Severity: error',
      '- IA007 module: 4',
      '- Patterns: `canary` (Canary release), `blue-green` (Blue-green release)',
      '',
      '**Why it matters.** p99 \\< 200 ms &amp; errors\\_total \\| rate.',
      '',
      '**How to fix.** Add steps.',
    ]);
  });

  it('says a rule without patterns runs on every design, gives its source, and can add the title in another language', () => {
    const lines = rulesMarkdown([breaker], 'en', { headingLevel: 3, titleAlso: 'fr' });
    expect(lines.slice(0, 10)).toEqual([
      '### Resilience (1)',
      '',
      '#### `resilience/fake-breaker`',
      '',
      '**Breakers on calls**',
      '',
      '- French title: Disjoncteurs sur les appels',
      '- Severity: warning',
      '- IA007 module: 1',
      '- Patterns: none (runs on every design)',
    ]);
    expect(lines[10]).toBe('- Source: DOMAIN.md §1 \\[S11\\]');
  });

  it('speaks French', () => {
    const lines = rulesMarkdown([breaker], 'fr', { titleAlso: 'en' });
    expect(lines).toContain('- Titre anglais : Breakers on calls');
    expect(lines).toContain('- Gravité : warning');
    expect(lines).toContain('**Pourquoi c’est important.** Les pannes se propagent.');
  });

  it('escapes what Markdown or HTML would interpret', () => {
    expect(escapeMarkdown('a_b *c* `d` [e](f) <g> h|i # j ~k~ & \\')).toBe('a\\_b \\*c\\* \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\# j \\~k\\~ &amp; \\\\');
  });
});

describe('runRules over the built-in rules', () => {
  it('lists every rule once, grouped by category', () => {
    const { stdout } = runRules({ lang: 'en', format: 'text' });
    const ids = stdout.filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/)[0]);
    const expected = RULE_CATEGORIES.flatMap((category) => RULES.filter((r) => r.category === category).map((r) => r.id));
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(RULES.length);
    expect(stdout.at(-1)).toBe(`${RULES.length} rules`);
  });

  it('prints every rule in JSON, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const reports = JSON.parse(runRules({ lang, format: 'json' }).stdout.join('\n')) as RuleReport[];
      expect(reports).toEqual(RULES.map((rule) => ruleReport(rule, lang)));
    }
  });

  it('has ids, titles, whys and fixes in both languages for every rule', () => {
    const faults = RULES.flatMap((rule) =>
      (['title', 'why', 'fix'] as const).flatMap((field) =>
        (['en', 'fr'] as const).filter((lang) => rule[field][lang].trim() === '').map((lang) => `${rule.id}: ${field}.${lang}`),
      ),
    );
    expect(faults).toEqual([]);
    expect(RULES.every((rule) => /^[a-z-]+\/[a-z0-9-]+$/.test(rule.id))).toBe(true);
  });
});

function fakeIo(env: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    readText: () => {
      throw new Error('no file expected');
    },
    env,
  };
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('main rules (in process)', () => {
  it('runs with its options and exits 0', async () => {
    const io = fakeIo({ LANG: 'fr_FR.UTF-8' });
    expect(await main(argv('rules'), io)).toBe(0);
    expect(io.out.join('')).toMatch(/ règles?\n$/);
    io.out.length = 0;
    expect(await main(argv('rules', '--format', 'json', '--lang', 'en'), io)).toBe(0);
    expect((JSON.parse(io.out.join('')) as RuleReport[]).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    io.out.length = 0;
    expect(await main(argv('rules', '--format', 'markdown'), io)).toBe(0);
    expect(io.out.join('')).toMatch(/^## /);
  });

  it('exits 2 for a bad option, and is listed in the help', async () => {
    const io = fakeIo();
    expect(await main(argv('rules', '--format', 'html'), io)).toBe(2);
    expect(await main(argv('rules', '--lang', 'de'), io)).toBe(2);
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('rules [options]');
  });
});
