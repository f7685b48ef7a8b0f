/**
 * The C4 model of a design (https://c4model.com): people, software systems with their containers,
 * external systems, relationships and a deployment environment. Every format generator reads
 * this model, so they agree on what the design means; the identifiers in it are already safe for
 * every format and unique.
 */
import { resolveType } from '../catalog/customTypes';
import type { C4Kind } from '../catalog/vocabulary';
import type { Language } from '../i18n';
import type { Design, DesignEdge, DesignGroup, DesignNode } from '../model/types';
import type { GroupKind } from '../model/vocabulary';
import { IdentifierPool } from './identifiers';

export type C4ContainerKind = 'container' | 'database' | 'queue';

export interface C4Person {
  readonly id: string;
  /** The id of the design node. */
  readonly sourceId: string;
  readonly name: string;
  readonly description: string;
}

export interface C4Container {
  readonly id: string;
  readonly sourceId: string;
  readonly kind: C4ContainerKind;
  readonly name: string;
  readonly description: string;
  readonly technology: string;
}

export interface C4System {
  readonly id: string;
  /** The id of the design group or node it comes from; undefined for the implicit system. */
  readonly sourceId: string | undefined;
  readonly name: string;
  readonly description: string;
  /** External systems (catalog kind `external`) are outside the team's control. */
  readonly external: boolean;
  readonly containers: readonly C4Container[];
}

export interface C4Relationship {
  /** Element ids (person, system or container) in this model. */
  readonly from: string;
  readonly to: string;
  readonly description: string;
  readonly technology: string;
}

export type C4DeploymentKind = 'region' | 'zone' | 'cluster';

export interface C4DeploymentNode {
  readonly id: string;
  readonly sourceId: string;
  readonly kind: C4DeploymentKind;
  readonly name: string;
  readonly description: string;
  /** What the node is, in words: "Region", "Availability zone", "Cluster". */
  readonly technology: string;
  readonly children: readonly C4DeploymentNode[];
  /** Ids of the containers running in this node (not in a child node). */
  readonly containers: readonly string[];
}

export interface C4Model {
  readonly name: string;
  readonly description: string;
  readonly people: readonly C4Person[];
  /** Internal systems first (in design order), then external systems. */
  readonly systems: readonly C4System[];
  /** Relationships between the elements, at container level, in edge order. */
  readonly relationships: readonly C4Relationship[];
  readonly deployment: { readonly name: string; readonly nodes: readonly C4DeploymentNode[] };
}

const DEPLOYMENT_KINDS: ReadonlySet<GroupKind> = new Set<GroupKind>(['region', 'zone', 'cluster']);

const WORDS = {
  en: {
    calls: 'Calls',
    sendsEvents: 'Sends events to',
    async: 'async',
    production: 'Production',
    region: 'Region',
    zone: 'Availability zone',
    cluster: 'Cluster',
    other: 'other containers',
  },
  fr: {
    calls: 'Appelle',
    sendsEvents: 'Envoie des événements à',
    async: 'asynchrone',
    production: 'Production',
    region: 'Région',
    zone: 'Zone de disponibilité',
    cluster: 'Cluster',
    other: 'autres conteneurs',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The catalog's C4 kind of a node; unknown types count as containers. */
function c4KindOf(design: Design, node: DesignNode): C4Kind {
  return resolveType(design, node.type)?.c4 ?? 'container';
}

/** The groups around `parent`, innermost first (stops on a cycle). */
function enclosingGroups(groupsById: ReadonlyMap<string, DesignGroup>, parent: string | undefined): DesignGroup[] {
  const chain: DesignGroup[] = [];
  const seen = new Set<string>();
  let current = parent === undefined ? undefined : groupsById.get(parent);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parent === undefined ? undefined : groupsById.get(current.parent);
  }
  return chain;
}

/** The technology of an edge: its protocol upper-cased, plus "async" for asynchronous edges. */
export function edgeTechnology(edge: DesignEdge, language: Language): string {
  const parts = edge.protocol === 'other' ? [] : [edge.protocol.toUpperCase()];
  if (edge.mode === 'async') parts.push(WORDS[language].async);
  return parts.join(', ');
}

/** The description of an edge: its label, else a phrase saying what the call does. */
export function edgeDescription(edge: DesignEdge, language: Language): string {
  if (edge.label.trim() !== '') return edge.label;
  return edge.mode === 'async' ? WORDS[language].sendsEvents : WORDS[language].calls;
}

function describe(design: Design, node: DesignNode, language: Language): { description: string; technology: string } {
  const type = resolveType(design, node.type);
  return {
    description: node.description.trim() !== '' ? node.description : (type?.name[language] ?? node.type),
    technology: node.technology.trim() !== '' ? node.technology : (type?.technology ?? ''),
  };
}

export function toC4Model(design: Design, language: Language): C4Model {
  const ids = new IdentifierPool();
  const groupsById = new Map(design.groups.map((g) => [g.id, g]));
  /** Design node id → C4 element id, for relationships. */
  const elementOf = new Map<string, string>();

  const people: C4Person[] = [];
  const externals: C4System[] = [];
  const standalone: C4System[] = [];
  const containersBySystemGroup = new Map<string, C4Container[]>();
  const looseContainers: C4Container[] = [];

  for (const node of design.nodes) {
    const kind = c4KindOf(design, node);
    const { description, technology } = describe(design, node, language);
    const id = ids.take(node.id);
    elementOf.set(node.id, id);
    if (kind === 'person') {
      people.push({ id, sourceId: node.id, name: node.label, description });
    } else if (kind === 'external' || kind === 'software-system') {
      const system = { id, sourceId: node.id, name: node.label, description, external: kind === 'external', containers: [] };
      (kind === 'external' ? externals : standalone).push(system);
    } else {
      const container: C4Container = { id, sourceId: node.id, kind, name: node.label, description, technology };
      const systemGroup = enclosingGroups(groupsById, node.parent).find((g) => g.kind === 'system');
      if (systemGroup === undefined) looseContainers.push(container);
      else containersBySystemGroup.set(systemGroup.id, [...(containersBySystemGroup.get(systemGroup.id) ?? []), container]);
    }
  }

  const systemGroups = design.groups.filter((g) => g.kind === 'system');
  // Containers outside every system boundary: part of the one system when the design draws one,
  // else of a system of their own, named after the design (or apart from the others' names).
  if (looseContainers.length > 0 && systemGroups.length === 1) {
    const only = systemGroups[0]!.id;
    containersBySystemGroup.set(only, [...looseContainers, ...(containersBySystemGroup.get(only) ?? [])]);
  }
  const systems: C4System[] = [];
  if (looseContainers.length > 0 && systemGroups.length !== 1) {
    systems.push({
      id: ids.take(`${design.id}_system`),
      sourceId: undefined,
      name: systemGroups.some((g) => g.label === design.name) ? `${design.name} (${WORDS[language].other})` : design.name,
      description: design.description,
      external: false,
      containers: looseContainers,
    });
  }
  for (const group of systemGroups) {
    systems.push({
      id: ids.take(group.id),
      sourceId: group.id,
      name: group.label,
      description: group.description,
      external: false,
      containers: containersBySystemGroup.get(group.id) ?? [],
    });
  }
  systems.push(...standalone, ...externals);

  const relationships: C4Relationship[] = [];
  for (const edge of design.edges) {
    const from = elementOf.get(edge.source);
    const to = elementOf.get(edge.target);
    if (from === undefined || to === undefined) continue;
    relationships.push({ from, to, description: edgeDescription(edge, language), technology: edgeTechnology(edge, language) });
  }

  return {
    name: design.name,
    description: design.description,
    people,
    systems,
    relationships,
    deployment: { name: WORDS[language].production, nodes: deploymentNodes(design, language, ids, elementOf, groupsById) },
  };
}

/** Deployment nodes from the region, zone and cluster groups, nested as the groups are. */
function deploymentNodes(
  design: Design,
  language: Language,
  ids: IdentifierPool,
  elementOf: ReadonlyMap<string, string>,
  groupsById: ReadonlyMap<string, DesignGroup>,
): C4DeploymentNode[] {
  const deploymentParent = (parent: string | undefined) =>
    enclosingGroups(groupsById, parent).find((g) => DEPLOYMENT_KINDS.has(g.kind))?.id;

  const containersIn = new Map<string, string[]>();
  for (const node of design.nodes) {
    const kind = c4KindOf(design, node);
    if (kind !== 'container' && kind !== 'database' && kind !== 'queue') continue;
    const where = deploymentParent(node.parent);
    const id = elementOf.get(node.id);
    if (where === undefined || id === undefined) continue;
    containersIn.set(where, [...(containersIn.get(where) ?? []), id]);
  }

  const childrenOf = new Map<string | undefined, DesignGroup[]>();
  for (const group of design.groups) {
    if (!DEPLOYMENT_KINDS.has(group.kind)) continue;
    const parent = deploymentParent(group.parent);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), group]);
  }

  const build = (group: DesignGroup, trail: ReadonlySet<string>): C4DeploymentNode => {
    const kind = group.kind as C4DeploymentKind;
    const inner = new Set([...trail, group.id]);
    return {
      id: ids.take(group.id),
      sourceId: group.id,
      kind,
      name: group.label,
      description: group.description,
      technology: WORDS[language][kind],
      children: (childrenOf.get(group.id) ?? []).filter((g) => !inner.has(g.id)).map((g) => build(g, inner)),
      containers: containersIn.get(group.id) ?? [],
    };
  };
  return (childrenOf.get(undefined) ?? []).map((g) => build(g, new Set()));
}

/** The system a container belongs to, by container id. */
export function systemOfContainer(model: C4Model): ReadonlyMap<string, C4System> {
  return new Map(model.systems.flatMap((system) => system.containers.map((c) => [c.id, system] as const)));
}

/** Every container of the model, by id. */
export function containersById(model: C4Model): ReadonlyMap<string, C4Container> {
  return new Map(model.systems.flatMap((system) => system.containers.map((c) => [c.id, c] as const)));
}

/**
 * The relationships of the system context view: containers collapsed into their system,
 * relationships inside one system dropped, and parallel relationships merged (distinct
 * descriptions and technologies joined).
 */
export function contextRelationships(model: C4Model): C4Relationship[] {
  const systemOf = systemOfContainer(model);
  const lift = (id: string) => systemOf.get(id)?.id ?? id;
  const merged = new Map<string, { from: string; to: string; descriptions: string[]; technologies: string[] }>();
  for (const rel of model.relationships) {
    const from = lift(rel.from);
    const to = lift(rel.to);
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    const entry = merged.get(key) ?? { from, to, descriptions: [], technologies: [] };
    if (!entry.descriptions.includes(rel.description)) entry.descriptions.push(rel.description);
    for (const tech of rel.technology.split(', ')) if (tech !== '' && !entry.technologies.includes(tech)) entry.technologies.push(tech);
    merged.set(key, entry);
  }
  return [...merged.values()].map((e) => ({ from: e.from, to: e.to, description: e.descriptions.join('; '), technology: e.technologies.join(', ') }));
}
