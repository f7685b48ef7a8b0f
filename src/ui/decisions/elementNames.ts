import type { Design } from '../../core';

/** What a decision can link to, each with the name a person knows it by, in canvas order. */
export interface LinkableElement {
  id: string;
  name: string;
}

/**
 * The components, connections (`source → target`, with their label) and groups of a design,
 * named for people. Unnamed elements fall back to their id so that none is blank.
 */
export function linkableElements(design: Design): LinkableElement[] {
  const nodeName = new Map(design.nodes.map((n) => [n.id, n.label === '' ? n.id : n.label]));
  const nodes = design.nodes.map((n) => ({ id: n.id, name: nodeName.get(n.id)! }));
  const edges = design.edges.map((e) => {
    const ends = `${nodeName.get(e.source) ?? e.source} → ${nodeName.get(e.target) ?? e.target}`;
    return { id: e.id, name: e.label === '' ? ends : `${e.label} (${ends})` };
  });
  const groups = design.groups.map((g) => ({ id: g.id, name: g.label === '' ? g.id : g.label }));
  return [...nodes, ...edges, ...groups];
}
