import type { Design } from '../model/types';
import { SEVERITIES, type Severity } from '../model/vocabulary';
import { RuleContext } from './context';
import type { Footprint } from './readLog';
import { RULE_CATEGORIES, type Finding, type ParamValue, type RawFinding, type Rule } from './types';

/** The result of checking a design: its findings, sorted, and which rules ran. */
export interface Evaluation {
  readonly findings: readonly Finding[];
  /** Ids of the rules that ran (not switched off, pattern declared where the rule needs one). */
  readonly evaluated: readonly string[];
  /** The severity each evaluated rule ran with, after the design's policy. */
  readonly severities: Readonly<Record<string, Severity>>;
  /**
   * The keys of the component properties and connection fields each evaluated rule read (see
   * readLog.ts; `*` and `edge.*`: all of some component's or connection's), sorted. After an edit
   * of other values, a rule's findings stand as they are. Absent when unknown.
   */
  readonly reads?: Readonly<Record<string, readonly string[]>>;
  /**
   * What an edit needs to bring the findings up to date (see structuralEdits.ts); absent when
   * unknown (an evaluation made in a worker, or after an edit whose changed elements were not
   * given), and then an edit of the structure runs every rule.
   */
  readonly trace?: EvaluationTrace;
}

/** How an evaluation came about: the context its rules ran on and what each rule looked at. */
export interface EvaluationTrace {
  /** The context of the design the findings are for, with the shared values the rules used. */
  readonly context: RuleContext;
  /** What each evaluated rule looked at of the structure (see Footprint). */
  readonly footprints: Readonly<Record<string, Footprint>>;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const CATEGORY_RANK = new Map(RULE_CATEGORIES.map((c, i) => [c, i]));

/** The engine's order: severity, category, then the key (which starts with the rule id). */
function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)!
    || CATEGORY_RANK.get(a.category)! - CATEGORY_RANK.get(b.category)!
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Whether a rule runs on a design: not switched off, and its pattern declared if it needs one. */
export function ruleApplies(rule: Rule, design: Design): boolean {
  if (design.rulePolicy.disabled.includes(rule.id)) return false;
  return rule.patterns === undefined || rule.patterns.some((p) => design.patterns.includes(p));
}

/** The parameters in a stable form: sorted by name, texts in both languages. */
function paramsKey(params: Readonly<Record<string, ParamValue>>): string {
  return Object.keys(params)
    .sort()
    .map((name) => {
      const value = params[name]!;
      return `${name}=${typeof value === 'object' ? `${value.en}/${value.fr}` : String(value)}`;
    })
    .join(';');
}

/**
 * A finding's identity: its rule, its message and the elements it names (nodes, edges, then
 * groups). A design-wide finding names no element (a pattern the design looks like), so its
 * parameters tell it apart instead; without them, every such finding of a rule would share one
 * key and all but one would be lost.
 */
function findingKey(ruleId: string, message: string, nodes: readonly string[], edges: readonly string[], groups: readonly string[], params: Readonly<Record<string, ParamValue>>): string {
  if (nodes.length + edges.length + groups.length === 0) return `${ruleId}|${message}|${paramsKey(params)}`;
  const lists = [nodes, edges, groups].filter((ids) => ids.length > 0);
  return `${ruleId}|${message}|${lists.map((ids) => ids.join(',')).join(',')}`;
}

const NO_IDS: readonly string[] = [];
const NO_PARAMS: Readonly<Record<string, ParamValue>> = {};

/** The parameters without the ones a check left undefined (copied only when there are some). */
function definedParams(raw: RawFinding['params']): Readonly<Record<string, ParamValue>> {
  if (raw === undefined) return NO_PARAMS;
  let clean: Record<string, ParamValue> | undefined;
  for (const name in raw) {
    if (raw[name] !== undefined) continue;
    clean ??= { ...raw } as Record<string, ParamValue>;
    delete clean[name];
  }
  return clean ?? (raw as Readonly<Record<string, ParamValue>>);
}

function toFinding(rule: Rule, severity: Severity, raw: RawFinding): Finding {
  const message = raw.message ?? 'default';
  const nodes = raw.nodes ?? NO_IDS;
  const edges = raw.edges ?? NO_IDS;
  const groups = raw.groups ?? NO_IDS;
  const params = definedParams(raw.params);
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    key: findingKey(rule.id, message, nodes, edges, groups, params),
    ruleId: rule.id,
    severity,
    category: rule.category,
    module: rule.module,
    message,
    params,
    nodes,
    edges,
    groups,
  };
  if (raw.fix !== undefined) finding.fix = raw.fix;
  return finding;
}

/** What some rules found on a context, and what each read and looked at. */
export interface RuleRuns {
  readonly findings: Finding[];
  readonly evaluated: string[];
  readonly severities: Record<string, Severity>;
  readonly reads: Record<string, readonly string[]>;
  readonly footprints: Record<string, Footprint>;
}

/**
 * Runs the rules that apply to the context's design. A scoped rule (see RuleDefinition.scope)
 * for which `only` gives ids runs on those components or connections alone.
 */
export function runRules(context: RuleContext, rules: readonly Rule[], only?: (rule: Rule) => ReadonlySet<string> | undefined): RuleRuns {
  const { design } = context;
  const runs: RuleRuns = { findings: [], evaluated: [], severities: {}, reads: {}, footprints: {} };
  for (const rule of rules) {
    if (!ruleApplies(rule, design)) continue;
    const severity = design.rulePolicy.severity[rule.id] ?? rule.severity;
    runs.evaluated.push(rule.id);
    runs.severities[rule.id] = severity;
    const ids = rule.scope === undefined ? undefined : only?.(rule);
    if (ids !== undefined) context.restrictTo(rule.scope === 'node' ? ids : undefined, rule.scope === 'edge' ? ids : undefined);
    try {
      const run = context.tracked(() => {
        for (const raw of rule.check(context)) runs.findings.push(toFinding(rule, severity, raw));
      }, rule.scope !== undefined);
      runs.reads[rule.id] = run.reads.size === 0 ? NO_IDS : [...run.reads].sort();
      runs.footprints[rule.id] = run.footprint;
    } finally {
      context.unrestrict();
    }
  }
  return runs;
}

/**
 * Runs the rules on a design and returns every finding, deterministically sorted (severity,
 * category, rule, elements). Pure: the same design always gives the same result. The design's
 * policy switches rules off and changes severities.
 */
export function evaluateRules(design: Design, rules: readonly Rule[]): Evaluation {
  const context = new RuleContext(design);
  const { findings, evaluated, severities, reads, footprints } = runRules(context, rules);
  return { findings: sortFindings(findings), evaluated, severities, reads, trace: { context, footprints } };
}

/**
 * Findings in the engine's order (severity, category, then rule and elements), each key once:
 * the sort is stable, so of findings sharing a key the first one reported stays.
 */
export function sortFindings(findings: Iterable<Finding>): Finding[] {
  const sorted: Finding[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (sorted.length > 0 && sorted[sorted.length - 1]!.key === finding.key) continue;
    sorted.push(finding);
  }
  return sorted;
}

/**
 * Two lists in the engine's order, from rules that share none, as one list in that order (what
 * sortFindings gives for both together, in linear time).
 */
export function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const merged = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = compareFindings(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}
