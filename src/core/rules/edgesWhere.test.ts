import { describe, expect, it } from 'vitest';
import { designWithClient } from '../../../bench/generateDesign';
import { applyCommand } from '../model/commands/applyCommand';
import type { Design } from '../model/types';
import { PATTERNS } from '../model/vocabulary';
import { design, edge, fields, group, node } from '../testing/builders';
import { checkDesign, recheck } from '.';
import type { Evaluation } from './evaluate';

const KEYS = ['resilience/service-discovery:pinned', 'security/zero-trust-authn:open', 'security/zero-trust-mtls:plain'];

/** The edgesWhere values of an evaluation's context, by key: their connections' ids, and whether they can still be refreshed. */
function lists(evaluation: Evaluation): Record<string, { ids: string[]; refreshable: boolean }> {
  const out: Record<string, { ids: string[]; refreshable: boolean }> = {};
  for (const [key, entry] of evaluation.trace!.context.memoEntries()) {
    if (KEYS.includes(key)) out[key] = { ids: (entry.value as { id: string }[]).map((e) => e.id), refreshable: entry.edgeTest !== undefined };
  }
  return out;
}

describe('connections that pass a test (RuleContext.edgesWhere)', () => {
  it('are brought up to date after each edit as a fresh check finds them, and stay refreshable after a group edit', () => {
    let current: Design = design(
      fields({ patterns: [...PATTERNS] }),
      node('a', 'microservice'), node('b', 'microservice'), node('svc', 'microservice', { props: { replicas: 3 } }),
      group('z', 'zone'),
      edge('e1', 'a', 'svc'), edge('e2', 'b', 'svc'),
    );
    let evaluation = checkDesign(current);
    expect(Object.keys(lists(evaluation)).sort()).toEqual(KEYS);
    const edits = [
      { op: 'update-group', id: 'z', patch: { kind: 'region' } },
      { op: 'add-edge', edge: { ...current.edges[0]!, id: 'e3', source: 'b', target: 'a' } },
      { op: 'add-node', node: { ...current.nodes[0]!, id: 'lb', type: 'load-balancer', label: 'LB' } },
      { op: 'add-edge', edge: { ...current.edges[0]!, id: 'e4', source: 'lb', target: 'svc' } },
      { op: 'update-edge', id: 'e1', patch: { security: { tls: true, mtls: true, authn: 'mtls' } } },
      { op: 'remove-node', id: 'b' },
    ] as const;
    for (const command of edits) {
      const next = applyCommand(current, command as Parameters<typeof applyCommand>[1]).design;
      evaluation = recheck(current, evaluation, next);
      const fresh = lists(checkDesign(next));
      const kept = lists(evaluation);
      // After an edit of values, a list no rule run again needs is dropped, to be made when used.
      if (command.op !== 'update-edge') expect(Object.keys(kept).sort(), command.op).toEqual(KEYS);
      for (const key of Object.keys(kept)) {
        expect(kept[key]!.ids, `${command.op}: ${key}`).toEqual(fresh[key]!.ids);
        expect(kept[key]!.refreshable, `${command.op}: ${key} keeps its test`).toBe(true);
      }
      current = next;
    }
  });

  it('test again only the connections near an edit', () => {
    const large = designWithClient(300, { patterns: [...PATTERNS] });
    const evaluation = checkDesign(large);
    const call = large.edges[Math.floor(large.edges.length / 2)]!;
    const next = applyCommand(large, { op: 'add-edge', edge: { ...call, id: 'added', target: large.nodes[5]!.id } }).design;
    const entry = evaluation.trace!.context.memoEntries().get('security/zero-trust-mtls:plain')!;
    let tested = 0;
    const test = entry.edgeTest!;
    // Counted through the entry the next check refreshes.
    (entry as { edgeTest: typeof test }).edgeTest = (context, e) => {
      tested += 1;
      return test(context, e);
    };
    const after = recheck(large, evaluation, next);
    expect(lists(after)['security/zero-trust-mtls:plain']!.ids).toEqual(lists(checkDesign(next))['security/zero-trust-mtls:plain']!.ids);
    expect(tested).toBeGreaterThan(0);
    expect(tested).toBeLessThan(next.edges.length / 10);
  });
});
