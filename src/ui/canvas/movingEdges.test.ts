import { describe, expect, it } from 'vitest';
import { applyCommand, createDesign, type Command, type Design } from '../../core';
import { MOVING_EDGE_CLASS, markMoving, movingIds } from './movingEdges';
import { createFlowMapper } from './toFlow';

function build(...commands: Command[]): Design {
  return commands.reduce((d, c) => applyCommand(d, c).design, createDesign('d', 'D'));
}

const edge = (id: string, source: string, target: string): Command => ({
  op: 'add-edge',
  edge: { id, source, target, label: '', protocol: 'https', mode: 'async', callsPerRequest: 1, security: { tls: true, mtls: false, authn: 'none' }, resilience: { retries: 0, circuitBreaker: false }, props: {} },
});

const design = build(
  { op: 'add-group', group: { id: 'region', kind: 'region', label: 'EU', description: '', props: {} }, box: { x: 0, y: 0, width: 900, height: 600 } },
  { op: 'add-group', group: { id: 'az', kind: 'zone', label: 'AZ a', description: '', props: {}, parent: 'region' }, box: { x: 20, y: 40, width: 400, height: 300 } },
  { op: 'add-node', node: { id: 'svc', type: 'microservice', label: 'Service', description: '', technology: '', props: {}, parent: 'az' }, box: { x: 60, y: 80 } },
  { op: 'add-node', node: { id: 'db', type: 'postgres', label: 'Database', description: '', technology: '', props: {}, parent: 'region' }, box: { x: 500, y: 80 } },
  { op: 'add-node', node: { id: 'client', type: 'web-client', label: 'Client', description: '', technology: '', props: {} }, box: { x: 1000, y: 0 } },
  { op: 'add-node', node: { id: 'kafka', type: 'kafka', label: 'Events', description: '', technology: '', props: {} }, box: { x: 1000, y: 300 } },
  edge('e1', 'client', 'svc'),
  edge('e2', 'svc', 'db'),
  edge('e3', 'client', 'kafka'),
);

const marked = (dragged: string[]) => {
  const { edges } = createFlowMapper()(design, []);
  return markMoving(edges, movingIds(design, new Set(dragged)))
    .filter((e) => e.className === MOVING_EDGE_CLASS)
    .map((e) => e.id);
};

describe('movingEdges', () => {
  it('marks the connections of a dragged component, and no other', () => {
    expect(marked(['db'])).toEqual(['e2']);
    expect(marked(['client'])).toEqual(['e1', 'e3']);
  });

  it('marks the connections of everything inside a dragged group, at any depth', () => {
    expect([...movingIds(design, new Set(['region']))].sort()).toEqual(['az', 'db', 'region', 'svc']);
    expect(marked(['region'])).toEqual(['e1', 'e2']);
    expect(marked(['az'])).toEqual(['e1', 'e2']);
  });

  it('gives the same connections back when nothing is dragged, and keeps the objects it does not mark', () => {
    const { edges } = createFlowMapper()(design, []);
    expect(markMoving(edges, new Set())).toBe(edges);
    const after = markMoving(edges, movingIds(design, new Set(['db'])));
    expect(after[0]).toBe(edges[0]);
    expect(after[2]).toBe(edges[2]);
    expect(after[1]).not.toBe(edges[1]);
  });
});
