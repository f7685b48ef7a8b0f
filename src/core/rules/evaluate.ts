import type { Design } from '../model/types';
import { SEVERITIES, type Severity } from '../model/vocabulary';
import { RuleContext } from './context';
import { RULE_CATEGORIES, type Finding, type ParamValue, type RawFinding, type Rule } from './types';

/** The result of checking a design: its findings, sorted, and which rules ran. */
export interface Evaluation {
  readonly findings: readonly Finding[];
  /** Ids of the rules that ran (not switched off, pattern declared where the rule needs one). */
  readonly evaluated: readonly string[];
  /** The severity each evaluated rule ran with, after the design's policy. */
  readonly severities: Readonly<Record<string, Severity>>;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const CATEGORY_RANK = new Map(RULE_CATEGORIES.map((c, i) => [c, String(i).padStart(2, '0')]));

/** A string that sorts findings: severity, category, then the key (which starts with the rule id). */
function sortKey(finding: Finding): string {
  return `${SEVERITY_RANK.get(finding.severity)!}${CATEGORY_RANK.get(finding.category)!}${finding.key}`;
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
 * A finding's identity: its rule, its message and the elements it names. A design-wide finding
 * names no element (a pattern the design looks like), so its parameters tell it apart instead;
 * without them, every such finding of a rule would share one key and all but one would be lost.
 */
function findingKey(ruleId: string, message: string, elements: readonly string[], params: Readonly<Record<string, ParamValue>>): string {
  return `${ruleId}|${message}|${elements.length > 0 ? elements.join(',') : paramsKey(params)}`;
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
  const elements = nodes.length + edges.length + groups.length === 0 ? NO_IDS : nodes.concat(edges, groups);
  return {
    key: findingKey(rule.id, message, elements, params),
    ruleId: rule.id,
    severity,
    category: rule.category,
    module: rule.module,
    message,
    params,
    nodes,
    edges,
    groups,
    ...(raw.fix === undefined ? {} : { fix: raw.fix }),
  };
}

/**
 * Runs the rules on a design and returns every finding, deterministically sorted (severity,
 * category, rule, elements). Pure: the same design always gives the same result. The design's
 * policy switches rules off and changes severities.
 */
export function evaluateRules(design: Design, rules: readonly Rule[]): Evaluation {
  const context = new RuleContext(design);
  const findings = new Map<string, Finding>();
  const evaluated: string[] = [];
  const severities: Record<string, Severity> = {};
  for (const rule of rules) {
    if (!ruleApplies(rule, design)) continue;
    const severity = design.rulePolicy.severity[rule.id] ?? rule.severity;
    evaluated.push(rule.id);
    severities[rule.id] = severity;
    for (const raw of rule.check(context)) {
      const finding = toFinding(rule, severity, raw);
      if (!findings.has(finding.key)) findings.set(finding.key, finding);
    }
  }
  return { findings: sortFindings(findings.values()), evaluated, severities };
}

/** Findings in the engine's order: severity, category, then rule and elements. */
export function sortFindings(findings: Iterable<Finding>): Finding[] {
  const sorted = [...findings].map((f) => [sortKey(f), f] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sorted.map((entry) => entry[1]);
}
