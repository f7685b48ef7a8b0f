import { describe, expect, it } from 'vitest';
import { box, deepFreeze, design, edge, fields, group, inferenceDesign, node } from '../testing/builders';
import { GROUP_PADDING, LAYOUT_SPACING, LAYOUT_THOROUGHNESS, ROOT_ID, toElkGraph, type ElkNode } from './toElkGraph';

/** The ELK node with this id, anywhere in the graph. */
function find(graph: ElkNode, id: string): ElkNode | undefined {
  if (graph.id === id) return graph;
  for (const child of graph.children ?? []) {
    const found = find(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The tree of ids: `{ id: [children...] }`, leaves as plain ids. */
function shape(graph: ElkNode): unknown {
  return graph.children === undefined ? graph.id : { [graph.id]: graph.children.map(shape) };
}

/** Every edge with the id of the ELK node holding it. */
function edgesByContainer(graph: ElkNode, into: Record<string, string[]> = {}): Record<string, string[]> {
  for (const e of graph.edges ?? []) (into[graph.id] ??= []).push(`${e.id}:${e.sources.join()}->${e.targets.join()}`);
  for (const child of graph.children ?? []) edgesByContainer(child, into);
  return into;
}

describe('toElkGraph', () => {
  it('nests groups as compound nodes and components as leaves, as in the design', () => {
    const graph = toElkGraph(inferenceDesign(), { direction: 'LR' });
    expect(graph.id).toBe(ROOT_ID);
    expect(shape(graph)).toEqual({
      [ROOT_ID]: [{ region: [{ platform: ['gw', 'triton', 'features'] }] }, 'client'],
    });
  });

  it('nests a group listed before its parent under that parent', () => {
    const d = design(group('inner', 'zone', { parent: 'outer' }), group('outer', 'region'), node('a', 'service', { parent: 'inner' }));
    expect(shape(toElkGraph(d, { direction: 'LR' }))).toEqual({ [ROOT_ID]: [{ outer: [{ inner: ['a'] }] }] });
  });

  it('gives components their stored size or the default one', () => {
    const d = design(node('a'), node('b'), fields({ layout: { elements: { a: box(5, 5, 320, 100), b: box(0, 0) } } }));
    const graph = toElkGraph(d, { direction: 'LR', sizes: { node: { width: 150, height: 50 }, group: { width: 300, height: 200 } } });
    expect(find(graph, 'a')).toMatchObject({ width: 320, height: 100 });
    expect(find(graph, 'b')).toMatchObject({ width: 150, height: 50 });
    expect(toElkGraph(d, { direction: 'LR' }).children?.[1]).toEqual({ id: 'b', width: 200, height: 72 });
  });

  it('does not copy positions: ELK places everything anew', () => {
    const graph = toElkGraph(inferenceDesign(), { direction: 'LR' });
    expect(find(graph, 'gw')).toEqual({ id: 'gw', width: 200, height: 72 });
    expect(find(graph, 'region')?.x).toBeUndefined();
  });

  it('pads groups, with room for the label on top, and gives them a minimum size', () => {
    const graph = toElkGraph(inferenceDesign(), { direction: 'LR' });
    const platform = find(graph, 'platform');
    const { top, left, bottom, right } = GROUP_PADDING;
    expect(top).toBeGreaterThan(left);
    expect(platform?.layoutOptions?.['elk.padding']).toBe(`[top=${top},left=${left},bottom=${bottom},right=${right}]`);
    expect(platform?.layoutOptions?.['elk.nodeSize.constraints']).toBe('MINIMUM_SIZE');
    expect(platform?.layoutOptions?.['elk.nodeSize.minimum']).toMatch(/^\(\d+, \d+\)$/);
  });

  it('makes an empty group a leaf of its stored or default size', () => {
    const d = design(group('empty', 'cluster'), group('sized', 'zone'), fields({ layout: { elements: { sized: box(0, 0, 500, 300) } } }));
    const graph = toElkGraph(d, { direction: 'LR' });
    expect(find(graph, 'empty')).toEqual({ id: 'empty', width: 360, height: 240, layoutOptions: {} });
    expect(find(graph, 'sized')).toMatchObject({ width: 500, height: 300 });
  });

  it('puts each edge in the innermost group holding both ends, with its source and target', () => {
    const d = design(
      group('outer', 'region'),
      group('left', 'zone', { parent: 'outer' }),
      group('right', 'zone', { parent: 'outer' }),
      node('a', 'service', { parent: 'left' }),
      node('b', 'service', { parent: 'left' }),
      node('c', 'service', { parent: 'right' }),
      node('d'),
      edge('ab', 'a', 'b'),
      edge('ac', 'a', 'c'),
      edge('cd', 'c', 'd'),
      edge('da', 'd', 'a'),
    );
    expect(edgesByContainer(toElkGraph(d, { direction: 'LR' }))).toEqual({
      [ROOT_ID]: ['cd:c->d', 'da:d->a'],
      outer: ['ac:a->c'],
      left: ['ab:a->b'],
    });
  });

  it('lays out the whole hierarchy at once with the layered algorithm', () => {
    const graph = toElkGraph(inferenceDesign(), { direction: 'LR' });
    expect(graph.layoutOptions).toMatchObject({ 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' });
    expect(find(graph, 'platform')?.layoutOptions?.['elk.algorithm']).toBe('layered');
  });

  it('maps LR to RIGHT and TB to DOWN, in the root and every group', () => {
    for (const [direction, elk] of [
      ['LR', 'RIGHT'],
      ['TB', 'DOWN'],
    ] as const) {
      const graph = toElkGraph(inferenceDesign(), { direction });
      expect([graph, find(graph, 'region'), find(graph, 'platform')].map((n) => n?.layoutOptions?.['elk.direction'])).toEqual([elk, elk, elk]);
    }
  });

  it('spaces nodes and layers so that nothing touches, and widens layers for long edge labels (left to right)', () => {
    const short = toElkGraph(inferenceDesign(), { direction: 'LR' }).layoutOptions ?? {};
    expect(Number(short['elk.spacing.nodeNode'])).toBeGreaterThanOrEqual(LAYOUT_SPACING.nodeNode);
    expect(Number(short['elk.layered.spacing.nodeNodeBetweenLayers'])).toBe(LAYOUT_SPACING.betweenLayers);
    const labelled = design(node('a'), node('b'), edge('e', 'a', 'b', { label: 'publishes scored transactions to the fraud queue' }));
    const wide = Number(toElkGraph(labelled, { direction: 'LR' }).layoutOptions?.['elk.layered.spacing.nodeNodeBetweenLayers']);
    expect(wide).toBeGreaterThan(LAYOUT_SPACING.betweenLayers);
    expect(wide).toBeLessThanOrEqual(LAYOUT_SPACING.maxBetweenLayers);
    const down = Number(toElkGraph(labelled, { direction: 'TB' }).layoutOptions?.['elk.layered.spacing.nodeNodeBetweenLayers']);
    expect(down).toBe(LAYOUT_SPACING.betweenLayers);
  });

  it('tries less hard on crossings for large designs', () => {
    const small = toElkGraph(inferenceDesign(), { direction: 'LR' });
    expect(small.layoutOptions?.['elk.layered.thoroughness']).toBe(String(LAYOUT_THOROUGHNESS.small));
    const many = design(...Array.from({ length: LAYOUT_THOROUGHNESS.largeFrom }, (_, i) => node(`n${i}`)));
    expect(toElkGraph(many, { direction: 'LR' }).layoutOptions?.['elk.layered.thoroughness']).toBe(String(LAYOUT_THOROUGHNESS.large));
  });

  it('does not touch the design, and maps an empty design to an empty root', () => {
    const frozen = deepFreeze(inferenceDesign());
    expect(() => toElkGraph(frozen, { direction: 'TB' })).not.toThrow();
    const empty = toElkGraph(design(), { direction: 'LR' });
    expect(empty.children).toEqual([]);
    expect(empty.edges).toEqual([]);
  });
});
