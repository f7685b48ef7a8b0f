import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../document/parseDesign';
import { serializeDesign } from '../../document/serializeDesign';
import { computeMetrics } from '../../metrics';
import type { Design } from '../../model/types';
import { checkDesign, patternChecklists, RULES } from '../../rules';
import { designTranslationSchema, translationGaps, type DesignTranslation } from '../designTranslation';
import { frenchTypographyFaults, textsOf } from '../frenchTypography';
import { getTemplate, TEMPLATES, templateDesign, templateFile, templateTranslationFile } from '.';

/** Component boxes carry no size: the canvas default (200 × 72), with a margin in height. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 80;

interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

function rectOf(design: Design, id: string): Rect {
  const box = design.layout.elements[id];
  if (box === undefined) throw new Error(`${id} has no layout box`);
  return { x1: box.x, y1: box.y, x2: box.x + (box.width ?? NODE_WIDTH), y2: box.y + (box.height ?? NODE_HEIGHT) };
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function ancestorsOf(design: Design, id: string): string[] {
  const parents = new Map([...design.nodes, ...design.groups].map((e) => [e.id, e.parent]));
  const out: string[] = [];
  for (let p = parents.get(id); p !== undefined && !out.includes(p); p = parents.get(p)) out.push(p);
  return out;
}

function load(id: string): Design {
  const result = parseDesign(templateFile(id));
  if (!result.ok) throw new Error(`${id}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.design;
}

/** French as a French speaker types it: typographic apostrophes, a no-break space before : ; ? ! */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("'")) problems.push('straight apostrophe');
  if (/ [:;?!]/.test(text)) problems.push('breaking space before : ; ? !');
  if (/[^\s\u00a0\u202f(][:;?!]/.test(text)) problems.push('no space before : ; ? !');
  return problems;
}

/** A design without the texts a translation replaces: what must be the same in every language. */
function withoutTexts(design: Design): unknown {
  return {
    ...design,
    description: undefined,
    nodes: design.nodes.map(({ label: _l, description: _d, technology: _t, ...rest }) => rest),
    groups: design.groups.map(({ label: _l, description: _d, ...rest }) => rest),
    edges: design.edges.map(({ label: _l, ...rest }) => rest),
    decisions: design.decisions.map(({ title: _t, context: _c, decision: _d, consequences: _q, ...rest }) => rest),
    customTypes: design.customTypes.map(({ name: _n, description: _d, ...rest }) => rest),
  };
}

/** The stored French texts of a template, checked. */
function translationOf(id: string): DesignTranslation {
  const result = designTranslationSchema.safeParse(templateTranslationFile(id, 'fr'));
  if (!result.success) throw new Error(`${id}.fr.json: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** What the rules find, without their messages (which quote labels): rule, severity and elements. */
function findingIds(design: Design): string[] {
  return checkDesign(design).findings.map((f) => `${f.ruleId} ${f.severity} ${[...f.nodes, ...f.edges, ...f.groups].join(',')}`);
}

/** The metrics without the labels they repeat. */
function figures(design: Design): unknown {
  const metrics = computeMetrics(design);
  return { ...metrics, nodes: metrics.nodes.map(({ label: _l, ...rest }) => rest) };
}

describe('TEMPLATES', () => {
  it('lists the nine reference architectures of issue 8, and each template once', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(expect.arrayContaining([
      'realtime-recommendation',
      'batch-analytics',
      'edge-iot',
      'fraud-detection',
      'ml-data-pipeline',
      'multi-model-serving',
      'rag-llm-serving',
      'zero-trust-inference',
      'multi-region-platform',
    ]));
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it('has a design file for every template', () => {
    for (const t of TEMPLATES) expect(templateFile(t.id), t.id).toBeDefined();
    expect(templateFile('nope')).toBeUndefined();
  });

  it('names and summarises every template in French and English, French written as in French', () => {
    for (const t of TEMPLATES) {
      for (const text of [t.name, t.summary, ...(t.useCases ?? [])]) {
        expect(text.en.trim(), t.id).not.toBe('');
        expect(text.fr.trim(), t.id).not.toBe('');
        expect(frenchTypographyProblems(text.fr), `${t.id}: ${text.fr}`).toEqual([]);
      }
      expect(t.name.fr, t.id).not.toBe(t.name.en);
      expect(t.name.en.length, t.id).toBeLessThanOrEqual(200);
      expect(t.name.fr.length, t.id).toBeLessThanOrEqual(200);
    }
  });

  it('gives each template the IA007 modules it illustrates', () => {
    for (const t of TEMPLATES) {
      expect(t.modules.length, t.id).toBeGreaterThan(0);
      for (const m of t.modules) expect(m >= 1 && m <= 9, `${t.id}: module ${m}`).toBe(true);
    }
  });

  it('finds a template by id', () => {
    expect(getTemplate('edge-iot')?.name.fr).toBe('IoT en périphérie et apprentissage fédéré');
    expect(getTemplate('nope')).toBeUndefined();
  });
});

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, info) => {
  let design: Design;
  beforeAll(() => {
    design = load(id);
  });

  it('parses with no problem and spells out every field, as ArchLab writes a file', () => {
    const result = parseDesign(templateFile(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(serializeDesign(design))).toEqual(templateFile(id));
  });

  it('is the design of its id, named as the index names it, with a description, a workload and the patterns the index lists', () => {
    expect(design.id).toBe(id);
    expect([info.name.en, info.name.fr]).toContain(design.name);
    expect(design.description.length).toBeGreaterThan(200);
    expect(design.workload.peakRps).toBeGreaterThan(0);
    expect(design.workload.provider).toBeDefined();
    expect(design.patterns.length).toBeGreaterThan(0);
    expect(info.patterns).toEqual(design.patterns);
  });

  it('switches no rule off and overrides no severity', () => {
    expect(design.rulePolicy).toEqual({ disabled: [], severity: {} });
  });

  it('passes every item of the checklist of each pattern it declares', () => {
    const evaluation = checkDesign(design);
    const checklists = patternChecklists(design, evaluation, RULES);
    expect(checklists.map((c) => c.pattern)).toEqual(design.patterns);
    for (const checklist of checklists) {
      expect(checklist.items.length, checklist.pattern).toBeGreaterThan(0);
      const failing = checklist.items.filter((i) => !i.passed).map((i) => i.ruleId);
      expect(failing, checklist.pattern).toEqual([]);
      expect(checklist.complete, checklist.pattern).toBe(true);
    }
  });

  it('has no finding of severity error', () => {
    const errors = checkDesign(design).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${[...f.nodes, ...f.edges, ...f.groups].join(',')}`)).toEqual([]);
  });

  it('draws the system boundary and places every component inside a group, except clients', () => {
    expect(design.groups.some((g) => g.kind === 'system')).toBe(true);
    const outside = design.nodes.filter((n) => n.parent === undefined).map((n) => n.type);
    for (const type of outside) expect(['person', 'web-client', 'mobile-client', 'external-system', 'iot-device'], type).toContain(type);
  });

  it('places every component and group, children inside their group, groups with a size', () => {
    for (const group of design.groups) {
      const box = design.layout.elements[group.id];
      expect(box?.width, `${group.id} has a width`).toBeDefined();
      expect(box?.height, `${group.id} has a height`).toBeDefined();
    }
    for (const element of [...design.nodes, ...design.groups]) {
      const inner = rectOf(design, element.id);
      if (element.parent === undefined) continue;
      const outer = rectOf(design, element.parent);
      expect(inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2, `${element.id} inside ${element.parent}`).toBe(true);
    }
  });

  it('has no two components overlapping', () => {
    const rects = design.nodes.map((n) => [n.id, rectOf(design, n.id)] as const);
    for (const [i, [a, ra]] of rects.entries()) {
      for (const [b, rb] of rects.slice(i + 1)) expect(overlaps(ra, rb), `${a} overlaps ${b}`).toBe(false);
    }
  });

  it('has no group overlapping a component or a group it does not contain', () => {
    for (const group of design.groups) {
      const rg = rectOf(design, group.id);
      for (const other of [...design.nodes, ...design.groups]) {
        if (other.id === group.id || ancestorsOf(design, other.id).includes(group.id) || ancestorsOf(design, group.id).includes(other.id)) continue;
        expect(overlaps(rg, rectOf(design, other.id)), `${group.id} overlaps ${other.id}`).toBe(false);
      }
    }
  });
});

describe('templateDesign', () => {
  it('returns the template’s design with the requested id and its name in the requested language', () => {
    const fr = templateDesign('fraud-detection', 'fr', 'my-fraud-lab');
    const en = templateDesign('fraud-detection', 'en', 'my-fraud-lab-2');
    expect(fr.id).toBe('my-fraud-lab');
    expect(fr.name).toBe('Détection de fraude en temps réel');
    expect(en.id).toBe('my-fraud-lab-2');
    expect(en.name).toBe('Real-time fraud detection');
    const file = load('fraud-detection');
    expect({ ...en, id: file.id, name: file.name }).toEqual(file);
    expect(withoutTexts({ ...fr, id: file.id, name: file.name })).toEqual(withoutTexts(file));
  });

  it('returns the English design exactly as its file has it, for every template', () => {
    for (const t of TEMPLATES) {
      const file = load(t.id);
      expect(templateDesign(t.id, 'en', file.id), t.id).toEqual({ ...file, name: t.name.en });
    }
  });

  it('gives the French texts of the translation file in French', () => {
    const fr = templateDesign('realtime-recommendation', 'fr', 'reco');
    const node = (id: string) => fr.nodes.find((n) => n.id === id)!;
    expect(node('online-fs')).toMatchObject({ label: 'Feature store en ligne', type: 'feature-store-online' });
    expect(node('dlq').label).toBe('File de lettres mortes');
    expect(node('ranker').technology).toBe('NVIDIA Triton 24.10 (TensorRT, modèle de classement profond)');
    expect(fr.groups.find((g) => g.id === 'eks')!.label).toBe('Amazon EKS\u00a0: cluster d’inférence');
    expect(fr.edges.find((e) => e.id === 'reco-cache')!.label).toBe('articles populaires (repli)');
    expect(fr.decisions.find((d) => d.id === 'adr-3')!.title).toBe('Servir les articles populaires en cache quand la récupération ou le classement échoue');
    expect(fr.description).toMatch(/^Des recommandations de produits personnalisées/);
    const platform = templateDesign('multi-region-platform', 'fr', 'platform');
    expect(platform.customTypes[0]).toMatchObject({ id: 'custom-delivery-pipeline', name: 'Pipeline de livraison' });
  });

  it('validates the French texts without compiled validators when asked (the browser)', () => {
    expect(templateDesign('edge-iot', 'fr', 'edge', { jitless: true }).nodes.find((n) => n.id === 'aggregator')!.label).toBe('Agrégateur fédéré');
  });

  it('takes a function making the design id from a prefix', () => {
    const prefixes: string[] = [];
    const design = templateDesign('edge-iot', 'en', (prefix) => {
      prefixes.push(prefix);
      return `${prefix}-1`;
    });
    expect(design.id).toBe('design-1');
    expect(prefixes).toEqual(['design']);
  });

  it('returns a valid design, fresh on every call', () => {
    for (const t of TEMPLATES) {
      const design = templateDesign(t.id, 'fr', `copy-of-${t.id}`);
      expect(parseDesign(JSON.parse(serializeDesign(design))).ok, t.id).toBe(true);
    }
    const first = templateDesign('batch-analytics', 'en', 'a');
    first.nodes.splice(0, first.nodes.length);
    first.layout.elements.landing = { x: 0, y: 0 };
    const second = templateDesign('batch-analytics', 'en', 'b');
    expect(second.nodes.length).toBe(load('batch-analytics').nodes.length);
    expect(second.layout.elements.landing).toEqual(load('batch-analytics').layout.elements.landing);
  });

  it('validates without compiled validators when asked (the browser)', () => {
    expect(templateDesign('rag-llm-serving', 'en', 'rag', { jitless: true }).nodes.length).toBe(load('rag-llm-serving').nodes.length);
  });

  it('throws for an unknown template', () => {
    expect(() => templateDesign('no-such-template', 'en', 'x')).toThrow('no template no-such-template');
  });
});

describe.each(TEMPLATES.map((t) => [t.id] as const))('the French texts of template %s', (id) => {
  let english: Design;
  let french: Design;
  let translation: DesignTranslation;
  beforeAll(() => {
    english = templateDesign(id, 'en', id);
    french = templateDesign(id, 'fr', id);
    translation = translationOf(id);
  });

  it('are in the file <id>.fr.json, which loads', () => {
    expect(templateTranslationFile(id, 'fr')).toBeDefined();
    expect(templateTranslationFile(id, 'en')).toBeUndefined();
    expect(() => translationOf(id)).not.toThrow();
  });

  it('translate every text of the design: description, components, groups, connections, decisions', () => {
    const missing = translationGaps(load(id), translation).missing.map((path) => path.join('.'));
    expect(missing, `${id}.fr.json misses these texts`).toEqual([]);
  });

  it('name only elements, decisions and custom types the design has, and only texts their kind carries', () => {
    const stray = translationGaps(load(id), translation).stray.map((path) => path.join('.'));
    expect(stray, `${id}.fr.json translates what the design does not have`).toEqual([]);
  });

  it('are written as a French speaker writes them', () => {
    const faults = textsOf(translation).flatMap(([where, text]) => frenchTypographyFaults(text).map((fault) => `${where}: ${fault}`));
    expect(faults).toEqual([]);
  });

  it('give a French design that is the English one but for its texts', () => {
    expect(withoutTexts(french)).toEqual(withoutTexts({ ...english, name: french.name }));
    expect(parseDesign(JSON.parse(serializeDesign(french))).ok).toBe(true);
    const label = (d: Design, nodeId: string) => d.nodes.find((n) => n.id === nodeId)!.label;
    for (const [elementId, texts] of Object.entries(translation.elements)) {
      if (texts.label !== undefined && french.nodes.some((n) => n.id === elementId)) expect(label(french, elementId)).toBe(texts.label);
    }
    expect(french.description).toBe(translation.description);
  });

  it('leave the rules’ findings and the metrics as they are in English', () => {
    expect(findingIds(french)).toEqual(findingIds(english));
    const checklist = (d: Design) => patternChecklists(d, checkDesign(d), RULES).map((c) => [c.pattern, c.complete, c.items.map((i) => [i.ruleId, i.passed])]);
    expect(checklist(french)).toEqual(checklist(english));
    expect(figures(french)).toEqual(figures(english));
  });
});
