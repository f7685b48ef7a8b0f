import { Option, type Command } from 'commander';
import { PATTERN_INFO, RULE_CATEGORIES, RULES, translate, type Language, type PatternId, type Rule, type RuleCategory, type Severity } from '../../core';
import { emit, EXIT, langOption, type CommandResult, type RegisterCommand } from '../command';

export const RULES_FORMATS = ['text', 'json', 'markdown'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];

export interface RulesOptions {
  lang: Language;
  format: RulesFormat;
}

/** One rule as `rules --format json` prints it, texts in the chosen language. */
export interface RuleReport {
  id: string;
  severity: Severity;
  category: RuleCategory;
  module: number;
  /** The patterns a design must declare for the rule to run; empty: it runs on every design. */
  patterns: PatternId[];
  title: string;
  why: string;
  fix: string;
  source: string | null;
}

export function ruleReport(rule: Rule, lang: Language): RuleReport {
  return {
    id: rule.id,
    severity: rule.severity,
    category: rule.category,
    module: rule.module,
    patterns: [...(rule.patterns ?? [])],
    title: rule.title[lang],
    why: rule.why[lang],
    fix: rule.fix[lang],
    source: rule.source ?? null,
  };
}

/** The rules by category, in the order of RULE_CATEGORIES, empty categories left out. */
function byCategory(rules: readonly Rule[]): [RuleCategory, Rule[]][] {
  return RULE_CATEGORIES.map((category) => [category, rules.filter((rule) => rule.category === category)] as [RuleCategory, Rule[]]).filter(
    ([, members]) => members.length > 0,
  );
}

function rulesText(rules: readonly Rule[], lang: Language): string[] {
  const lines: string[] = [];
  for (const [category, members] of byCategory(rules)) {
    if (lines.length > 0) lines.push('');
    lines.push(`${translate(lang, `findings.categories.${category}`)} (${members.length})`);
    for (const rule of members) {
      let head = `  ${rule.id}  ${rule.severity}  ${translate(lang, 'cliCheck.module', { module: rule.module })}`;
      if (rule.patterns !== undefined) head += `  ${translate(lang, 'cliCheck.patterns', { patterns: rule.patterns.join(', ') })}`;
      lines.push(head);
      lines.push(`    ${rule.title[lang]}`);
      lines.push(`    ${translate(lang, 'cliCheck.why', { text: rule.why[lang] })}`);
      lines.push(`    ${translate(lang, 'cliCheck.fix', { text: rule.fix[lang] })}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(translate(lang, 'cliCheck.rulesTotal', { count: rules.length }));
  return lines;
}

/** Text for Markdown: characters Markdown or HTML would interpret are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

export interface MarkdownOptions {
  /** Level of the category headings (rules one below). Default 2. */
  headingLevel?: number;
  /** Also give each rule's title in this language. */
  titleAlso?: Language;
  /** Also give each rule's source. Default true. */
  sources?: boolean;
}

/**
 * The rules as Markdown: a section per category, a subsection per rule (its id as heading) with
 * its title, severity, module, patterns, why and how to fix. All rule text is escaped.
 */
export function rulesMarkdown(rules: readonly Rule[], lang: Language, options: MarkdownOptions = {}): string[] {
  const level = options.headingLevel ?? 2;
  const label = (key: 'severity' | 'module' | 'patterns' | 'why' | 'fix' | 'source') => translate(lang, `cliCheck.markdown.${key}`);
  const item = (name: string, value: string | number) => `- ${translate(lang, 'cliCheck.markdown.item', { label: name, value })}`;
  const lines: string[] = [];
  for (const [category, members] of byCategory(rules)) {
    if (lines.length > 0) lines.push('');
    lines.push(`${'#'.repeat(level)} ${escapeMarkdown(translate(lang, `findings.categories.${category}`))} (${members.length})`);
    for (const rule of members) {
      const patterns =
        rule.patterns === undefined
          ? escapeMarkdown(translate(lang, 'cliCheck.markdown.everyDesign'))
          : rule.patterns.map((p) => `\`${p}\` (${escapeMarkdown(PATTERN_INFO[p].name[lang])})`).join(', ');
      lines.push('', `${'#'.repeat(level + 1)} \`${rule.id}\``, '', `**${escapeMarkdown(rule.title[lang])}**`, '');
      if (options.titleAlso !== undefined && options.titleAlso !== lang) {
        lines.push(item(translate(lang, `cliCheck.markdown.titleIn.${options.titleAlso}`), escapeMarkdown(rule.title[options.titleAlso])));
      }
      lines.push(item(label('severity'), rule.severity), item(label('module'), rule.module), item(label('patterns'), patterns));
      if ((options.sources ?? true) && rule.source !== undefined) lines.push(item(label('source'), escapeMarkdown(rule.source)));
      lines.push('', `**${label('why')}.** ${escapeMarkdown(rule.why[lang])}`, '', `**${label('fix')}.** ${escapeMarkdown(rule.fix[lang])}`);
    }
  }
  return lines;
}

/**
 * `archlab rules`, without the side effects: lists the rules (the built-in ones unless `rules`
 * is given) as text by category, as JSON, or as Markdown. Always exits 0.
 */
export function runRules(options: RulesOptions, rules: readonly Rule[] = RULES): CommandResult {
  const { lang, format } = options;
  switch (format) {
    case 'json':
      return { stdout: [JSON.stringify(rules.map((rule) => ruleReport(rule, lang)), null, 2)], stderr: [], exitCode: EXIT.ok };
    case 'markdown':
      return { stdout: rulesMarkdown(rules, lang), stderr: [], exitCode: EXIT.ok };
    case 'text':
      return { stdout: rulesText(rules, lang), stderr: [], exitCode: EXIT.ok };
  }
}

export const registerRules: RegisterCommand = (program: Command, context) => {
  program
    .command('rules')
    .description('list the architecture rules that `archlab check` runs, with why they matter and how to fix what they find')
    .addOption(new Option('--format <format>', 'output format').choices([...RULES_FORMATS]).default('text'))
    .addOption(langOption(context.defaultLanguage))
    .addHelpText(
      'after',
      [
        '',
        'Text: one section per category; each rule as "id  severity  module", the patterns it needs if any,',
        'then its title, why it matters and how to fix it. JSON: an array of',
        '{ id, severity, category, module, patterns, title, why, fix, source }. Markdown: a reference page.',
        '',
        'Examples:',
        '  archlab rules --lang fr',
        "  archlab rules --format json | jq -r '.[] | select(.severity == \"error\") | .id'",
      ].join('\n'),
    )
    .action((options: RulesOptions) => {
      emit(context, runRules(options));
    });
};
