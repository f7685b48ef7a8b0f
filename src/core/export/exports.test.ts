import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidString, plantUmlString, structurizrText } from './escape';
import { toMermaid } from './mermaid';
import { MERMAID_LINE } from './mermaidLines';
import { toPlantUml, type PlantUmlView } from './plantuml';
import { toStructurizr } from './structurizr';
import { EXAMPLES, hostileDesign, smallDesign } from './testDesigns';

const PLANTUML_VIEWS: readonly PlantUmlView[] = ['context', 'container', 'deployment'];
const MERMAID_VIEWS = ['context', 'container'] as const;

describe.each([...EXAMPLES, ['small builder design', smallDesign()] as const])('exports of %s', (_name, design) => {
  it('Structurizr DSL', () => {
    expect(toStructurizr(design, 'en')).toMatchSnapshot();
  });
  it.each(PLANTUML_VIEWS)('C4-PlantUML %s view', (view) => {
    expect(toPlantUml(design, 'en', view)).toMatchSnapshot();
  });
  it.each(MERMAID_VIEWS)('Mermaid C4 %s view', (view) => {
    expect(toMermaid(design, 'en', view)).toMatchSnapshot();
  });
});

it('writes French titles and phrases', () => {
  expect(toPlantUml(smallDesign(), 'fr', 'container')).toContain('title Diagramme de conteneurs de Test design');
  expect(toMermaid(smallDesign(), 'fr', 'container')).toContain('"Appelle"');
});

/** Every line a C4-PlantUML export may contain; user text only inside double quotes. */
const PLANTUML_LINE =
  /^\s*(@startuml|@enduml|!include <C4\/C4_(Context|Container|Deployment)>|title [^\n]*|(Person|System|System_Ext|Container|ContainerDb|ContainerQueue|Rel)\(\w+(, \w+)?(, "[^"]*")*\)|(System_Boundary|Deployment_Node)\(\w+(, "[^"]*")*\) \{|\}|SHOW_LEGEND\(\)|LAYOUT_WITH_LEGEND\(\))$/;

/** The braces of a Structurizr DSL text outside strings balance, and each `{` ends its line. */
function checkStructurizr(text: string): void {
  let depth = 0;
  for (const line of text.split('\n')) {
    const outside = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(outside.replace(/""/g, '')).not.toContain('"');
    for (const char of outside) {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    if (outside.includes('{')) expect(outside.trimEnd().endsWith('{')).toBe(true);
    if (outside.includes('}')) expect(outside.trim()).toBe('}');
    expect(line.trimStart()).not.toMatch(/^[!#@%]|^\/\//);
  }
  expect(depth).toBe(0);
}

describe('hostile labels (property)', () => {
  it('C4-PlantUML: one @startuml/@enduml pair, only known lines, labels inside quotes', () => {
    fc.assert(
      fc.property(hostileDesign, ({ design, labels }) => {
        for (const view of PLANTUML_VIEWS) {
          const text = toPlantUml(design, 'en', view);
          const lines = text.trimEnd().split('\n');
          expect(lines.filter((l) => l.trim() === '@startuml')).toHaveLength(1);
          expect(lines.filter((l) => l.trim() === '@enduml')).toHaveLength(1);
          expect(lines[0]).toBe('@startuml');
          expect(lines.at(-1)).toBe('@enduml');
          expect(lines.filter((l) => /^\s*[!@%']/.test(l))).toEqual(['@startuml', lines[1], '@enduml']);
          for (const line of lines) expect(line).toMatch(PLANTUML_LINE);
          const [system, region, person, container, db, edgeLabel] = labels;
          const shown = { context: [system, person], container: [system, person, container, db, edgeLabel], deployment: [region, container, db, edgeLabel] }[view];
          for (const label of shown) expect(text).toContain(plantUmlString(label ?? '').slice(0, -1));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Mermaid C4: only known lines, no %% anywhere, labels inside quotes', () => {
    fc.assert(
      fc.property(hostileDesign, ({ design, labels }) => {
        for (const view of MERMAID_VIEWS) {
          const text = toMermaid(design, 'en', view);
          expect(text).not.toContain('%%');
          for (const line of text.trimEnd().split('\n')) expect(line).toMatch(MERMAID_LINE);
          const [system, , person, container, db, edgeLabel] = labels;
          const shown = view === 'context' ? [system, person] : [system, person, container, db, edgeLabel];
          for (const label of shown) expect(text).toContain(mermaidString(label ?? '').slice(0, -1));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Structurizr DSL: balanced braces outside strings, labels inside strings', () => {
    fc.assert(
      fc.property(hostileDesign, ({ design, labels }) => {
        const text = toStructurizr(design, 'en');
        checkStructurizr(text);
        for (const label of labels) expect(text).toContain(`"${structurizrText(label)}`);
      }),
      { numRuns: 60 },
    );
  });
});
