/**
 * Mermaid C4 diagrams (https://mermaid.js.org/syntax/c4.html) from the C4 model: system
 * context and container views. Checked with `mermaid.parse` of mermaid 11.17. User text only
 * appears in double-quoted macro arguments and the title, escaped by `mermaidString`.
 */
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { contextRelationships, toC4Model, type C4Container, type C4Model, type C4Relationship, type C4System } from './c4Model';
import { mermaidString as q, mermaidTitle } from './escape';

export type MermaidView = 'context' | 'container';

const TITLES: Record<Language, Record<MermaidView, string>> = {
  en: { context: 'System context diagram for', container: 'Container diagram for' },
  fr: { context: 'Diagramme de contexte de', container: 'Diagramme de conteneurs de' },
};

const CONTAINER_MACROS: Record<C4Container['kind'], string> = {
  container: 'Container',
  database: 'ContainerDb',
  queue: 'ContainerQueue',
};

const systemLine = (system: C4System, indent: string) =>
  `${indent}${system.external ? 'System_Ext' : 'System'}(${system.id}, ${q(system.name)}, ${q(system.description)})`;

const relLines = (relationships: readonly C4Relationship[]) =>
  relationships.map((rel) => `  Rel(${rel.from}, ${rel.to}, ${q(rel.description)}, ${q(rel.technology)})`);

function body(model: C4Model, view: MermaidView): string[] {
  const lines = model.people.map((person) => `  Person(${person.id}, ${q(person.name)}, ${q(person.description)})`);
  if (view === 'context') {
    lines.push(...model.systems.map((system) => systemLine(system, '  ')));
    lines.push(...relLines(contextRelationships(model)));
    return lines;
  }
  for (const system of model.systems) {
    if (system.containers.length === 0) {
      lines.push(systemLine(system, '  '));
      continue;
    }
    lines.push(`  System_Boundary(${system.id}, ${q(system.name)}) {`);
    for (const c of system.containers) {
      lines.push(`    ${CONTAINER_MACROS[c.kind]}(${c.id}, ${q(c.name)}, ${q(c.technology)}, ${q(c.description)})`);
    }
    lines.push('  }');
  }
  lines.push(...relLines(model.relationships));
  return lines;
}

/** A Mermaid C4 diagram of the design, ending with a newline. */
export function toMermaid(design: Design, language: Language, view: MermaidView): string {
  const model = toC4Model(design, language);
  const first = view === 'context' ? 'C4Context' : 'C4Container';
  const lines = [first, `  title ${mermaidTitle(`${TITLES[language][view]} ${model.name}`)}`, ...body(model, view)];
  return `${lines.join('\n')}\n`;
}
