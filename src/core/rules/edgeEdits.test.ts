import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designWithClient, generateDesign } from '../../../bench/generateDesign';
import { EDGE_FACTS } from '../catalog/facts';
import { applyCommand } from '../model/commands/applyCommand';
import { CommandError } from '../model/commands/types';
import type { Design, DesignEdge } from '../model/types';
import { AUTHN_METHODS, EDGE_MODES, PATTERNS, PROTOCOLS } from '../model/vocabulary';
import { arbDesign } from '../testing/arbitraries';
import { recheckedAndFull, referenceDesigns } from '../testing/rules';
import { valuesOf } from '../testing/propertyValues';
import { changedEdgeFields } from './edgeEdits';
import { checkDesign } from './index';
import type { Evaluation } from './evaluate';
import { ANY_EDGE_FIELD } from './readLog';
import { rulesReading } from './recheck';

type Settings = Partial<Pick<DesignEdge, 'mode' | 'protocol' | 'callsPerRequest' | 'security' | 'resilience' | 'props'>>;

/** One setting of a connection changed to `value` (undefined: unset), the rest kept. */
function withSetting(edge: DesignEdge, path: string, value: unknown): Settings {
  const [field, name] = path.split('.') as [keyof Settings, string | undefined];
  if (name === undefined) return { [field]: value };
  const settings: Record<string, unknown> = { ...(edge[field] as object) };
  if (value === undefined) delete settings[name];
  else settings[name] = value;
  return { [field]: settings };
}

/** Every setting of a connection with the values worth trying: each option, bounds, neighbours, unset. */
const SETTINGS: readonly (readonly [string, readonly unknown[]])[] = [
  ['mode', EDGE_MODES],
  ['protocol', PROTOCOLS],
  ['callsPerRequest', [0, 1, 3, 100]],
  ['security.tls', [true, false]],
  ['security.mtls', [true, false]],
  ['security.authn', AUTHN_METHODS],
  ['resilience.timeoutMs', [undefined, 50, 1_000, 60_000]],
  ['resilience.retries', [0, 1, 3, 20]],
  ['resilience.circuitBreaker', [true, false]],
  ['resilience.rateLimitRps', [undefined, 10, 1_000_000]],
  ...EDGE_FACTS.map((def) => [`props.${def.key}`, valuesOf(def)] as const),
];

/** The design with the connection's settings changed; undefined when the editor would refuse them (mTLS without TLS). */
function setEdge(design: Design, edge: DesignEdge, settings: Settings): Design | undefined {
  try {
    return applyCommand(design, { op: 'update-edge', id: edge.id, patch: settings }).design;
  } catch (error) {
    if (error instanceof CommandError) return undefined;
    throw error;
  }
}

/** Rechecking `next` from `design` gives exactly what a full check of `next` gives. */
function expectSameAsFull(design: Design, evaluation: Evaluation, next: Design): void {
  const [rechecked, full] = recheckedAndFull(design, evaluation, next);
  expect(rechecked).toEqual(full);
}

describe('changedEdgeFields', () => {
  const design = generateDesign(30);
  const edge = design.edges[2]!;

  it('lists the settings whose values changed, as read-log keys', () => {
    const next = setEdge(design, edge, { mode: edge.mode === 'sync' ? 'async' : 'sync', resilience: { ...edge.resilience, retries: 7 }, props: { ...edge.props, access: 'read' } })!;
    expect([...changedEdgeFields(design, next)!].sort()).toEqual(['edge.mode', 'edge.props.access', 'edge.resilience.retries']);
  });

  it('lists an optional setting that was unset', () => {
    const timed = setEdge(design, edge, withSetting(edge, 'resilience.timeoutMs', 500))!;
    const next = setEdge(timed, timed.edges[2]!, withSetting(timed.edges[2]!, 'resilience.timeoutMs', undefined))!;
    expect([...changedEdgeFields(timed, next)!]).toEqual(['edge.resilience.timeoutMs']);
  });

  it('is null when anything but connection settings changed', () => {
    expect(changedEdgeFields(design, applyCommand(design, { op: 'update-edge', id: edge.id, patch: { label: 'renamed' } }).design)).toBeNull();
    expect(changedEdgeFields(design, applyCommand(design, { op: 'update-edge', id: edge.id, patch: { label: 'renamed', mode: 'async' } }).design)).toBeNull();
    const other = design.nodes.find((n) => n.id !== edge.source && n.id !== edge.target)!;
    expect(changedEdgeFields(design, applyCommand(design, { op: 'update-edge', id: edge.id, patch: { target: other.id } }).design)).toBeNull();
    expect(changedEdgeFields(design, applyCommand(design, { op: 'remove-edge', id: edge.id }).design)).toBeNull();
    const node = design.nodes[0]!;
    expect(changedEdgeFields(design, applyCommand(design, { op: 'update-node', id: node.id, patch: { props: { ...node.props, replicas: 4 } } }).design)).toBeNull();
    expect(changedEdgeFields(design, { ...design, patterns: ['kappa'] })).toBeNull();
  });
});

describe('the connection settings each rule reads', () => {
  // A client calling the first gateway, so that request paths (and the rules on them) exist.
  const design = designWithClient(200, { patterns: [...PATTERNS] });
  const evaluation = checkDesign(design);

  it('name mTLS for the rules that check it, and not for the others', () => {
    const rerun = rulesReading(evaluation, new Set(['edge.security.mtls']));
    expect(rerun).toContain('security/zero-trust-mtls');
    expect(rerun).not.toContain('resilience/circuit-breaker');
    expect(rerun).not.toContain('operations/single-point-of-failure');
    expect(rerun.size).toBeLessThan(evaluation.evaluated.length / 4);
  });

  it('name every field for a rule that reads connections outside the context (the metrics code)', () => {
    expect(evaluation.reads!['operations/over-capacity']).toContain(ANY_EDGE_FIELD);
    expect(rulesReading(evaluation, new Set(['edge.props.idempotent']))).toContain('operations/over-capacity');
    // A component property is not a connection field: it does not match that wildcard.
    expect(evaluation.reads!['security/zero-trust-mtls']).not.toContain(ANY_EDGE_FIELD);
  });

  it('include the mode for every rule that follows request paths', () => {
    const rerun = rulesReading(evaluation, new Set(['edge.mode']));
    expect(rerun).toContain('anti-pattern/deep-sync-chain');
    expect(rerun).toContain('operations/single-point-of-failure');
  });
});

describe('recheck after a connection edit gives what a full check gives', () => {
  it('for every value of every setting of every connection of the reference designs', () => {
    const reference = referenceDesigns().map(([, d]) => d);
    let edits = 0;
    for (const base of reference) {
      const design = { ...base, patterns: [...PATTERNS] };
      const evaluation = checkDesign(design);
      for (const edge of design.edges) {
        for (const [path, values] of SETTINGS) {
          for (const value of values) {
            const next = setEdge(design, edge, withSetting(edge, path, value));
            if (next === undefined || changedEdgeFields(design, next)?.size === 0) continue;
            expectSameAsFull(design, evaluation, next);
            edits += 1;
          }
        }
      }
    }
    expect(edits).toBeGreaterThan(1_000);
  }, 300_000);

  it('for any design, connection and settings (property)', () => {
    const arbSettings = fc.record(
      {
        mode: fc.constantFrom(...EDGE_MODES),
        protocol: fc.constantFrom(...PROTOCOLS),
        callsPerRequest: fc.constantFrom(0, 1, 3, 100),
        tls: fc.boolean(),
        mtls: fc.boolean(),
        authn: fc.constantFrom(...AUTHN_METHODS),
        timeoutMs: fc.constantFrom(undefined, 50, 1_000, 60_000),
        retries: fc.constantFrom(0, 1, 3, 20),
        circuitBreaker: fc.boolean(),
        rateLimitRps: fc.constantFrom(undefined, 10, 1_000_000),
        ...Object.fromEntries(EDGE_FACTS.map((def) => [def.key, fc.constantFrom(...valuesOf(def))])),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        arbDesign().filter((d) => d.edges.length > 0).chain((design) => fc.tuple(fc.constant(design), fc.constantFrom(...design.edges), arbSettings)),
        ([design, edge, settings]) => {
          let edited = edge;
          for (const [name, value] of Object.entries(settings)) {
            const path = SETTINGS.find(([p]) => p === name || p.endsWith(`.${name}`))![0];
            edited = { ...edited, ...withSetting(edited, path, value) };
          }
          const { id: _id, source: _source, target: _target, label: _label, ...patch } = edited;
          const checked = { ...design, patterns: [...PATTERNS] };
          const next = setEdge(checked, edge, patch);
          if (next !== undefined) expectSameAsFull(checked, checkDesign(checked), next);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
