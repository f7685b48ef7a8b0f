import { describe, expect, it } from 'vitest';
import { adoptUserNodes, getElevatedEdgeZIndex, type InternalNodeBase, type NodeBase, type ParentLookup } from '@xyflow/system';
import { designFrom } from '../../core/testing/builders';
import { connectionZ, elementZ } from './flowZ';
import { createFlowMapper } from './toFlow';

const group = (id: string, parent?: string) => ({
  op: 'add-group' as const,
  group: { id, kind: 'zone' as const, label: id, description: '', props: {}, ...(parent === undefined ? {} : { parent }) },
  box: { x: 0, y: 0, width: 800, height: 600 },
});
const node = (id: string, parent?: string) => ({
  op: 'add-node' as const,
  node: { id, type: 'microservice', label: id, description: '', technology: '', props: {}, ...(parent === undefined ? {} : { parent }) },
  box: { x: 10, y: 10 },
});
const edge = (id: string, source: string, target: string) => ({
  op: 'add-edge' as const,
  edge: { id, source, target, label: '', protocol: 'https' as const, mode: 'sync' as const, callsPerRequest: 1, security: { tls: true, mtls: false, authn: 'none' as const }, resilience: { retries: 0, circuitBreaker: false }, props: {} },
});

describe('the levels connections are drawn at', () => {
  const design = designFrom(
    group('outer'),
    group('inner', 'outer'),
    node('top'),
    node('other'),
    node('in-outer', 'outer'),
    node('in-inner', 'inner'),
    node('also-inner', 'inner'),
    edge('top-top', 'top', 'other'),
    edge('top-outer', 'top', 'in-outer'),
    edge('outer-inner', 'in-outer', 'in-inner'),
    edge('inner-inner', 'in-inner', 'also-inner'),
  );

  it.each([[[]], [['outer']], [['inner']], [['in-inner']], [['top', 'in-outer']], [['outer', 'also-inner']]])(
    'match React Flow’s z-indexes with %j selected',
    (selection: string[]) => {
      const { nodes } = createFlowMapper()(design, selection);
      const lookup = new Map<string, InternalNodeBase>();
      adoptUserNodes(nodes as NodeBase[], lookup, new Map() as ParentLookup, { elevateNodesOnSelect: true });
      const z = elementZ(design, new Set(selection));
      for (const [id, internal] of lookup) expect(z.get(id), id).toBe(internal.internals.z);
      const parentOf = new Map(design.nodes.map((n) => [n.id, n.parent]));
      for (const e of design.edges) {
        const expected = getElevatedEdgeZIndex({ sourceNode: lookup.get(e.source)!, targetNode: lookup.get(e.target)! });
        expect(connectionZ(e, parentOf, z), e.id).toBe(expected);
      }
    },
  );
});
