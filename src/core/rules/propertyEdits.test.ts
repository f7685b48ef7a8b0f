import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designWithClient, generateDesign } from '../../../bench/generateDesign';
import { resolveType } from '../catalog/customTypes';
import { NODE_FACTS } from '../catalog/facts';
import type { PropertyDef } from '../catalog/schema';
import { applyCommand } from '../model/commands/applyCommand';
import type { Design, DesignNode, PropValue } from '../model/types';
import { PATTERNS } from '../model/vocabulary';
import { arbDesign } from '../testing/arbitraries';
import { recheckedAndFull, referenceDesigns } from '../testing/rules';
import { valuesOf } from '../testing/propertyValues';
import { checkDesign } from './index';
import type { Evaluation } from './evaluate';
import { toPlainEvaluation } from './plain';
import { changedProps } from './propertyEdits';
import { rulesReading } from './recheck';

/** The properties a component may carry: its type's, and the architecture facts any component may state. */
function propsOf(design: Design, node: DesignNode): readonly PropertyDef[] {
  return [...(resolveType(design, node.type)?.props ?? []), ...NODE_FACTS];
}

function withProp(node: DesignNode, key: string, value: PropValue | undefined): DesignNode['props'] {
  const props = { ...node.props };
  if (value === undefined) delete props[key];
  else props[key] = value;
  return props;
}

function setProp(design: Design, node: DesignNode, key: string, value: PropValue | undefined): Design {
  return applyCommand(design, { op: 'update-node', id: node.id, patch: { props: withProp(node, key, value) } }).design;
}

/** Rechecking `next` from `design` gives exactly what a full check of `next` gives. */
function expectSameAsFull(design: Design, evaluation: Evaluation, next: Design): void {
  const [rechecked, full] = recheckedAndFull(design, evaluation, next);
  expect(rechecked).toEqual(full);
}

describe('changedProps', () => {
  const design = generateDesign(30);
  const node = design.nodes[3]!;

  it('lists the keys whose values changed', () => {
    const next = applyCommand(design, { op: 'update-node', id: node.id, patch: { props: { ...node.props, replicas: 9, zones: 3 } } }).design;
    expect([...changedProps(design, next)!].sort()).toEqual(['replicas', 'zones']);
  });

  it('lists a key that was removed', () => {
    const next = setProp(design, node, 'replicas', undefined);
    expect([...changedProps(design, next)!]).toEqual(['replicas']);
  });

  it('is null when anything but property values changed', () => {
    expect(changedProps(design, applyCommand(design, { op: 'update-node', id: node.id, patch: { label: 'x' } }).design)).toBeNull();
    expect(changedProps(design, applyCommand(design, { op: 'update-node', id: node.id, patch: { props: { ...node.props, replicas: 5 }, label: 'y' } }).design)).toBeNull();
    expect(changedProps(design, applyCommand(design, { op: 'remove-node', id: node.id }).design)).toBeNull();
    expect(changedProps(design, { ...design, patterns: ['kappa'] })).toBeNull();
    expect(changedProps(design, { ...design, workload: { ...design.workload, peakRps: 1 } })).toBeNull();
    const edge = design.edges[0]!;
    expect(changedProps(design, applyCommand(design, { op: 'update-edge', id: edge.id, patch: { props: { access: 'read' } } }).design)).toBeNull();
  });
});

describe('the properties each rule reads', () => {
  // A client calling the first gateway, so that request paths (and the rules on them) exist.
  const design = designWithClient(200, { patterns: [...PATTERNS] });
  const evaluation = checkDesign(design);

  it('are recorded for every evaluated rule', () => {
    expect(Object.keys(evaluation.reads!).sort()).toEqual([...evaluation.evaluated].sort());
  });

  it('name replicas for the rules that weigh replicas, and not for the others', () => {
    const rerun = rulesReading(evaluation, new Set(['replicas']));
    expect(rerun).toContain('operations/single-point-of-failure');
    expect(rerun).toContain('operations/over-capacity');
    expect(rerun).not.toContain('security/zero-trust-mtls');
    expect(rerun).not.toContain('anti-pattern/deep-sync-chain');
  });

  it('include what a shared computation read for another rule first', () => {
    // Both capacity rules read throughput through the rules' shared queries or the metrics graph.
    expect(evaluation.reads!['operations/over-capacity']).toContain('throughputPerReplicaRps');
  });

  it('survive the trip to and from a worker', () => {
    expect(toPlainEvaluation(evaluation).reads).toEqual(evaluation.reads);
  });
});

describe('recheck after a property edit gives what a full check gives', () => {
  it('for every value of every property of every component of the reference designs', () => {
    const reference = referenceDesigns().map(([, d]) => d);
    let edits = 0;
    for (const base of reference) {
      const design = { ...base, patterns: [...PATTERNS] };
      const evaluation = checkDesign(design);
      for (const node of design.nodes) {
        for (const def of propsOf(design, node)) {
          const current = node.props[def.key];
          for (const value of valuesOf(def).filter((v) => v !== current)) {
            const next = setProp(design, node, def.key, value);
            if (next === design) continue;
            expectSameAsFull(design, evaluation, next);
            edits += 1;
          }
        }
      }
    }
    expect(edits).toBeGreaterThan(300);
  }, 120_000);

  it('for any design, component, property and value (property)', () => {
    fc.assert(
      fc.property(
        arbDesign().filter((d) => d.nodes.length > 0).chain((design) =>
          fc.tuple(
            fc.constant(design),
            fc.constantFrom(...design.nodes).chain((node) => {
              const edit = fc.constantFrom(...propsOf(design, node)).chain((def) => fc.tuple(fc.constant(def.key), fc.constantFrom(...valuesOf(def))));
              return fc.tuple(fc.constant(node), edit);
            }),
          ),
        ),
        ([design, [node, [key, value]]]) => {
          const next = setProp(design, node, key, value);
          expectSameAsFull(design, checkDesign(design), next);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
