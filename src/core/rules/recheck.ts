import type { Design } from '../model/types';
import { evaluateRules, mergeFindings, runRules, sortFindings, type Evaluation } from './evaluate';
import { changedEdgeFields } from './edgeEdits';
import { ANY_EDGE_FIELD, ANY_PROP, isEdgeKey } from './readLog';
import { changedProps } from './propertyEdits';
import { revive } from './plain';
import { carryOver, sameRuleInputs } from './reuse';
import { RuleContext } from './context';
import { afterStructuralEdit, carriedContext, structuralEdit, type StructuralEdit } from './structuralEdits';
import { renamedTexts, type Rename } from './textEdits';
import type { Finding, Localized, ParamValue, Rule } from './types';

function mentions(text: string | Localized | number | undefined, names: readonly string[]): boolean {
  if (text === undefined || typeof text === 'number') return false;
  const texts = typeof text === 'string' ? [text] : [text.en, text.fr];
  return texts.some((t) => names.some((name) => t.includes(name)));
}

/** Whether a finding's message or fix label may hold one of `names`. */
function namesAny(finding: Finding, names: readonly string[]): boolean {
  for (const value of Object.values(finding.params) as ParamValue[]) if (mentions(value, names)) return true;
  return mentions(finding.fix?.label, names);
}

/**
 * A finding with its renamed names written anew, when that is certain: each parameter that
 * names a renamed element is exactly that element's unique old name, the finding names its
 * elements (its key does not hang on its parameters), and its fix label names none. Undefined
 * when the rule must run again to know.
 */
function renamedFinding(finding: Finding, renames: readonly Rename[], names: readonly string[]): Finding | undefined {
  if (mentions(finding.fix?.label, names)) return undefined;
  if (finding.nodes.length + finding.edges.length + finding.groups.length === 0) return undefined;
  let params: Record<string, ParamValue> | undefined;
  for (const [key, value] of Object.entries(finding.params) as [string, ParamValue][]) {
    if (!mentions(value, names)) continue;
    const rename = typeof value === 'string' ? renames.find((r) => r.before === value && r.unique) : undefined;
    if (rename === undefined) return undefined;
    params ??= { ...finding.params };
    params[key] = rename.after;
  }
  return params === undefined ? finding : { ...finding, params };
}

/** What a text edit takes: findings to write anew, and rules to run again. */
export interface TextEditPlan {
  readonly renamed: ReadonlyMap<Finding, Finding>;
  readonly rerun: ReadonlySet<string>;
}

export function planTextEdit(evaluation: Evaluation, renames: readonly Rename[]): TextEditPlan {
  const names = renames.map((r) => r.before);
  const rerun = new Set<string>();
  const renamed = new Map<Finding, Finding>();
  if (names.length === 0) return { rerun, renamed };
  for (const finding of evaluation.findings) {
    if (rerun.has(finding.ruleId) || !namesAny(finding, names)) continue;
    const updated = renamedFinding(finding, renames, names);
    if (updated === undefined) rerun.add(finding.ruleId);
    else renamed.set(finding, updated);
  }
  return { rerun, renamed };
}

/**
 * The findings of `next` after a text edit of `previous` (see renamedTexts): a finding that
 * names a renamed element gets the new name when that is certain (renamedFinding); the rules
 * of the others run again; every other finding is carried over.
 */
export function afterTextEdit(evaluation: Evaluation, next: Design, rules: readonly Rule[], renames: readonly Rename[], edit?: StructuralEdit): Evaluation {
  const { rerun, renamed } = planTextEdit(evaluation, renames);
  // A renamed finding keeps its key, severity and category: its place in the order.
  return rerunOnly(evaluation, next, rules, rerun, (f) => renamed.get(f) ?? f, edit);
}

/**
 * `evaluation` brought to `next` by running again only the rules in `rerun`: the other rules'
 * findings are kept (as `keep` gives them) with their fixes rebuilt against `next`, and merged
 * with the new ones in the engine's order.
 */
function rerunOnly(evaluation: Evaluation, next: Design, rules: readonly Rule[], rerun: ReadonlySet<string>, keep: (f: Finding) => Finding, edit: StructuralEdit | undefined): Evaluation {
  const { trace, ...rest } = evaluation;
  const kept = evaluation.findings.filter((f) => !rerun.has(f.ruleId)).map((f) => revive(keep(f), next));
  // Without the elements the edit changed, the trace cannot follow: an edit of structure after this one runs every rule.
  const followed = trace === undefined || edit === undefined ? undefined : { trace, context: carriedContext(trace, next, edit) };
  const context = followed?.context ?? new RuleContext(next);
  const runs = runRules(context, rules.filter((r) => rerun.has(r.id)));
  const reads = evaluation.reads === undefined ? {} : { reads: { ...evaluation.reads, ...runs.reads } };
  const traced = followed === undefined ? {} : { trace: { context, footprints: { ...followed.trace.footprints, ...runs.footprints } } };
  return { ...rest, findings: mergeFindings(kept, sortFindings(runs.findings)), ...reads, ...traced };
}

/**
 * The rules of an evaluation that read one of `keys` (component property names or connection
 * field keys), or every property of a component when a key is one, or every field of a
 * connection when a key is one; and the rules whose reads are unknown.
 */
export function rulesReading(evaluation: Evaluation, keys: ReadonlySet<string>): Set<string> {
  const wildcards = new Set<string>();
  for (const key of keys) wildcards.add(isEdgeKey(key) ? ANY_EDGE_FIELD : ANY_PROP);
  const rerun = new Set<string>();
  for (const id of evaluation.evaluated) {
    const reads = evaluation.reads?.[id];
    if (reads === undefined || reads.some((key) => keys.has(key) || wildcards.has(key))) rerun.add(id);
  }
  return rerun;
}

/**
 * The findings of `next` after an edit of values (see changedProps and changedEdgeFields): the
 * rules that read one of the changed keys run again, the others' findings are carried over.
 * Sound because every read of a component property or connection field goes through
 * RuleContext, which records it (a lint rule keeps rules from reading them directly): a rule
 * that read none of the changed keys reads the same values in `next`, so it finds the same.
 */
export function afterValueEdit(evaluation: Evaluation, next: Design, rules: readonly Rule[], keys: ReadonlySet<string>, edit?: StructuralEdit): Evaluation {
  const reading = rulesReading(evaluation, keys);
  // Knowing which elements changed, of the rules that read a changed key only those that looked at them run again.
  if (evaluation.trace !== undefined && edit !== undefined) return afterStructuralEdit(evaluation, next, rules, edit, reading);
  return rerunOnly(evaluation, next, rules, reading, (f) => f, edit);
}

/**
 * When two designs differ, for the rules, only in values (component properties, or connection
 * settings), the read-log keys of what changed (see changedProps and changedEdgeFields); null
 * otherwise. What a Web Worker needs to be told to bring its last findings up to date.
 */
export function valueEdits(previous: Design, next: Design): ReadonlySet<string> | null {
  return changedProps(previous, next) ?? changedEdgeFields(previous, next);
}

/**
 * The findings of `next`, knowing those of `previous`: what the app does after every edit. A
 * move, or a change to the design's name or decision records, carries the findings over; a
 * rename runs again only the rules whose messages named what was renamed; a change of property
 * values of components, or of settings of connections, runs again only the rules that read
 * them and looked at the elements changed; an edit of the structure (components, connections
 * or groups added, removed or changed otherwise) runs again only the rules that looked at what
 * changed (see structuralEdits.ts); anything else (the workload, the declared patterns, the
 * policy, custom types) runs every rule.
 * The result is the one `evaluateRules(next, rules)` gives.
 */
export function recheckDesign(previous: Design, evaluation: Evaluation, next: Design, rules: readonly Rule[]): Evaluation {
  if (sameRuleInputs(previous, next)) return carryOver(evaluation, next);
  // Which elements changed, also after an edit of names or values: the trace follows the edit.
  const edit = structuralEdit(previous, next);
  const renamed = renamedTexts(previous, next);
  if (renamed !== null) return afterTextEdit(evaluation, next, rules, renamed, edit ?? undefined);
  const values = valueEdits(previous, next);
  if (values !== null) return afterValueEdit(evaluation, next, rules, values, edit ?? undefined);
  if (edit !== null) return afterStructuralEdit(evaluation, next, rules, edit);
  return evaluateRules(next, rules);
}
