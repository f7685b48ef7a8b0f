import type { Command } from '../model/commands/types';
import type { PatternId, Severity } from '../model/vocabulary';
import type { Language } from '../i18n';
import type { Localized as CatalogLocalized } from '../catalog/schema';
import type { RuleContext } from './context';

/** The areas of DOMAIN.md §1 a rule belongs to; the Findings tab groups and scores by them. */
export const RULE_CATEGORIES = [
  'data',
  'integration',
  'resilience',
  'serving',
  'edge',
  'release',
  'security',
  'operations',
  'anti-pattern',
  'tenancy',
  'intent',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** A text in both languages (the catalog's type). Templates name parameters in braces: `{source}`. */
export type Localized = CatalogLocalized;

/** A parameter of a message: element names, figures, or a text in both languages. */
export type ParamValue = string | number | Localized;

/**
 * A mechanical fix: one command, applied in one step and undone like any edit. The command is
 * built on demand, in the user's language (components it adds are named in that language).
 */
export interface QuickFix {
  readonly label: Localized;
  readonly command: (language: Language) => Command;
}

/** What a rule's check reports; the engine adds the rule's id, severity and category. */
export interface RawFinding<M extends string = string> {
  /** Which of the rule's messages; `default` when omitted. */
  readonly message?: M;
  /**
   * Values of the message's slots. An undefined value is dropped (so a check may return findings
   * of several shapes in one array literal, where TypeScript types the missing ones `undefined`).
   */
  readonly params?: Readonly<Record<string, ParamValue | undefined>>;
  readonly nodes?: readonly string[];
  readonly edges?: readonly string[];
  readonly groups?: readonly string[];
  readonly fix?: QuickFix;
}

export interface RuleDefinition<M extends string = string> {
  /** Namespaced and stable: `resilience/circuit-breaker`. Policies and labs refer to it. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** The IA007 course module (1 to 9) the rule belongs to. */
  readonly module: number;
  /** When set, the rule runs only in designs that declare one of these patterns. */
  readonly patterns?: readonly PatternId[];
  readonly title: Localized;
  /** Why it matters: shown under each finding and in the rules reference. */
  readonly why: Localized;
  /** How to fix it, in words (the quick fix, when there is one, does it for you). */
  readonly fix: Localized;
  /** Message templates; every rule has `default`. */
  readonly messages: Readonly<Record<M | 'default', Localized>>;
  /** Facts and sources from DOMAIN.md, shown in the rules reference. */
  readonly source?: string;
  /**
   * How far each finding reaches, when the rule reports element by element, so that after an
   * edit of the structure it runs again only near what changed:
   * - `node`: the rule goes through `context.nodes` (or `context.scopeNodes(...)`) and reports
   *   on each component on its own: a finding names that component, and is made from what
   *   lies within two steps of it (its connections, the components at their other ends, their
   *   connections and the components at the other ends of those), groups and shared values.
   * - `edge`: the same for each connection of `context.edges`, named among the finding's
   *   connections, made from it, its two ends, their connections and the components at the
   *   other ends of those, groups and shared values.
   * scopes.test.ts checks both on reference and generated designs. Without a scope, the rule
   * runs again whenever what it looked at changed.
   */
  readonly scope?: 'node' | 'edge';
  readonly check: (context: RuleContext) => readonly RawFinding<M | 'default'>[];
}

export type Rule = RuleDefinition<string>;

/** One problem found in a design, ready to show, sort, filter and fix. */
export interface Finding {
  /**
   * Stable identity of this finding: the rule, the message and the elements involved (for a
   * finding that names no element, its parameters instead).
   */
  readonly key: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  readonly module: number;
  readonly message: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  readonly groups: readonly string[];
  readonly fix?: QuickFix;
}
