import { describe, expect, it } from 'vitest';
import { decision, design, edge, group, inferenceDesign, node } from '../testing/builders';
import { checkDesignIntegrity } from './integrity';
import type { Design } from './types';

/** The problems of a design changed by `change`, as `path key` lines. */
function problemsOf(change: Partial<Design>): string[] {
  return checkDesignIntegrity({ ...inferenceDesign(), ...change }).map((p) => `${p.path.join('.')} ${p.key}`);
}

describe('checkDesignIntegrity', () => {
  it('finds nothing wrong in a valid design', () => {
    expect(checkDesignIntegrity(inferenceDesign())).toEqual([]);
    expect(checkDesignIntegrity(design())).toEqual([]);
  });

  it('reports an id used twice across nodes, edges and groups, with its value', () => {
    const d = inferenceDesign();
    const problems = checkDesignIntegrity({ ...d, nodes: [...d.nodes, node('platform'), node('e2')], edges: [...d.edges, edge('gw', 'client', 'gw')] });
    expect(problems).toEqual([
      { path: ['nodes', 4, 'id'], key: 'problem.duplicateId', values: { id: 'platform' } },
      // Groups claim ids first, then nodes, then edges: the edge "e2" is the one reported.
      { path: ['edges', 1, 'id'], key: 'problem.duplicateId', values: { id: 'e2' } },
      { path: ['edges', 3, 'id'], key: 'problem.duplicateId', values: { id: 'gw' } },
    ]);
  });

  it('reports parents that are unknown or not groups', () => {
    const d = inferenceDesign();
    expect(problemsOf({ nodes: [...d.nodes, node('x', 'kafka', { parent: 'ghost' }), node('y', 'kafka', { parent: 'gw' })] })).toEqual([
      'nodes.4.parent problem.unknownGroup',
      'nodes.5.parent problem.parentNotGroup',
    ]);
    expect(problemsOf({ groups: [...d.groups, group('g', 'zone', { parent: 'e1' })] })).toEqual(['groups.2.parent problem.parentNotGroup']);
  });

  it('reports every group on a cycle, and only those', () => {
    const groups = [
      group('a', 'zone', { parent: 'c' }),
      group('b', 'zone', { parent: 'a' }),
      group('c', 'zone', { parent: 'b' }),
      group('hanging', 'zone', { parent: 'a' }),
      group('self', 'zone', { parent: 'self' }),
      group('free', 'zone'),
    ];
    const problems = checkDesignIntegrity({ ...design(), groups }).map((p) => `${p.path.join('.')} ${p.key}`);
    expect(problems).toEqual([
      'groups.0.parent problem.groupCycle',
      'groups.1.parent problem.groupCycle',
      'groups.2.parent problem.groupCycle',
      'groups.4.parent problem.groupCycle',
    ]);
  });

  it('reports edges to unknown ids, to groups, to themselves, and mTLS without TLS', () => {
    const d = inferenceDesign();
    const edges = [
      ...d.edges,
      edge('x1', 'ghost', 'gw'),
      edge('x2', 'gw', 'platform'),
      edge('x3', 'triton', 'triton'),
      { ...edge('x4', 'gw', 'triton'), security: { tls: false, mtls: true, authn: 'mtls' as const } },
    ];
    expect(problemsOf({ edges })).toEqual([
      'edges.3.source problem.unknownNode',
      'edges.4.target problem.edgeEndNotNode',
      'edges.5.target problem.selfLoop',
      'edges.6.security.tls problem.mtlsWithoutTls',
    ]);
  });

  it('reports boxes and entry load for ids that cannot have them', () => {
    const layout = { elements: { gw: { x: 0, y: 0 }, e1: { x: 0, y: 0 }, ghost: { x: 1, y: 1 }, region: { x: 0, y: 0 } }, direction: 'LR' as const };
    expect(problemsOf({ layout })).toEqual(['layout.elements.e1 problem.layoutUnknown', 'layout.elements.ghost problem.layoutUnknown']);
    const workload = { ...inferenceDesign().workload, entryRps: { client: 1, platform: 2, ghost: 3 } };
    expect(problemsOf({ workload })).toEqual(['workload.entryRps.platform problem.unknownNode', 'workload.entryRps.ghost problem.unknownNode']);
  });

  it('does not take a prototype key for an element', () => {
    const layout = { elements: { constructor: { x: 0, y: 0 } }, direction: 'LR' as const };
    expect(problemsOf({ layout })).toEqual(['layout.elements.constructor problem.layoutUnknown']);
  });

  it('reports a pattern declared twice at its second position', () => {
    expect(problemsOf({ patterns: ['kappa', 'lambda', 'kappa'] })).toEqual(['patterns.2 problem.duplicatePattern']);
  });

  it('reports broken decision records', () => {
    const decisions = [
      decision('adr-1', 1, { links: ['gw', 'nowhere'] }),
      decision('adr-1', 2),
      decision('adr-3', 2, { supersededBy: 9 }),
      decision('adr-4', 4, { supersededBy: 4 }),
    ];
    const problems = checkDesignIntegrity({ ...inferenceDesign(), decisions });
    expect(problems).toEqual([
      { path: ['decisions', 0, 'links', 1], key: 'problem.unknownElement', values: { id: 'nowhere' } },
      { path: ['decisions', 1, 'id'], key: 'problem.duplicateId', values: { id: 'adr-1' } },
      { path: ['decisions', 2, 'number'], key: 'problem.duplicateAdrNumber', values: { number: 2 } },
      { path: ['decisions', 2, 'supersededBy'], key: 'problem.unknownAdr', values: { number: 9 } },
      { path: ['decisions', 3, 'supersededBy'], key: 'problem.selfSupersede', values: { number: 4 } },
    ]);
  });

  it('lets decision ids and element ids overlap: they are separate namespaces', () => {
    expect(checkDesignIntegrity({ ...inferenceDesign(), decisions: [decision('gw', 1, { links: ['gw'] })] })).toEqual([]);
  });
});
