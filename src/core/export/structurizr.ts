/**
 * A Structurizr DSL workspace (https://docs.structurizr.com/dsl/language) from the C4 model:
 * model (people, software systems with containers, relationships, one deployment
 * environment), views (system context and container view per internal system, deployment) and
 * styles. Every `{` ends its line and every `}` is alone on its line; user text only appears in
 * double-quoted strings escaped by `structurizrString`.
 */
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { toC4Model, type C4Container, type C4DeploymentNode, type C4System } from './c4Model';
import { structurizrString as q } from './escape';

/**
 * Structurizr wants unique names for people and software systems, for containers within a
 * system and for deployment nodes within a parent: later duplicates get " (2)", " (3)", ...
 */
class NameScope {
  private readonly used = new Set<string>();
  unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n += 1) candidate = `${name} (${n})`;
    this.used.add(candidate);
    return candidate;
  }
}

const CONTAINER_TAGS: Record<C4Container['kind'], string | undefined> = {
  container: undefined,
  database: 'Database',
  queue: 'Queue',
};

function systemLines(system: C4System, names: NameScope): string[] {
  const tags = system.external ? ' "External"' : '';
  const head = `softwareSystem ${q(names.unique(system.name))} ${q(system.description)}${tags}`;
  if (system.containers.length === 0) return [`${system.id} = ${head}`];
  const containerNames = new NameScope();
  return [
    `${system.id} = ${head} {`,
    ...system.containers.map((c) => {
      const tag = CONTAINER_TAGS[c.kind];
      return `    ${c.id} = container ${q(containerNames.unique(c.name))} ${q(c.description)} ${q(c.technology)}${tag === undefined ? '' : ` ${q(tag)}`}`;
    }),
    '}',
  ];
}

function deploymentLines(node: C4DeploymentNode, names: NameScope): string[] {
  const childNames = new NameScope();
  return [
    `${node.id} = deploymentNode ${q(names.unique(node.name))} ${q(node.description)} ${q(node.technology)} {`,
    ...node.containers.map((id) => `    containerInstance ${id}`),
    ...node.children.flatMap((child) => deploymentLines(child, childNames)).map((line) => `    ${line}`),
    '}',
  ];
}

const indent = (lines: readonly string[], depth: number) => lines.map((line) => `${'    '.repeat(depth)}${line}`);

const view = (head: string) => [`${head} {`, '    include *', '    autoLayout lr', '}'];

/** A whole Structurizr DSL workspace for the design, ending with a newline. */
export function toStructurizr(design: Design, language: Language): string {
  const model = toC4Model(design, language);
  const internal = model.systems.filter((s) => !s.external);
  const env = q(model.deployment.name);
  const names = new NameScope();
  const topNodeNames = new NameScope();
  const seenRelationships = new Set<string>();
  const relationships = model.relationships.filter((r) => {
    const key = JSON.stringify([r.from, r.to, r.description]);
    if (seenRelationships.has(key)) return false;
    seenRelationships.add(key);
    return true;
  });
  const modelLines = [
    ...model.people.map((p) => `${p.id} = person ${q(names.unique(p.name))} ${q(p.description)}`),
    ...model.systems.flatMap((system) => systemLines(system, names)),
    // Structurizr refuses two relationships with the same source, destination and description.
    ...relationships.map((r) => `${r.from} -> ${r.to} ${q(r.description)} ${q(r.technology)}`),
    ...(model.deployment.nodes.length === 0
      ? []
      : [`deploymentEnvironment ${env} {`, ...indent(model.deployment.nodes.flatMap((node) => deploymentLines(node, topNodeNames)), 1), '}']),
  ];
  const viewLines = [
    ...internal.flatMap((s) => view(`systemContext ${s.id} ${q(`${s.id}_context`)}`)),
    ...internal.filter((s) => s.containers.length > 0).flatMap((s) => view(`container ${s.id} ${q(`${s.id}_containers`)}`)),
    ...(model.deployment.nodes.length === 0 ? [] : view(`deployment * ${env} "deployment"`)),
    'styles {',
    ...indent(
      [
        'element "Person" {',
        '    shape Person',
        '}',
        'element "Database" {',
        '    shape Cylinder',
        '}',
        'element "Queue" {',
        '    shape Pipe',
        '}',
        'element "External" {',
        '    background #999999',
        '    color #ffffff',
        '}',
      ],
      1,
    ),
    '}',
  ];
  const lines = [
    `workspace ${q(model.name)} ${q(model.description)} {`,
    ...indent(['model {', ...indent(modelLines, 1), '}', 'views {', ...indent(viewLines, 1), '}'], 1),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
