/**
 * Test support for the labs' reference solutions: builds on a lab's starting design with the
 * same commands the app applies, so a solution is the start plus what a student adds.
 */
import { applyCommand } from '../../model/commands/applyCommand';
import type { Command, DesignPatch } from '../../model/commands/types';
import type { Decision, Design, DesignEdge, DesignGroup, DesignNode, Workload } from '../../model/types';

export interface Additions {
  readonly groups?: readonly DesignGroup[];
  readonly nodes?: readonly DesignNode[];
  readonly edges?: readonly DesignEdge[];
  readonly decisions?: readonly Decision[];
  /** Node or group id → props to merge into its props (for elements of the start). */
  readonly props?: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
  /** Edge id → fields to replace (for connections of the start). */
  readonly edgePatches?: Readonly<Record<string, Partial<Pick<DesignEdge, 'security' | 'resilience' | 'mode' | 'props' | 'protocol' | 'callsPerRequest'>>>>;
  readonly remove?: readonly string[];
  readonly patterns?: DesignPatch['patterns'];
  readonly workload?: Partial<Workload>;
}

/** The design with the additions applied as commands, in order: removals, groups, nodes, edges, patches, decisions, design fields. */
export function extend(start: Design, add: Additions): Design {
  const commands: Command[] = [];
  for (const id of add.remove ?? []) {
    if (start.nodes.some((n) => n.id === id)) commands.push({ op: 'remove-node', id });
    else if (start.edges.some((e) => e.id === id)) commands.push({ op: 'remove-edge', id });
    else commands.push({ op: 'remove-group', id });
  }
  for (const group of add.groups ?? []) commands.push({ op: 'add-group', group });
  for (const node of add.nodes ?? []) commands.push({ op: 'add-node', node });
  for (const edge of add.edges ?? []) commands.push({ op: 'add-edge', edge });
  let design = start;
  for (const command of commands) design = applyCommand(design, command).design;
  commands.length = 0;
  for (const [id, props] of Object.entries(add.props ?? {})) {
    const node = design.nodes.find((n) => n.id === id);
    if (node !== undefined) commands.push({ op: 'update-node', id, patch: { props: { ...node.props, ...props } } });
    else {
      const group = design.groups.find((g) => g.id === id)!;
      commands.push({ op: 'update-group', id, patch: { props: { ...group.props, ...props } } });
    }
  }
  for (const [id, patch] of Object.entries(add.edgePatches ?? {})) commands.push({ op: 'update-edge', id, patch });
  for (const decision of add.decisions ?? []) commands.push({ op: 'add-decision', decision });
  const patch: DesignPatch = {};
  if (add.patterns !== undefined) patch.patterns = add.patterns;
  if (add.workload !== undefined) patch.workload = { ...design.workload, ...add.workload };
  if (Object.keys(patch).length > 0) commands.push({ op: 'update-design', patch });
  for (const command of commands) design = applyCommand(design, command).design;
  return design;
}

/**
 * The start with what a template start took out put back: the template's groups, components and
 * connections whose ids the start lacks, in the template's order.
 */
export function restore(start: Design, template: Design): Design {
  const have = new Set([...start.nodes, ...start.edges, ...start.groups].map((e) => e.id));
  const rates = Object.entries(template.workload.entryRps).filter(([id]) => !have.has(id));
  return extend(start, {
    groups: template.groups.filter((g) => !have.has(g.id)),
    nodes: template.nodes.filter((n) => !have.has(n.id)),
    edges: template.edges.filter((e) => !have.has(e.id)),
    ...(rates.length === 0 ? {} : { workload: { entryRps: { ...start.workload.entryRps, ...Object.fromEntries(rates) } } }),
  });
}
