import { describe, expect, it } from 'vitest';
import { adoptUserNodes, getElevatedEdgeZIndex, type InternalNodeBase, type NodeBase, type ParentLookup } from '@xyflow/system';
import { design as designOf, edge, group, node } from '../../core/testing/builders';
import { connectionZ, elementZ } from './flowZ';
import { createFlowMapper } from './toFlow';

describe('the levels connections are drawn at', () => {
  // Without boxes (the fallback grid places them): z-indexes do not depend on where things are.
  const design = designOf(
    group('outer', 'zone'),
    group('inner', 'zone', { parent: 'outer' }),
    node('top'),
    node('other'),
    node('in-outer', 'service', { parent: 'outer' }),
    node('in-inner', 'service', { parent: 'inner' }),
    node('also-inner', 'service', { parent: 'inner' }),
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
