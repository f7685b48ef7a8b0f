import { describe, expect, it } from 'vitest';
import { getComponentType } from '../catalog/registry';
import { RULES } from '../rules/registry';
import { PATTERNS } from '../model/vocabulary';
import { designSchema } from '../model/schema';
import type { Design } from '../model/types';
import { computeMetrics } from '../metrics';
import { checkDesign } from '../rules';
import { designTranslationSchema, translationGaps, type DesignTranslation } from './designTranslation';
import { frenchTypographyFaults, textsOf } from './frenchTypography';
import { evaluateObjectives, getLab, labComplete, LABS, parseLab, startLab, templateTranslationFile, type Lab, type LabPart } from './index';
import { SOLUTIONS } from './solutions';
import lab01 from './data/lab-01.json';
import lab02 from './data/lab-02.json';
import lab03 from './data/lab-03.json';
import lab04 from './data/lab-04.json';
import lab05 from './data/lab-05.json';
import lab06 from './data/lab-06.json';
import lab07 from './data/lab-07.json';
import lab08 from './data/lab-08.json';
import lab09 from './data/lab-09.json';

const FILES = [lab01, lab02, lab03, lab04, lab05, lab06, lab07, lab08, lab09];

/** Deterministic ids, as the app's newId would give random ones. */
function ids(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${(n += 1)}`;
}

const parts = LABS.flatMap((lab) => lab.parts.map((part) => [lab.number, part.id, lab] as const));

describe('the lab files', () => {
  it.each(FILES.map((file, i) => [i + 1, file] as const))('lab-%i.json is a valid lab file', (_n, file) => {
    const result = parseLab(file);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('give nine labs, one per IA007 module, numbered like their module', () => {
    expect(LABS.map((l) => [l.number, l.module])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, n]));
    expect(getLab(4)?.number).toBe(4);
    expect(getLab(42)).toBeUndefined();
  });

  it('give lab 1 three parts (real-time recommendation, batch analytics, edge IoT), the others one', () => {
    expect(getLab(1)!.parts.map((p) => p.id)).toEqual(['realtime', 'batch', 'edge']);
    for (const lab of LABS.filter((l) => l.number !== 1)) expect(lab.parts).toHaveLength(1);
  });

  it('name only rules, patterns and catalogue types that exist', () => {
    const rules = new Set(RULES.map((r) => r.id));
    for (const [, , lab] of parts) {
      for (const part of lab.parts) {
        for (const o of part.objectives) {
          if (o.kind === 'rule') expect(rules.has(o.rule), o.rule).toBe(true);
          if (o.kind === 'pattern') expect(PATTERNS).toContain(o.pattern);
          if (o.kind === 'element' && o.type !== undefined) expect(getComponentType(o.type), o.type).toBeDefined();
        }
      }
    }
  });

  it('ask for decision records in the final lab', () => {
    const final = getLab(9)!.parts[0]!.objectives.find((o) => o.kind === 'decisions');
    expect(final).toMatchObject({ kind: 'decisions', status: 'accepted' });
    expect(final!.kind === 'decisions' && final!.min).toBeGreaterThanOrEqual(5);
  });

  it('give hints from gentle to explicit: at least three per lab', () => {
    for (const lab of LABS) expect(lab.hints.length, `lab ${lab.number}`).toBeGreaterThanOrEqual(3);
  });
});

/** Every French text of a lab, with where it is. */
function frenchTexts(lab: Lab): [string, string][] {
  const out: [string, string][] = [
    ['title', lab.title.fr],
    ['brief', lab.brief.fr],
    ['scenario', lab.scenario.fr],
    ...lab.hints.map((h, i): [string, string] => [`hints[${i}]`, h.fr]),
  ];
  for (const part of lab.parts) {
    out.push([`${part.id}.title`, part.title.fr]);
    for (const o of part.objectives) out.push([`${part.id}.${o.id}`, o.label.fr]);
  }
  return out;
}

describe('the French texts', () => {
  it.each(LABS.map((lab) => [lab.number, lab] as const))('of lab %i follow French typography', (_n, lab) => {
    const faults: string[] = [];
    for (const [where, text] of frenchTexts(lab)) {
      if (/[ \u202f][:;?!]/.test(text) || /[^\s\u00a0\u202f][;?!]/.test(text)) faults.push(`${where}: space before : ; ? !`);
      if (/«(?!\u00a0)|(?<!\u00a0)»/.test(text)) faults.push(`${where}: « » without no-break spaces`);
      if (text.includes("'")) faults.push(`${where}: straight apostrophe`);
      if (/\d \d{3}/.test(text)) faults.push(`${where}: plain space in a number`);
    }
    expect(faults).toEqual([]);
  });
});

describe('each lab part', () => {
  it.each(parts)('lab %i, part %s: the starting design does not complete it', (_n, partId, lab) => {
    const start = startLab(lab, partId, 'en', ids());
    expect(designSchema.safeParse(start).success).toBe(true);
    const results = evaluateObjectives(lab.parts.find((p) => p.id === partId)!, start);
    expect(labComplete(results)).toBe(false);
  });

  it.each(parts)('lab %i, part %s: the reference solution meets every objective', (number, partId, lab) => {
    const solve = SOLUTIONS[number]?.[partId];
    expect(solve, `no reference solution for lab ${number}, part ${partId}`).toBeDefined();
    const solution = solve!(startLab(lab, partId, 'en', ids()));
    expect(designSchema.safeParse(solution).success).toBe(true);
    const failed = evaluateObjectives(lab.parts.find((p) => p.id === partId)!, solution)
      .filter((r) => !r.passed)
      .map((r) => `${r.id}: ${r.detail.en}`);
    expect(failed).toEqual([]);
  });

  it.each(parts)('lab %i, part %s: starts the same in French, names and texts aside', (_n, partId, lab) => {
    const en = startLab(lab, partId, 'en', ids());
    const fr = startLab(lab, partId, 'fr', ids());
    expect(fr.nodes.map((n) => [n.id, n.type])).toEqual(en.nodes.map((n) => [n.id, n.type]));
    expect(fr.edges.map((e) => e.id)).toEqual(en.edges.map((e) => e.id));
    expect(fr.workload).toEqual(en.workload);
    expect(fr.name.startsWith('Atelier ')).toBe(true);
  });
});

/** The lab parts that start from a design of their own (labs 3, 5 and 7). */
const ownDesigns = parts.flatMap(([number, partId, lab]) => {
  const start = lab.parts.find((p) => p.id === partId)!.start;
  return start.kind === 'design' ? [[number, partId, start] as const] : [];
});

/** The French texts a part's starting design is given: its template's, or the lab's own. */
function frenchTextsOf(part: LabPart): DesignTranslation | undefined {
  const { start } = part;
  if (start.kind === 'design') return start.translations?.fr;
  if (start.kind === 'template') return designTranslationSchema.parse(templateTranslationFile(start.template, 'fr'));
  return undefined;
}

/** What the rules find, without their messages (which quote labels). */
function findingIds(design: Design): string[] {
  return checkDesign(design).findings.map((f) => `${f.ruleId} ${f.severity} ${[...f.nodes, ...f.edges, ...f.groups].join(',')}`);
}

/** The metrics without the labels they repeat. */
function figures(design: Design): unknown {
  const metrics = computeMetrics(design);
  return { ...metrics, nodes: metrics.nodes.map(({ label: _l, ...rest }) => rest) };
}

describe('the labs’ own starting designs (labs 3, 5, 7)', () => {
  it('are the ones of labs 3, 5 and 7', () => {
    expect(ownDesigns.map(([number]) => number)).toEqual([3, 5, 7]);
  });

  it.each(ownDesigns)('lab %i, part %s: has French texts for every text of its design', (_n, _partId, start) => {
    expect(start.translations, 'start.translations.fr').toBeDefined();
    const missing = translationGaps(start.design, start.translations!.fr).missing.map((path) => path.join('.'));
    expect(missing, 'start.translations.fr misses these texts').toEqual([]);
  });

  it.each(ownDesigns)('lab %i, part %s: translates only what its design has', (_n, _partId, start) => {
    expect(translationGaps(start.design, start.translations!.fr).stray.map((path) => path.join('.'))).toEqual([]);
  });

  it.each(ownDesigns)('lab %i, part %s: writes its French texts as a French speaker does', (_n, _partId, start) => {
    const faults = textsOf(start.translations).flatMap(([where, text]) => frenchTypographyFaults(text).map((fault) => `${where}: ${fault}`));
    expect(faults).toEqual([]);
  });
});

describe('each lab part started in French', () => {
  it.each(parts)('lab %i, part %s: has the French labels of its template or of the lab', (_n, partId, lab) => {
    const part = lab.parts.find((p) => p.id === partId)!;
    const fr = startLab(lab, partId, 'fr', ids());
    const en = startLab(lab, partId, 'en', ids());
    const translation = frenchTextsOf(part);
    if (translation === undefined) {
      expect(fr.nodes).toEqual(en.nodes);
      return;
    }
    for (const element of [...fr.nodes, ...fr.groups, ...fr.edges]) {
      const label = Object.hasOwn(translation.elements, element.id) ? translation.elements[element.id]!.label : undefined;
      if (label !== undefined) expect(element.label, element.id).toBe(label);
    }
    expect(fr.nodes.some((n, i) => n.label !== en.nodes[i]!.label)).toBe(true);
    for (const d of fr.decisions) expect(d.title, d.id).toBe(translation.decisions[d.id]?.title ?? d.title);
  });

  it.each(parts)('lab %i, part %s: gives the same findings, metrics and objective results as in English', (_n, partId, lab) => {
    const part = lab.parts.find((p) => p.id === partId)!;
    const en = startLab(lab, partId, 'en', ids());
    const fr = startLab(lab, partId, 'fr', ids());
    expect(findingIds(fr)).toEqual(findingIds(en));
    expect(figures(fr)).toEqual(figures(en));
    const results = (d: Design) => evaluateObjectives(part, d).map((r) => [r.id, r.passed]);
    expect(results(fr)).toEqual(results(en));
  });

  it.each(parts)('lab %i, part %s: the reference solution meets every objective from the French start too', (number, partId, lab) => {
    const solution = SOLUTIONS[number]![partId]!(startLab(lab, partId, 'fr', ids()));
    const failed = evaluateObjectives(lab.parts.find((p) => p.id === partId)!, solution).filter((r) => !r.passed).map((r) => `${r.id}: ${r.detail.en}`);
    expect(failed).toEqual([]);
  });
});
