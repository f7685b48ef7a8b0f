import { describe, expect, it } from 'vitest';
import { designWithClient, generateDesign } from '../../../bench/generateDesign';
import { design, edge, node } from '../testing/builders';
import type { Design } from '../model/types';
import { PATTERNS } from '../model/vocabulary';
import { referenceDesigns } from '../testing/rules';
import { variedDesign } from '../testing/variedDesigns';
import { RuleContext } from './context';
import { ALL_EDGES, ALL_NODES } from './readLog';
import { evaluateRules, runRules } from './evaluate';
import { toPlainEvaluation } from './plain';
import { RULES } from './registry';
import type { Finding, Rule } from './types';

/*
 * A scoped rule (RuleDefinition.scope) promises to report element by element: run on one
 * component (or connection) alone, it gives findings that name that element, and all of them
 * together are what it finds on the whole design. After an edit of the structure, the
 * engine counts on it to run such a rule on the elements near the edit only. (That a finding is
 * made from what lies near its element is what the edit tests of structuralEdits.test.ts check.)
 */

const corpus: [string, Design][] = [
  ...referenceDesigns().map(([name, d]): [string, Design] => [name, { ...d, patterns: [...PATTERNS] }]),
  ['generated 150', { ...generateDesign(150, { seed: 7 }), patterns: [...PATTERNS] }],
  ['generated 300 with a client', designWithClient(300, { patterns: [...PATTERNS] })],
  ...Array.from({ length: 30 }, (_, i): [string, Design] => [`varied ${i + 1}`, variedDesign(i + 1)]),
  // What the designs above do not hold: two writers of an event store, a slow function serving a
  // model, restricted data handled outside a trusted execution environment, a device calling a
  // model server three steps away through pass-throughs.
  ['small cases', { ...design(
    node('device', 'iot-device'), node('edge-gw', 'api-gateway'), node('edge-lb', 'load-balancer'), node('central', 'triton'),
    edge('d1', 'device', 'edge-gw'), edge('d2', 'edge-gw', 'edge-lb'), edge('d3', 'edge-lb', 'central'),
    node('orders', 'microservice'), node('billing', 'microservice'), node('events', 'event-store'),
    edge('w1', 'orders', 'events'), edge('w2', 'billing', 'events'),
    node('upload', 'mobile-client'), node('fn', 'serverless-function', { props: { latencyP50Ms: 2500 } }), node('registry', 'model-registry'),
    edge('e1', 'upload', 'fn'), edge('m', 'fn', 'registry', { props: { access: 'read' } }),
    node('svc', 'microservice', { props: { dataClass: 'restricted' } }), node('job', 'flink-job', { props: { dataClass: 'restricted' } }),
  ), patterns: [...PATTERNS] }],
];

const plain = (findings: readonly Finding[]) => toPlainEvaluation({ findings, evaluated: [], severities: {} }).findings;

function byElement(rule: Rule, design: Design): Map<string, readonly Finding[]> {
  const context = new RuleContext(design);
  const ids = rule.scope === 'node' ? design.nodes.map((n) => n.id) : design.edges.map((e) => e.id);
  return new Map(ids.map((id) => [id, runRules(context, [rule], () => new Set([id])).findings]));
}

const scoped = RULES.filter((rule) => rule.scope !== undefined);

/** The ids of the components and connections whose fields the running code read. */
let touched = new Set<string>();

/**
 * The design with components and connections that note, when any of their fields but their id
 * is read, that they were (the engine reads ids to pick the elements a rule runs on).
 */
function watched(design: Design): Design {
  const watch = <T extends { readonly id: string }>(element: T): T =>
    new Proxy(element, {
      get(target, name, receiver) {
        if (name !== 'id') touched.add(target.id);
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
  return { ...design, nodes: design.nodes.map(watch), edges: design.edges.map(watch) };
}

/** The ids of the components and connections a shared value holds. */
function held(value: unknown, elements: ReadonlySet<unknown>, found = new Set<string>()): Set<string> {
  if (typeof value !== 'object' || value === null) return found;
  if (elements.has(value)) {
    found.add((value as { id: string }).id);
    return found;
  }
  const parts = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set || Array.isArray(value) ? [...value] : ArrayBuffer.isView(value) ? [] : Object.values(value);
  for (const part of parts) held(part, elements, found);
  return found;
}

/** What a rule's scope lets it read for an element: within two steps of a component, or one step of a connection's ends. */
function reach(design: Design, scope: 'node' | 'edge', id: string): Set<string> {
  const neighbours = (ids: Iterable<string>) => {
    const out = new Set(ids);
    for (const e of design.edges) for (const at of ids) {
      if (e.source === at) out.add(e.target);
      if (e.target === at) out.add(e.source);
    }
    return out;
  };
  const edge = design.edges.find((e) => e.id === id);
  const centre = scope === 'node' ? [id] : [edge!.source, edge!.target];
  const oneStep = neighbours(centre);
  const nodes = scope === 'node' ? neighbours(oneStep) : oneStep;
  const closeBy = scope === 'node' ? oneStep : new Set(centre);
  const edges = design.edges.filter((e) => closeBy.has(e.source) || closeBy.has(e.target)).map((e) => e.id);
  return new Set([...nodes, ...edges]);
}

describe('scoped rules', () => {
  it('are most of the rules that go through every component or connection', () => {
    expect(scoped.length).toBeGreaterThanOrEqual(25);
  });

  for (const rule of scoped) {
    it(`${rule.id} (${rule.scope}) reports element by element`, () => {
      let found = 0;
      for (const [name, design] of corpus) {
        const whole = evaluateRules(design, [rule]).findings;
        found += whole.length;
        const parts = byElement(rule, design);
        for (const [id, findings] of parts) {
          for (const f of findings) expect(rule.scope === 'node' ? f.nodes : f.edges, `${name}: a finding of ${id}`).toContain(id);
        }
        const together = [...parts.values()].flat().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const sorted = [...whole].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        expect(plain(together), name).toEqual(plain(sorted));
        // A fix made while the rule ran on one element does what the full run's does.
        const commands = (list: readonly Finding[]) => list.map((f) => (f.fix === undefined ? undefined : f.fix.command('en')));
        expect(commands(together), `${name}: fixes`).toEqual(commands(sorted));
      }
      // The designs exercise the rule: a scope checked on no finding would prove nothing.
      expect(found, `${rule.id} finds nothing in the designs compared`).toBeGreaterThan(0);
    });

    it(`${rule.id} (${rule.scope}) reads nothing beyond its scope for an element, but what shared values hold`, () => {
      for (const [name, plainDesign] of corpus) {
        const design = watched(plainDesign);
        const elements = new Set<unknown>([...design.nodes, ...design.edges]);
        const context = new RuleContext(design);
        // The shared values, computed once as in a full check; what they hold counts as read through them.
        const whole = runRules(context, [rule]);
        const shared = new Set<string>();
        for (const key of whole.footprints[rule.id]!.memo ?? []) held(context.memoEntries().get(key)!.value, elements, shared);
        const ids = rule.scope === 'node' ? plainDesign.nodes.map((n) => n.id) : plainDesign.edges.map((e) => e.id);
        for (const id of ids) {
          touched = new Set();
          runRules(context, [rule], () => new Set([id]));
          const allowed = reach(plainDesign, rule.scope!, id);
          expect([...touched].filter((t) => !allowed.has(t) && !shared.has(t)), `${name}: read for ${id}`).toEqual([]);
        }
      }
    });
  }
});

/*
 * A shared value made by RuleContext.edgesWhere promises that its test looks only at a
 * connection, its two components and what lies one step from them: after an edit, the engine
 * tests again only the connections near it (structuralEdits.ts) and keeps the others' verdicts.
 */
describe('connection tests of edgesWhere', () => {
  /** Each edgesWhere value the rules compute on a design, by key, with its test. */
  function edgeTests(design: Design): { context: RuleContext; tests: Map<string, (context: RuleContext, edge: Design['edges'][number]) => boolean> } {
    const context = new RuleContext(design);
    runRules(context, RULES);
    const tests = new Map<string, (context: RuleContext, edge: Design['edges'][number]) => boolean>();
    for (const [key, entry] of context.memoEntries()) if (entry.edgeTest !== undefined) tests.set(key, entry.edgeTest);
    return { context, tests };
  }

  it('are used by the rules that report on every connection at once', () => {
    const keys = new Set(corpus.flatMap(([, d]) => [...edgeTests(d).tests.keys()]));
    expect([...keys].sort()).toEqual(['resilience/service-discovery:pinned', 'security/zero-trust-authn:open', 'security/zero-trust-mtls:plain']);
  });

  it('read nothing beyond a connection, its components and one step from them', () => {
    let passed = 0;
    for (const [name, plainDesign] of corpus) {
      const design = watched(plainDesign);
      const { context, tests } = edgeTests(design);
      for (const [key, test] of tests) {
        const value = context.memoEntries().get(key)!.value as readonly { id: string }[];
        passed += value.length;
        for (const e of design.edges) {
          touched = new Set();
          // What it looks at of the structure too: ids, lists and lookups that read no field.
          const { footprint } = context.tracked(() => test(context, e));
          const allowed = reach(plainDesign, 'edge', e.id);
          expect([...touched].filter((t) => !allowed.has(t)), `${name}: ${key} read for ${e.id}`).toEqual([]);
          expect(footprint.flags & (ALL_NODES | ALL_EDGES), `${name}: ${key} went through every component or connection for ${e.id}`).toBe(0);
          const looked = [...(footprint.nodes ?? []), ...(footprint.adjacency ?? []), ...(footprint.edges ?? [])];
          expect(looked.filter((t) => !allowed.has(t)), `${name}: ${key} looked up for ${e.id}`).toEqual([]);
        }
      }
    }
    // The designs exercise the tests: some connections pass them.
    expect(passed).toBeGreaterThan(0);
  });
});
