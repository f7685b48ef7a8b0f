import type { Design } from '../model/types';
import { RuleContext } from './context';
import { mergeFindings, runRules, sortFindings, evaluateRules, type Evaluation, type EvaluationTrace } from './evaluate';
import { revive } from './plain';
import { ALL_EDGES, ALL_NODES, GROUPS, mergeFootprints, type Footprint } from './readLog';
import { sameRuleInputs } from './reuse';
import { sameShared } from './sameValue';
import type { Finding, Rule } from './types';

/** What an edit changed of a design's structure: the ids of the elements added, removed or changed. */
export interface StructuralEdit {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
}

/**
 * The ids of the elements of `after` that are not in `before` as they are, and of those of
 * `before` no longer in `after`; null when the elements both keep are not in the same order (the
 * rules report in design order, so every rule must run again). The document's updates keep
 * unchanged elements as they are, so this compares references.
 */
function changedIds<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): Set<string> | null {
  const changed = new Set<string>();
  if (before === after) return changed;
  // The usual edits keep every element in its place and change or append a few.
  let i = 0;
  while (i < before.length && i < after.length && before[i]!.id === after[i]!.id) {
    if (before[i] !== after[i]) changed.add(after[i]!.id);
    i += 1;
  }
  if (i === before.length) {
    for (let j = i; j < after.length; j += 1) changed.add(after[j]!.id);
    return changed;
  }
  const now = new Map(after.map((e) => [e.id, e]));
  const was = new Set<string>();
  for (const e of before) {
    was.add(e.id);
    const found = now.get(e.id);
    if (found !== e) changed.add(e.id);
  }
  // The elements both keep come in the same order.
  let p = 0;
  for (const e of after) {
    if (!was.has(e.id)) {
      changed.add(e.id);
      continue;
    }
    while (p < before.length && !now.has(before[p]!.id)) p += 1;
    if (before[p]?.id !== e.id) return null;
    p += 1;
  }
  return changed;
}

/**
 * What changed of the structure between two designs whose other rule inputs (custom types,
 * workload, patterns, policy) are the same; null otherwise, or when elements changed order.
 */
export function structuralEdit(previous: Design, next: Design): StructuralEdit | null {
  if (!sameRuleInputs(previous, next, 'nodes', 'edges', 'groups')) return null;
  const nodes = changedIds(previous.nodes, next.nodes);
  const edges = changedIds(previous.edges, next.edges);
  const groups = changedIds(previous.groups, next.groups);
  return nodes === null || edges === null || groups === null ? null : { nodes, edges, groups };
}

/** The components one connection away from a component, in either context. */
function* neighbours(contexts: readonly RuleContext[], id: string): Generator<string> {
  for (const context of contexts) for (const e of context.connectionsOf(id)) yield e.source === id ? e.target : e.source;
}

function meets(ids: ReadonlySet<string> | undefined, changed: ReadonlySet<string>): boolean {
  if (ids === undefined || changed.size === 0) return false;
  const [small, large] = ids.size <= changed.size ? [ids, changed] : [changed, ids];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

/** An edit seen from the two contexts: what each footprint and each scoped rule's elements are concerned by. */
class EditReach {
  /** The components at either end, before or after, of each connection changed. */
  readonly ends = new Set<string>();
  /** The roles of the changed components, before and after. */
  readonly roles = new Set<string>();
  /** Whether a changed component is at the end of some connection, before or after. */
  readonly connectedChanged: boolean;
  /** The components whose findings in a `node`-scoped rule may change (removed ones included). */
  readonly nearNodes: ReadonlySet<string>;
  /** The connections whose findings in an `edge`-scoped rule may change. */
  readonly nearEdges: ReadonlySet<string>;

  constructor(readonly edit: StructuralEdit, before: RuleContext, after: RuleContext) {
    for (const id of edit.edges) {
      for (const e of [before.connection(id), after.connection(id)]) {
        if (e === undefined) continue;
        this.ends.add(e.source);
        this.ends.add(e.target);
      }
    }
    const contexts = [before, after];
    let connected = false;
    for (const id of edit.nodes) for (const context of contexts) if (context.connectionsOf(id).length > 0) connected = true;
    this.connectedChanged = connected;
    // The components one step from a changed component, or at the end of a changed connection.
    const oneStep = new Set<string>([...edit.nodes, ...this.ends]);
    for (const id of edit.nodes) for (const id2 of neighbours(contexts, id)) oneStep.add(id2);
    // …and one more step: a component's findings may hang on what is two steps away.
    const twoSteps = new Set<string>(oneStep);
    for (const id of oneStep) for (const id2 of neighbours(contexts, id)) twoSteps.add(id2);
    this.nearNodes = twoSteps;
    const edges = new Set<string>(edit.edges);
    for (const id of oneStep) for (const context of contexts) for (const e of context.connectionsOf(id)) edges.add(e.id);
    this.nearEdges = edges;
    for (const id of edit.nodes) {
      for (const context of contexts) {
        const node = context.component(id);
        if (node !== undefined) for (const role of context.roles(node)) this.roles.add(role);
      }
    }
  }

  /**
   * Whether a shared value made by RuleContext.edgesWhere, with this footprint, can be brought
   * to the next design by testing again the connections near the edit alone: its test looked at
   * no group that changed, no list of components by role that changed, and no other shared value
   * that changed.
   */
  refreshable(footprint: Footprint, memoChanged: (key: string) => boolean): boolean {
    const { flags } = footprint;
    if ((flags & ALL_NODES) !== 0 || ((flags & GROUPS) !== 0 && this.edit.groups.size > 0)) return false;
    if (meets(footprint.roles, this.roles)) return false;
    if (footprint.memo !== undefined) for (const key of footprint.memo) if (memoChanged(key)) return false;
    return true;
  }

  /** Whether code with this footprint could see something different, given which shared values changed. */
  touches(footprint: Footprint, memoChanged: (key: string) => boolean): boolean {
    const { nodes, edges, groups } = this.edit;
    const { flags } = footprint;
    if ((flags & ALL_NODES) !== 0 && nodes.size > 0) return true;
    if ((flags & ALL_EDGES) !== 0 && (edges.size > 0 || this.connectedChanged)) return true;
    if ((flags & GROUPS) !== 0 && groups.size > 0) return true;
    if (meets(footprint.roles, this.roles) || meets(footprint.nodes, nodes) || meets(footprint.adjacency, this.ends) || meets(footprint.edges, edges)) return true;
    if (footprint.memo !== undefined) for (const key of footprint.memo) if (memoChanged(key)) return true;
    return false;
  }
}

/** Findings in the engine's order without the second of two with one key (found again for an element run again). */
function withoutRepeats(findings: Finding[]): Finding[] {
  let k = 0;
  for (const f of findings) if (k === 0 || findings[k - 1]!.key !== f.key) findings[k++] = f;
  findings.length = k;
  return findings;
}

/** `reads` with what the shared values `memo` read in `context`. */
function readsWith(reads: Iterable<string>, memo: ReadonlySet<string>, context: RuleContext): Set<string> {
  const keys = new Set(reads);
  for (const key of memo) for (const read of context.memoEntries().get(key)?.reads ?? []) keys.add(read);
  return keys;
}

/**
 * The context of an evaluation brought to `next` after an edit of values or names (whose
 * changed elements `edit` names): its shared values, but those that looked at a changed
 * element, which are dropped and computed again when used. A later edit of the structure
 * counts a dropped value as changed for the rules that used it.
 */
export function carriedContext(trace: EvaluationTrace, next: Design, edit: StructuralEdit): RuleContext {
  const context = new RuleContext(next, trace.context);
  const reach = new EditReach(edit, trace.context, context);
  const known = trace.context.memoEntries();
  const used = usedMemo(trace);
  const dropped = new Set<string>();
  for (const [key, entry] of known) {
    if ((!used.has(key) && !entry.near) || reach.touches(entry.footprint, (k) => dropped.has(k) || !known.has(k))) dropped.add(key);
    else context.seedMemo(key, entry);
  }
  return context;
}

/** The shared values the rules of a trace (or those of `rules`) use, directly or through other shared values. */
function usedMemo(trace: EvaluationTrace, rules?: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  for (const [id, footprint] of Object.entries(trace.footprints)) {
    if (rules === undefined || rules.has(id)) for (const key of footprint.memo ?? []) used.add(key);
  }
  // A value comes after those it used: from the last, each used one brings in its own.
  const entries = [...trace.context.memoEntries()];
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const [key, entry] = entries[i]!;
    if (used.has(key)) for (const inner of entry.footprint.memo ?? []) used.add(inner);
  }
  return used;
}

/**
 * The findings of `next` after an edit of its structure (components, connections or groups
 * added, removed or changed), knowing the evaluation of the design before it and its trace:
 * - a shared value (RuleContext.cached) that looked at nothing changed is carried over; one
 *   that did is computed again, and counts as changed only if it differs;
 * - a rule that looked at nothing changed, and no changed shared value, keeps its findings;
 * - a scoped rule (RuleDefinition.scope) runs again only on the elements near the edit;
 * - any other rule runs again.
 * After an edit of values, `only` holds the rules that read one of them: no other runs again,
 * and the shared values that looked at a changed element are dropped (computed again when used)
 * rather than compared, as values rarely change what they hold.
 * The result is the one `evaluateRules(next, rules)` gives; without a trace, that is what runs.
 */
export function afterStructuralEdit(evaluation: Evaluation, next: Design, rules: readonly Rule[], edit: StructuralEdit, only?: ReadonlySet<string>): Evaluation {
  const trace = evaluation.trace;
  if (trace === undefined) return evaluateRules(next, rules);
  const context = new RuleContext(next, trace.context);
  const reach = new EditReach(edit, trace.context, context);

  const changedMemo = new Set<string>();
  // A shared value missing from the trace was dropped by an edit of values or names (see carriedContext).
  const known = trace.context.memoEntries();
  const memoChanged = (key: string) => changedMemo.has(key) || !known.has(key);
  /** Shared values computed again, the same or not: what they read may have changed. */
  const recomputed = new Set<string>();
  const used = usedMemo(trace);
  let usedByOnly: Set<string> | undefined;
  for (const [key, entry] of known) {
    // One no rule uses any more (about a component since removed, or made for a fix) is
    // forgotten. (Scoped rules use values about one element without naming them: those stay
    // until an edit near their element.)
    if (!used.has(key) && !entry.near) {
      changedMemo.add(key);
      continue;
    }
    if (!reach.touches(entry.footprint, memoChanged)) {
      // The same value; what it reads includes what the values it uses read now.
      const inner = entry.footprint.memo;
      const readsMore = inner !== undefined && meets(inner, recomputed);
      context.seedMemo(key, readsMore ? { ...entry, reads: readsWith(entry.reads, inner, context) } : entry);
      if (readsMore) recomputed.add(key);
      continue;
    }
    // After an edit of values, only for a rule that runs again: the others need it no more than others dropped.
    const wanted = only === undefined || (usedByOnly ??= usedMemo(trace, only)).has(key);
    if (entry.edgeTest !== undefined && wanted && !context.memoEntries().has(key) && reach.refreshable(entry.footprint, memoChanged)) {
      // Connections that pass a test: only those near the edit are tested again.
      const value = context.refreshedEdges(key, entry, reach.nearEdges);
      recomputed.add(key);
      if (sameShared(entry.value, value)) context.seedMemo(key, { ...context.memoEntries().get(key)!, value: entry.value });
      else changedMemo.add(key);
      continue;
    }
    if (entry.near || only !== undefined) {
      // Computed again when used, if it is.
      changedMemo.add(key);
      continue;
    }
    // Computed already when a value computed again before it used it.
    const value = context.memoEntries().get(key)?.value ?? context.recompute(key, entry);
    recomputed.add(key);
    // The same value keeps its identity: the values computed from it compare in no time.
    if (sameShared(entry.value, value)) context.seedMemo(key, { ...context.memoEntries().get(key)!, value: entry.value });
    else changedMemo.add(key);
  }

  const full = new Set<string>();
  const near = new Map<string, ReadonlySet<string>>();
  for (const rule of rules) {
    if (only !== undefined && !only.has(rule.id)) continue;
    const footprint = trace.footprints[rule.id];
    if (footprint === undefined) {
      full.add(rule.id);
      continue;
    }
    if (reach.touches(footprint, memoChanged)) full.add(rule.id);
    else if (rule.scope === 'node' && reach.nearNodes.size > 0) near.set(rule.id, reach.nearNodes);
    else if (rule.scope === 'edge' && reach.nearEdges.size > 0) near.set(rule.id, reach.nearEdges);
  }

  // A scoped rule's finding names the element it was found for: one naming an element near the
  // edit may have been found for it, so it goes, and every element it names runs again (which
  // finds anew what it found for the others).
  const again = new Map<string, Set<string>>([...near].map(([id, ids]) => [id, new Set(ids)]));
  const rerun = (f: Finding): boolean => {
    if (full.has(f.ruleId)) return true;
    const ids = near.get(f.ruleId);
    if (ids === undefined) return false;
    const named = ids === reach.nearNodes ? f.nodes : f.edges;
    if (!named.some((id) => ids.has(id))) return false;
    for (const id of named) again.get(f.ruleId)!.add(id);
    return true;
  };
  const kept = evaluation.findings.filter((f) => !rerun(f)).map((f) => revive(f, next));
  const runs = runRules(context, rules.filter((r) => full.has(r.id) || near.has(r.id)), (rule) => again.get(rule.id));

  const footprints = { ...trace.footprints };
  const reads = { ...evaluation.reads };
  for (const id of runs.evaluated) {
    const fresh = runs.footprints[id]!;
    const old = footprints[id];
    footprints[id] = near.has(id) && old !== undefined ? mergeFootprints(old, fresh) : fresh;
    const known = reads[id];
    reads[id] = near.has(id) && known !== undefined ? [...new Set([...known, ...runs.reads[id]!])].sort() : runs.reads[id]!;
  }
  // A rule that did not run again everywhere depends on what the shared values it uses read now.
  for (const id of evaluation.evaluated) {
    const memo = footprints[id]?.memo;
    if (full.has(id) || memo === undefined || !meets(memo, recomputed)) continue;
    reads[id] = [...readsWith(reads[id] ?? [], memo, context)].sort();
  }
  return {
    findings: withoutRepeats(mergeFindings(kept, sortFindings(runs.findings))),
    evaluated: evaluation.evaluated,
    severities: evaluation.severities,
    ...(evaluation.reads === undefined ? {} : { reads }),
    trace: { context, footprints },
  };
}
