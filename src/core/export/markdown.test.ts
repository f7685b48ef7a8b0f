import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Design } from '../model/types';
import { decision, design, edge, fields, node } from '../testing/builders';
import { toMarkdownReport } from './markdown';
import { splitFences } from './markdownFences';
import { markdownParagraphs, markdownText } from './markdownText';
import { toMermaid } from './mermaid';
import { MERMAID_LINE } from './mermaidLines';
import { EXAMPLES, hostileReportDesign, smallDesign } from './testDesigns';

describe.each(EXAMPLES)('the Markdown report of %s', (_name, example) => {
  it.each(['en', 'fr'] as const)('in %s', (language) => {
    expect(toMarkdownReport(example, { language })).toMatchSnapshot();
  });
});

describe('toMarkdownReport', () => {
  it('writes the date only when it is given', () => {
    const d = smallDesign();
    expect(toMarkdownReport(d, { language: 'en' })).not.toMatch(/^Date:/m);
    expect(toMarkdownReport(d, { language: 'en', date: '2026-10-06' })).toMatch(/^# Test design\n\nDate: 2026-10-06\n/);
    expect(toMarkdownReport(d, { language: 'fr', date: '2026-10-06' })).toMatch(/^# Test design\n\nDate\u00a0: 2026-10-06\n/);
    expect(toMarkdownReport(d, { language: 'en' })).toBe(toMarkdownReport(d, { language: 'en' }));
  });

  it('embeds the context and container diagrams as Mermaid blocks', () => {
    const d = smallDesign();
    const { fences } = splitFences(toMarkdownReport(d, { language: 'fr' }));
    expect(fences).toEqual([
      { info: 'mermaid', content: toMermaid(d, 'fr', 'context') },
      { info: 'mermaid', content: toMermaid(d, 'fr', 'container') },
    ]);
  });

  it('writes every decision record, by number, with its texts and linked elements', () => {
    const d = design(
      node('gw', 'api-gateway', { label: 'Edge gateway' }),
      node('db', 'relational-db', { label: 'Orders' }),
      edge('e1', 'gw', 'db'),
      decision('adr-b', 12, {
        title: 'Keep orders in PostgreSQL',
        status: 'accepted',
        date: '2026-05-04',
        context: 'Orders need transactions.\n\nThe team knows SQL.',
        decision: 'We will use PostgreSQL 16.',
        consequences: 'Backups are managed.\nSchema changes need migrations.',
        links: ['db', 'e1'],
      }),
      decision('adr-a', 3, { title: 'Put an API gateway in front', status: 'superseded', supersededBy: 12, links: ['gw'] }),
    );
    const report = toMarkdownReport(d, { language: 'en' });
    const section = report.slice(report.indexOf('## Architecture decisions'));
    expect(section.indexOf('### ADR-003 Put an API gateway in front')).toBeLessThan(section.indexOf('### ADR-012 Keep orders in PostgreSQL'));
    expect(section).toContain('- Status: Superseded\n- Date: 2024-03-01\n- Linked elements: Edge gateway\n- Superseded by: ADR-012');
    expect(section).toContain('- Status: Accepted\n- Date: 2026-05-04\n- Linked elements: Orders, Edge gateway → Orders');
    expect(section).toContain('#### Context\n\nOrders need transactions.\n\nThe team knows SQL.');
    expect(section).toContain('#### Decision\n\nWe will use PostgreSQL 16.');
    expect(section).toContain('#### Consequences\n\nBackups are managed.\nSchema changes need migrations.');
    expect(toMarkdownReport(d, { language: 'fr' })).toContain('- Statut\u00a0: Remplacée\n');
  });

  it('says so in one line when a section is empty', () => {
    const report = toMarkdownReport(design(), { language: 'en' });
    for (const text of ['No component yet.', 'No group.', 'No connection yet.', 'No decision recorded yet.', 'No pattern declared yet.']) {
      expect(report).toContain(`\n${text}\n`);
    }
    expect(toMarkdownReport(design(), { language: 'fr' })).toContain('\nAucune décision enregistrée pour l’instant.\n');
  });

  it('writes the declared patterns in the language, and the workload', () => {
    const d = design(node('gw', 'api-gateway'), fields({ patterns: ['zero-trust'], workload: { peakRps: 50, latencySloMs: 80 } }));
    expect(toMarkdownReport(d, { language: 'fr' })).toMatch(/^- Zéro confiance\u00a0: \d+ exigences respectées sur \d+$/m);
    expect(toMarkdownReport(d, { language: 'en' })).toContain('latency objective (p99) 80 ms');
  });
});

/** The same design with every user text replaced by plain words: the structure to compare with. */
function plainTwin(d: Design): Design {
  return {
    ...d,
    name: 'Name',
    nodes: d.nodes.map((n) => ({ ...n, label: `Node ${n.id}`, description: n.description === '' ? '' : 'Text', technology: n.technology === '' ? '' : 'Tech' })),
    groups: d.groups.map((g) => ({ ...g, label: `Group ${g.id}`, description: g.description === '' ? '' : 'Text' })),
    edges: d.edges.map((e) => ({ ...e, label: e.label === '' ? '' : 'Edge' })),
    decisions: d.decisions.map((r) => ({ ...r, title: 'Title', context: 'Text', decision: 'Text', consequences: 'Text' })),
  };
}

/** The heading lines (`## Text`) outside the fences, the design's name and the ADR's title cut out. */
function headingShapes(report: string, d: Design): string[] {
  const title = `### ADR-001 ${markdownText(d.decisions[0]?.title ?? '')}`;
  return splitFences(report)
    .outside.filter((l) => /^ {0,3}#{1,6}( |$)/.test(l))
    .map((l) => (l === `# ${markdownText(d.name)}` ? '# NAME' : l === title ? '### ADR TITLE' : l));
}

/** An unescaped `|`: one that splits a table row into cells. */
const pipes = (row: string) => (row.replace(/\\./g, '').match(/\|/g) ?? []).length;

describe('hostile text (property)', () => {
  it('keeps the Mermaid blocks whole, starts no block from user text, and shows the text as text', () => {
    fc.assert(
      fc.property(hostileReportDesign, ({ design: d, labels, record }) => {
        const report = toMarkdownReport(d, { language: 'en' });
        const { fences, outside } = splitFences(report);

        // The diagrams: exactly the Mermaid exports, each line one the Mermaid checks allow.
        expect(fences).toEqual([
          { info: 'mermaid', content: toMermaid(d, 'en', 'context') },
          { info: 'mermaid', content: toMermaid(d, 'en', 'container') },
        ]);
        for (const fence of fences) {
          expect(fence.content).not.toContain('%%');
          for (const l of fence.content.trimEnd().split('\n')) expect(l).toMatch(MERMAID_LINE);
        }

        // No HTML anywhere outside the diagrams, and only the report's own blocks.
        for (const l of outside) {
          expect(l).not.toContain('<');
          expect(l).not.toMatch(/^( {4}|\t| {0,3}(>|[+*] |\d+[.)] |=|-{2,}|~{3}|`{3}))/);
        }
        expect(headingShapes(report, d)).toEqual(headingShapes(toMarkdownReport(plainTwin(d), { language: 'en' }), plainTwin(d)));
        expect(outside).toContain(`# ${markdownText(d.name)}`);
        expect(outside).toContain(`### ADR-001 ${markdownText(record.title)}`);

        // Tables keep their columns: no cell is split by a user's `|`.
        const rows = outside.filter((l) => l.startsWith('| '));
        for (const row of rows) expect([6, 5, 8, 4]).toContain(pipes(row));

        // The texts come through, escaped.
        for (const label of labels) expect(report).toContain(markdownText(label));
        for (const text of [record.context, record.decision, record.consequences]) expect(report).toContain(markdownParagraphs(text));
      }),
      { numRuns: 40 },
    );
  });
});
