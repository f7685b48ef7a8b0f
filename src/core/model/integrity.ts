import type { DesignShape } from './schema';
import type { MessageKey } from '../i18n/keys';
import { checkTypeIntegrity } from './typeIntegrity';

/** A cross-reference problem: where it is, and a message key with its parameters. */
export interface IntegrityProblem {
  path: (string | number)[];
  key: MessageKey;
  values: Record<string, string | number>;
}

/**
 * Checks what a per-field schema cannot: unique ids, references between elements, no cycles
 * among groups, no edge to a group or to itself. Runs in linear time over the design.
 */
export function checkDesignIntegrity(design: DesignShape): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const report = (path: (string | number)[], key: MessageKey, values: Record<string, string | number> = {}) =>
    problems.push({ path, key, values });

  const kindOf = new Map<string, 'node' | 'edge' | 'group'>();
  const claim = (id: string, kind: 'node' | 'edge' | 'group', path: (string | number)[]) => {
    if (kindOf.has(id)) report([...path, 'id'], 'problem.duplicateId', { id });
    else kindOf.set(id, kind);
  };
  design.groups.forEach((g, i) => claim(g.id, 'group', ['groups', i]));
  design.nodes.forEach((n, i) => claim(n.id, 'node', ['nodes', i]));
  design.edges.forEach((e, i) => claim(e.id, 'edge', ['edges', i]));

  const checkParent = (parent: string | undefined, path: (string | number)[]) => {
    if (parent === undefined) return;
    const kind = kindOf.get(parent);
    if (kind === undefined) report(path, 'problem.unknownGroup', { id: parent });
    else if (kind !== 'group') report(path, 'problem.parentNotGroup', { id: parent });
  };
  design.nodes.forEach((n, i) => checkParent(n.parent, ['nodes', i, 'parent']));
  design.groups.forEach((g, i) => checkParent(g.parent, ['groups', i, 'parent']));
  checkGroupCycles(design, report);

  design.edges.forEach((e, i) => {
    for (const end of ['source', 'target'] as const) {
      const kind = kindOf.get(e[end]);
      if (kind === undefined) report(['edges', i, end], 'problem.unknownNode', { id: e[end] });
      else if (kind !== 'node') report(['edges', i, end], 'problem.edgeEndNotNode', { id: e[end] });
    }
    if (e.source === e.target) report(['edges', i, 'target'], 'problem.selfLoop', { id: e.source });
    if (e.security.mtls && !e.security.tls) report(['edges', i, 'security', 'tls'], 'problem.mtlsWithoutTls', {});
  });

  for (const id of Object.keys(design.layout.elements)) {
    const kind = kindOf.get(id);
    if (kind === undefined || kind === 'edge') report(['layout', 'elements', id], 'problem.layoutUnknown', { id });
  }
  for (const id of Object.keys(design.workload.entryRps)) {
    if (kindOf.get(id) !== 'node') report(['workload', 'entryRps', id], 'problem.unknownNode', { id });
  }
  const declared = new Set<string>();
  design.patterns.forEach((pattern, i) => {
    if (declared.has(pattern)) report(['patterns', i], 'problem.duplicatePattern', { pattern });
    declared.add(pattern);
  });
  checkDecisions(design, kindOf, report);
  checkTypeIntegrity(design, report);
  return problems;
}

type Report = (path: (string | number)[], key: MessageKey, values?: Record<string, string | number>) => void;

function checkGroupCycles(design: DesignShape, report: Report): void {
  const parentOf = new Map(design.groups.map((g) => [g.id, g.parent]));
  const visited = new Set<string>();
  const onCycle = new Set<string>();
  for (const g of design.groups) {
    const trail: string[] = [];
    const inTrail = new Set<string>();
    let current: string | undefined = g.id;
    while (current !== undefined && parentOf.has(current) && !visited.has(current) && !inTrail.has(current)) {
      trail.push(current);
      inTrail.add(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && inTrail.has(current)) {
      for (const id of trail.slice(trail.indexOf(current))) onCycle.add(id);
    }
    for (const id of trail) visited.add(id);
  }
  design.groups.forEach((g, i) => {
    if (onCycle.has(g.id)) report(['groups', i, 'parent'], 'problem.groupCycle', { id: g.id });
  });
}

function checkDecisions(design: DesignShape, kindOf: Map<string, string>, report: Report): void {
  const ids = new Set<string>();
  const numbers = new Set<number>();
  design.decisions.forEach((d, i) => {
    if (ids.has(d.id)) report(['decisions', i, 'id'], 'problem.duplicateId', { id: d.id });
    ids.add(d.id);
    if (numbers.has(d.number)) report(['decisions', i, 'number'], 'problem.duplicateAdrNumber', { number: d.number });
    numbers.add(d.number);
    d.links.forEach((link, j) => {
      if (!kindOf.has(link)) report(['decisions', i, 'links', j], 'problem.unknownElement', { id: link });
    });
  });
  design.decisions.forEach((d, i) => {
    if (d.supersededBy !== undefined && !numbers.has(d.supersededBy))
      report(['decisions', i, 'supersededBy'], 'problem.unknownAdr', { number: d.supersededBy });
    if (d.supersededBy === d.number) report(['decisions', i, 'supersededBy'], 'problem.selfSupersede', { number: d.number });
  });
}
