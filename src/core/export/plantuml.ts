/**
 * C4-PlantUML (https://github.com/plantuml-stdlib/C4-PlantUML) from the C4 model, using the
 * copy of the library in PlantUML's standard library (`!include <C4/...>`). Checked with
 * PlantUML 1.2025.8. User text only appears in double-quoted macro arguments and the title,
 * escaped by `plantUmlString` / `plantUmlText`.
 */
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { contextRelationships, toC4Model, type C4Container, type C4DeploymentNode, type C4Model, type C4Relationship } from './c4Model';
import { plantUmlString as q, plantUmlText } from './escape';

export type PlantUmlView = 'context' | 'container' | 'deployment';

const INCLUDES: Record<PlantUmlView, string> = {
  context: '!include <C4/C4_Context>',
  container: '!include <C4/C4_Container>',
  deployment: '!include <C4/C4_Deployment>',
};

const TITLES: Record<Language, Record<PlantUmlView, string>> = {
  en: { context: 'System context diagram for', container: 'Container diagram for', deployment: 'Deployment diagram for' },
  fr: { context: 'Diagramme de contexte de', container: 'Diagramme de conteneurs de', deployment: 'Diagramme de déploiement de' },
};

const CONTAINER_MACROS: Record<C4Container['kind'], string> = {
  container: 'Container',
  database: 'ContainerDb',
  queue: 'ContainerQueue',
};

function containerLine(container: C4Container, indent: string): string {
  const macro = CONTAINER_MACROS[container.kind];
  return `${indent}${macro}(${container.id}, ${q(container.name)}, ${q(container.technology)}, ${q(container.description)})`;
}

function relLines(relationships: readonly C4Relationship[]): string[] {
  return relationships.map((rel) => `Rel(${rel.from}, ${rel.to}, ${q(rel.description)}, ${q(rel.technology)})`);
}

function peopleLines(model: C4Model): string[] {
  return model.people.map((person) => `Person(${person.id}, ${q(person.name)}, ${q(person.description)})`);
}

function body(model: C4Model, view: PlantUmlView): string[] {
  const lines: string[] = [];
  if (view === 'context') {
    lines.push(...peopleLines(model));
    for (const system of model.systems) {
      lines.push(`${system.external ? 'System_Ext' : 'System'}(${system.id}, ${q(system.name)}, ${q(system.description)})`);
    }
    lines.push(...relLines(contextRelationships(model)));
  } else if (view === 'container') {
    lines.push(...peopleLines(model));
    for (const system of model.systems) {
      if (system.containers.length === 0) {
        lines.push(`${system.external ? 'System_Ext' : 'System'}(${system.id}, ${q(system.name)}, ${q(system.description)})`);
        continue;
      }
      lines.push(`System_Boundary(${system.id}, ${q(system.name)}) {`);
      lines.push(...system.containers.map((c) => containerLine(c, '  ')));
      lines.push('}');
    }
    lines.push(...relLines(model.relationships));
  } else {
    const byId = new Map(model.systems.flatMap((s) => s.containers.map((c) => [c.id, c] as const)));
    const placed = new Set<string>();
    const node = (deployment: C4DeploymentNode, indent: string) => {
      lines.push(`${indent}Deployment_Node(${deployment.id}, ${q(deployment.name)}, ${q(deployment.technology)}, ${q(deployment.description)}) {`);
      for (const id of deployment.containers) {
        const container = byId.get(id);
        if (container === undefined) continue;
        placed.add(id);
        lines.push(containerLine(container, `${indent}  `));
      }
      for (const child of deployment.children) node(child, `${indent}  `);
      lines.push(`${indent}}`);
    };
    for (const deployment of model.deployment.nodes) node(deployment, '');
    lines.push(...relLines(model.relationships.filter((rel) => placed.has(rel.from) && placed.has(rel.to))));
  }
  return lines;
}

/** A C4-PlantUML diagram of the design: `@startuml` to `@enduml`, ending with a newline. */
export function toPlantUml(design: Design, language: Language, view: PlantUmlView): string {
  const model = toC4Model(design, language);
  const lines = [
    '@startuml',
    INCLUDES[view],
    `title ${plantUmlText(`${TITLES[language][view]} ${model.name}`)}`,
    ...body(model, view),
    view === 'deployment' ? 'SHOW_LEGEND()' : 'LAYOUT_WITH_LEGEND()',
    '@enduml',
  ];
  return `${lines.join('\n')}\n`;
}
