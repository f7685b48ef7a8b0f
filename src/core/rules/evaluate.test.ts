import { describe, expect, it } from 'vitest';
import type { PatternId, Severity } from '../model/vocabulary';
import { clone, deepFreeze, design, edge, fields, inferenceDesign, node } from '../testing/builders';
import { defineRule } from './defineRule';
import { evaluateRules, ruleApplies } from './evaluate';
import { checkDesign } from './index';
import { RULES } from './registry';
import type { RawFinding, Rule, RuleCategory } from './types';

const text = (en: string) => ({ en, fr: `${en} (fr)` });

/** A small fake rule: it reports whatever `report` returns, and counts its runs. */
function fake(
  id: string,
  options: { severity?: Severity; category?: RuleCategory; patterns?: readonly PatternId[]; report?: () => RawFinding<'default' | 'other'>[] } = {},
): Rule & { runs: number } {
  const rule = {
    runs: 0,
    ...defineRule<'other'>({
      id,
      category: options.category ?? 'resilience',
      severity: options.severity ?? 'warning',
      module: 1,
      ...(options.patterns === undefined ? {} : { patterns: options.patterns }),
      title: text(`Title of ${id}`),
      why: text('Why'),
      fix: text('Fix'),
      messages: { default: text('Default {name}'), other: text('Other {name}') },
      check: () => {
        rule.runs += 1;
        return options.report?.() ?? [];
      },
    }),
  };
  return rule;
}

/** A rule reporting one finding per node, naming it. */
const perNode = (id: string, options: Parameters<typeof fake>[1] = {}) => {
  const d = small();
  return fake(id, { ...options, report: () => d.nodes.map((n) => ({ params: { name: n.label }, nodes: [n.id] })) });
};

function small() {
  return design(node('a', 'microservice'), node('b', 'microservice'), node('c', 'relational-db'), edge('e1', 'a', 'b'), edge('e2', 'b', 'c'));
}

const summary = (findings: readonly { severity: string; category: string; ruleId: string; key: string }[]) =>
  findings.map((f) => `${f.severity} ${f.category} ${f.ruleId} ${f.key}`);

describe('evaluateRules: output', () => {
  it('turns raw findings into findings with the rule’s id, severity, category and module', () => {
    const rule = fake('resilience/fake', { report: () => [{ params: { name: 'A' }, nodes: ['a'], edges: ['e1'] }] });
    const { findings, evaluated, severities } = evaluateRules(small(), [rule]);
    expect(findings).toEqual([
      {
        key: 'resilience/fake|default|a,e1',
        ruleId: 'resilience/fake',
        severity: 'warning',
        category: 'resilience',
        module: 1,
        message: 'default',
        params: { name: 'A' },
        nodes: ['a'],
        edges: ['e1'],
        groups: [],
      },
    ]);
    expect(evaluated).toEqual(['resilience/fake']);
    expect(severities).toEqual({ 'resilience/fake': 'warning' });
  });

  it('drops parameters left undefined', () => {
    const rule = fake('resilience/fake', { report: () => [{ params: { name: 'A', count: undefined }, nodes: ['a'] }] });
    expect(evaluateRules(small(), [rule]).findings[0]!.params).toStrictEqual({ name: 'A' });
  });

  it('keeps the quick fix of a raw finding, and adds none where there is none', () => {
    const fix = { label: text('Fix it'), command: () => ({ op: 'remove-node' as const, id: 'a' }) };
    const rule = fake('resilience/fake', { report: () => [{ nodes: ['a'], fix }, { nodes: ['b'] }] });
    const [first, second] = evaluateRules(small(), [rule]).findings;
    expect(first!.fix).toBe(fix);
    expect(second).not.toHaveProperty('fix');
  });

  it('sorts by severity, then category, then rule id, then key', () => {
    const rules = [
      perNode('security/zeta', { severity: 'info', category: 'security' }),
      perNode('security/alpha', { severity: 'warning', category: 'security' }),
      perNode('data/beta', { severity: 'warning', category: 'data' }),
      perNode('data/alpha', { severity: 'warning', category: 'data' }),
      perNode('operations/late', { severity: 'error', category: 'operations' }),
      perNode('data/early', { severity: 'error', category: 'data' }),
    ];
    const lines = summary(evaluateRules(small(), rules).findings);
    expect(lines).toEqual([
      'error data data/early data/early|default|a',
      'error data data/early data/early|default|b',
      'error data data/early data/early|default|c',
      'error operations operations/late operations/late|default|a',
      'error operations operations/late operations/late|default|b',
      'error operations operations/late operations/late|default|c',
      'warning data data/alpha data/alpha|default|a',
      'warning data data/alpha data/alpha|default|b',
      'warning data data/alpha data/alpha|default|c',
      'warning data data/beta data/beta|default|a',
      'warning data data/beta data/beta|default|b',
      'warning data data/beta data/beta|default|c',
      'warning security security/alpha security/alpha|default|a',
      'warning security security/alpha security/alpha|default|b',
      'warning security security/alpha security/alpha|default|c',
      'info security security/zeta security/zeta|default|a',
      'info security security/zeta security/zeta|default|b',
      'info security security/zeta security/zeta|default|c',
    ]);
  });

  it('orders categories as RULE_CATEGORIES does, not alphabetically', () => {
    const rules = [perNode('anti-pattern/x', { category: 'anti-pattern' }), perNode('resilience/x'), perNode('integration/x', { category: 'integration' })];
    const order = [...new Set(evaluateRules(small(), rules).findings.map((f) => f.category))];
    expect(order).toEqual(['integration', 'resilience', 'anti-pattern']);
  });

  it('sorts findings a rule reports in any order, and gives the same result whatever the order of the rules', () => {
    const shuffled = fake('resilience/shuffled', { report: () => [{ nodes: ['c'] }, { nodes: ['a'] }, { message: 'other', nodes: ['a'] }, { nodes: ['b'] }] });
    const other = perNode('data/x', { category: 'data' });
    const once = evaluateRules(small(), [shuffled, other]);
    expect(once.findings.filter((f) => f.ruleId === 'resilience/shuffled').map((f) => f.key)).toEqual([
      'resilience/shuffled|default|a',
      'resilience/shuffled|default|b',
      'resilience/shuffled|default|c',
      'resilience/shuffled|other|a',
    ]);
    const twice = evaluateRules(small(), [other, shuffled]);
    expect(twice.findings).toEqual(once.findings);
  });

  it('gives equal results on equal designs', () => {
    const rules = [perNode('resilience/x'), perNode('data/y', { category: 'data', severity: 'error' })];
    expect(evaluateRules(small(), rules)).toEqual(evaluateRules(small(), rules));
  });
});

describe('evaluateRules: keys and duplicates', () => {
  it('keeps one finding per key: the first reported', () => {
    const rule = fake('resilience/dup', {
      report: () => [
        { params: { name: 'first' }, nodes: ['a'] },
        { params: { name: 'second' }, nodes: ['a'] },
        { message: 'other', params: { name: 'other message' }, nodes: ['a'] },
        { params: { name: 'b' }, nodes: ['b'] },
      ],
    });
    const { findings } = evaluateRules(small(), [rule]);
    expect(findings.map((f) => [f.key, f.params.name])).toEqual([
      ['resilience/dup|default|a', 'first'],
      ['resilience/dup|default|b', 'b'],
      ['resilience/dup|other|a', 'other message'],
    ]);
  });

  it('names nodes, then edges, then groups in the key', () => {
    const rule = fake('resilience/k', { report: () => [{ groups: ['g'], edges: ['e1'], nodes: ['a', 'b'] }] });
    expect(evaluateRules(small(), [rule]).findings[0]!.key).toBe('resilience/k|default|a,b,e1,g');
  });

  it('does not merge findings of different rules on the same elements', () => {
    const rules = [fake('resilience/one', { report: () => [{ nodes: ['a'] }] }), fake('resilience/two', { report: () => [{ nodes: ['a'] }] })];
    expect(evaluateRules(small(), rules).findings).toHaveLength(2);
  });

  it('tells design-wide findings (no element) apart by their parameters', () => {
    const rule = fake('intent/wide', {
      category: 'intent',
      report: () => [
        { params: { name: { en: 'Lambda', fr: 'Lambda' }, id: 'lambda' } },
        { params: { name: { en: 'Kappa', fr: 'Kappa' }, id: 'kappa' } },
        { params: { id: 'lambda', name: { en: 'Lambda', fr: 'Lambda' } } },
        {},
      ],
    });
    const { findings } = evaluateRules(small(), [rule]);
    expect(findings.map((f) => f.key)).toEqual([
      'intent/wide|default|',
      'intent/wide|default|id=kappa;name=Kappa/Kappa',
      'intent/wide|default|id=lambda;name=Lambda/Lambda',
    ]);
  });

  it('keeps every pattern the built-in rules recognise in a design', () => {
    // Batch, stream and log (Lambda) and a 99.95 % target with a critical path (high availability).
    const d = design(
      node('u', 'web-client'),
      node('gw', 'api-gateway'),
      node('log', 'kafka'),
      node('stream', 'flink-job'),
      node('batch', 'spark-job'),
      edge('e1', 'u', 'gw'),
      edge('e2', 'gw', 'log', { mode: 'async' }),
      edge('e3', 'log', 'stream', { mode: 'async' }),
      edge('e4', 'log', 'batch', { mode: 'async' }),
      fields({ workload: { availabilityTargetPct: 99.95 } }),
    );
    const recognised = checkDesign(d).findings.filter((f) => f.ruleId === 'intent/recognized-pattern');
    expect(recognised.map((f) => f.params.patternId)).toEqual(['high-availability', 'lambda']);
  });
});

describe('evaluateRules: policy', () => {
  it('does not run a rule the design switches off', () => {
    const off = perNode('resilience/off');
    const on = perNode('resilience/on');
    const d = design(...small().nodes, fields({ rulePolicy: { disabled: ['resilience/off'] } }));
    const result = evaluateRules(d, [off, on]);
    expect(off.runs).toBe(0);
    expect(on.runs).toBe(1);
    expect(result.evaluated).toEqual(['resilience/on']);
    expect(result.severities).toEqual({ 'resilience/on': 'warning' });
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['resilience/on']));
  });

  it('applies a severity override to the findings and to the severities it reports, and sorts by it', () => {
    const raised = perNode('resilience/raised', { severity: 'info' });
    const kept = perNode('data/kept', { category: 'data', severity: 'warning' });
    const d = design(...small().nodes, fields({ rulePolicy: { severity: { 'resilience/raised': 'error' } } }));
    const result = evaluateRules(d, [raised, kept]);
    expect(result.severities).toEqual({ 'resilience/raised': 'error', 'data/kept': 'warning' });
    expect(result.findings.filter((f) => f.ruleId === 'resilience/raised').every((f) => f.severity === 'error')).toBe(true);
    expect(result.findings[0]!.ruleId).toBe('resilience/raised');
  });

  it('ignores overrides and switches for rules it does not know', () => {
    const rule = perNode('resilience/x');
    const d = design(...small().nodes, fields({ rulePolicy: { disabled: ['nobody/here'], severity: { 'nobody/else': 'error' } } }));
    const result = evaluateRules(d, [rule]);
    expect(result.evaluated).toEqual(['resilience/x']);
    expect(result.severities).toEqual({ 'resilience/x': 'warning' });
  });

  it('runs a rule with patterns only when the design declares one of them', () => {
    const canary = perNode('release/canary-only', { category: 'release', patterns: ['canary', 'blue-green'] });
    const plain = design(...small().nodes);
    expect(evaluateRules(plain, [canary]).evaluated).toEqual([]);
    expect(canary.runs).toBe(0);
    const shadow = design(...small().nodes, fields({ patterns: ['shadow'] }));
    expect(evaluateRules(shadow, [canary]).findings).toEqual([]);
    expect(canary.runs).toBe(0);
    const blueGreen = design(...small().nodes, fields({ patterns: ['shadow', 'blue-green'] }));
    const result = evaluateRules(blueGreen, [canary]);
    expect(canary.runs).toBe(1);
    expect(result.evaluated).toEqual(['release/canary-only']);
    expect(result.findings).toHaveLength(3);
  });

  it('lets the policy switch off a pattern rule even when its pattern is declared', () => {
    const rule = perNode('release/x', { category: 'release', patterns: ['canary'] });
    const d = design(...small().nodes, fields({ patterns: ['canary'], rulePolicy: { disabled: ['release/x'] } }));
    expect(ruleApplies(rule, d)).toBe(false);
    expect(evaluateRules(d, [rule]).evaluated).toEqual([]);
  });

  it('ruleApplies says the same as what runs', () => {
    const rules = [perNode('a/plain'), perNode('a/canary', { patterns: ['canary'] }), perNode('a/off')];
    const d = design(...small().nodes, fields({ rulePolicy: { disabled: ['a/off'] } }));
    expect(rules.filter((r) => ruleApplies(r, d)).map((r) => r.id)).toEqual(evaluateRules(d, rules).evaluated);
  });
});

describe('evaluateRules: purity', () => {
  it('never mutates a frozen design', () => {
    const d = deepFreeze(inferenceDesign());
    const copy = clone(d);
    const rules = [perNode('resilience/x'), fake('resilience/y', { report: () => [{ nodes: ['gw'], edges: ['e2'] }] })];
    expect(() => evaluateRules(d, rules)).not.toThrow();
    expect(() => evaluateRules(d, RULES)).not.toThrow();
    expect(d).toEqual(copy);
  });

  it('checkDesign runs every built-in rule under the design’s policy', () => {
    const d = deepFreeze(inferenceDesign());
    const all = checkDesign(d);
    expect(all.evaluated).toEqual(RULES.filter((r) => ruleApplies(r, d)).map((r) => r.id));
    const offId = all.evaluated[0]!;
    const off = checkDesign(design(...d.nodes, ...d.edges, ...d.groups, fields({ patterns: d.patterns, rulePolicy: { disabled: [offId] } })));
    expect(off.evaluated).not.toContain(offId);
  });
});
