import { describe, expect, it } from 'vitest';
import { parseLab, parseLabText, type LabParseResult } from './parseLab';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the changes write deliberately ill-typed values
type Loose = any;

/** A small valid lab file; tests break one field at a time. */
function file(): { format: string; version: number; lab: Loose } {
  return {
    format: 'archlab-lab',
    version: 1,
    lab: {
      number: 12,
      module: 3,
      title: { fr: 'Un atelier', en: 'A lab' },
      brief: { fr: 'Faites ceci.', en: 'Do this.' },
      scenario: { fr: 'Une entreprise.', en: 'A company.' },
      workload: { peakRps: 100, currency: 'EUR' },
      parts: [
        {
          id: 'main',
          title: { fr: 'Partie', en: 'Part' },
          start: { blank: true },
          objectives: [
            { id: 'spof', kind: 'rule', rule: 'operations/single-point-of-failure', label: { fr: 'Pas de SPOF', en: 'No SPOF' } },
            { id: 'gw', kind: 'element', role: 'gateway', label: { fr: 'Une passerelle', en: 'A gateway' } },
          ],
        },
      ],
      hints: [{ fr: 'Un indice.', en: 'A hint.' }],
    },
  };
}

type Mutate = (lab: Loose) => void;

function problemsOf(result: LabParseResult): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

function withChange(change: Mutate): string[] {
  const f = file();
  change(f.lab);
  return problemsOf(parseLab(f));
}

const objective = (o: Record<string, unknown>) => (lab: Loose) => {
  lab.parts[0].objectives[1] = { id: 'x', label: { fr: 'X', en: 'X' }, ...o };
};

describe('parseLab', () => {
  it('reads a valid file, filling defaults', () => {
    const result = parseLab(file());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lab.parts[0]!.start).toEqual({ kind: 'blank' });
    expect(result.lab.parts[0]!.objectives[1]).toMatchObject({ kind: 'element', role: 'gateway', min: 1 });
    expect(result.lab.workload).toEqual({ peakRps: 100, currency: 'EUR' });
  });

  it('checks the envelope first', () => {
    expect(problemsOf(parseLab([]))).toEqual(['(file): expected an ArchLab lab file (a JSON object)']);
    expect(problemsOf(parseLab({ ...file(), format: 'archlab' }))).toEqual(['format: expected "archlab-lab": this is not an ArchLab lab file']);
    expect(problemsOf(parseLab({ ...file(), version: 2 }))).toEqual(['version: expected version 1, the lab file version this ArchLab reads']);
  });

  it('reports a JSON syntax error as one problem', () => {
    const result = parseLabText('{ "format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^the file is not valid JSON/);
  });

  it('reports every problem with its path', () => {
    const problems = withChange((lab) => {
      lab.number = 0;
      lab.module = 10;
      delete lab.title.fr;
      lab.parts[0].objectives[0].rule = 'resilience/no-such-rule';
    });
    expect(problems).toHaveLength(4);
    expect(problems).toContain('lab.parts[0].objectives[0].rule: no rule “resilience/no-such-rule” (archlab rules lists them)');
    expect(problems.some((p) => p.startsWith('lab.number: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('lab.module: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('lab.title.fr: '))).toBe(true);
  });

  it('speaks French', () => {
    const f = file();
    f.lab.parts[0].objectives[0].rule = 'x/y';
    const result = parseLab(f, { language: 'fr' });
    expect(problemsOf(result)).toEqual(['lab.parts[0].objectives[0].rule: aucune règle «\u00a0x/y\u00a0» (archlab rules les liste)']);
  });

  it('refuses unknown keys, as design files do', () => {
    expect(withChange((lab) => (lab.tittle = 'x'))[0]).toMatch(/^lab: .*tittle/);
  });

  it('refuses Markdown in briefs, scenarios and hints', () => {
    expect(withChange((lab) => (lab.brief.en = 'Do **this**.'))).toEqual([
      'lab.brief.en: plain paragraphs only, without Markdown (headings, lists, emphasis, code, links)',
    ]);
    expect(withChange((lab) => (lab.hints[0].fr = '# Titre\n\nTexte'))).toHaveLength(1);
    expect(withChange((lab) => (lab.scenario.en = 'See [the docs](https://example.com).'))).toHaveLength(1);
    expect(withChange((lab) => (lab.scenario.en = 'First.\n\n- a bullet'))).toHaveLength(1);
  });

  it('wants exactly one start, and remove only with a template', () => {
    expect(withChange((lab) => (lab.parts[0].start = {}))).toEqual(['lab.parts[0].start: give exactly one start: "blank": true, a "template" or a "design"']);
    expect(withChange((lab) => (lab.parts[0].start = { blank: true, remove: ['a'] }))).toEqual(['lab.parts[0].start.remove: "remove" applies to a template start only']);
    expect(withChange((lab) => (lab.parts[0].start = { template: 'no-such-template' }))).toEqual(['lab.parts[0].start.template: no template “no-such-template”']);
  });

  it('checks that a template start removes elements the template has', () => {
    const problems = withChange((lab) => (lab.parts[0].start = { template: 'realtime-recommendation', remove: ['ranker', 'no-such-element'] }));
    expect(problems).toEqual(['lab.parts[0].start.remove[1]: the template “realtime-recommendation” has no element “no-such-element”']);
  });

  it('validates an inline starting design like a design file', () => {
    const problems = withChange((lab) => (lab.parts[0].start = { design: { id: 'd', name: 'D', nodes: [{ id: 'a', type: 'microservice', label: 'A', props: { replicas: 0 } }] } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lab\.parts\[0\]\.start\.design\.nodes\[0\]\.props\.replicas: /);
  });

  it('reads the French texts of an inline starting design', () => {
    const f = file();
    f.lab.parts[0].start = {
      design: { id: 'd', name: 'D', nodes: [{ id: 'a', type: 'microservice', label: 'A' }] },
      translations: { fr: { elements: { a: { label: 'Un A' } } } },
    };
    const result = parseLab(f);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.lab.parts[0]!.start).toMatchObject({ kind: 'design', translations: { fr: { elements: { a: { label: 'Un A' } }, decisions: {}, customTypes: {} } } });
    delete f.lab.parts[0].start.translations;
    const plain = parseLab(f);
    expect(plain.ok && plain.lab.parts[0]!.start).toEqual({ kind: 'design', design: expect.objectContaining({ id: 'd' }) });
  });

  it('checks that the French texts name what the inline design has, each with its path', () => {
    const start = (translations: unknown) => (lab: Loose) => {
      lab.parts[0].start = {
        design: { id: 'd', name: 'D', nodes: [{ id: 'a', type: 'microservice', label: 'A' }, { id: 'b', type: 'microservice', label: 'B' }], edges: [{ id: 'a-b', source: 'a', target: 'b' }] },
        translations,
      };
    };
    expect(withChange(start({ fr: { elements: { nope: { label: 'Non' } } } }))).toEqual([
      'lab.parts[0].start.translations.fr.elements.nope: no component, connection or group has the id "nope"',
    ]);
    expect(withChange(start({ fr: { elements: { 'a-b': { label: 'appel', description: 'non' } } } }))).toEqual([
      'lab.parts[0].start.translations.fr.elements["a-b"]: Unrecognized key: "description"',
    ]);
    expect(withChange(start({ fr: { decisions: { 'adr-1': { title: 'Non' } } } }))[0]).toMatch(/^lab\.parts\[0\]\.start\.translations\.fr\.decisions: .*adr-1/);
    expect(withChange(start({ fr: { elements: { a: { label: '' } } } }))[0]).toMatch(/^lab\.parts\[0\]\.start\.translations\.fr\.elements\.a\.label: /);
    expect(withChange(start({ de: {} }))).toContain('lab.parts[0].start.translations: Unrecognized key: "de"');
    expect(withChange(start({ fr: { elements: { a: { label: 'Un A' } } } }))).toEqual([]);
  });

  it('takes French texts for an inline design only: a template has its own', () => {
    expect(withChange((lab) => (lab.parts[0].start = { template: 'realtime-recommendation', translations: { fr: {} } }))[0]).toMatch(/^lab\.parts\[0\]\.start: .*translations/);
    expect(withChange((lab) => (lab.parts[0].start = { blank: true, translations: { fr: {} } }))[0]).toMatch(/^lab\.parts\[0\]\.start: .*translations/);
  });

  it('checks metric objectives: a bound, min not above max, currency for costs only', () => {
    expect(withChange(objective({ kind: 'metric', metric: 'p99LatencyMs' }))).toEqual(['lab.parts[0].objectives[1]: give "max", "min" or both']);
    expect(withChange(objective({ kind: 'metric', metric: 'availability', min: 99.9, max: 99 }))).toEqual(['lab.parts[0].objectives[1].min: "min" is above "max"']);
    expect(withChange(objective({ kind: 'metric', metric: 'availability', min: 99.9, currency: 'EUR' }))).toEqual([
      'lab.parts[0].objectives[1].currency: "currency" applies to cost metrics only',
    ]);
    expect(withChange(objective({ kind: 'metric', metric: 'throughput', max: 1 }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.metric: /);
    expect(withChange(objective({ kind: 'metric', metric: 'monthlyCost', max: 1000, currency: 'EUR', atRequestsPerSecond: 500 }))).toEqual([]);
  });

  it('checks element objectives: what to count, and a type of the catalogue', () => {
    expect(withChange(objective({ kind: 'element' }))).toEqual(['lab.parts[0].objectives[1]: give a "type", a "role" or a "groupKind"']);
    expect(withChange(objective({ kind: 'element', groupKind: 'region', role: 'gateway' }))).toEqual([
      'lab.parts[0].objectives[1].groupKind: "groupKind" counts groups: leave out "type" and "role"',
    ]);
    expect(withChange(objective({ kind: 'element', type: 'flux-capacitor' }))).toEqual([
      'lab.parts[0].objectives[1].type: no component type “flux-capacitor” in the catalogue (archlab catalog lists them)',
    ]);
    expect(withChange(objective({ kind: 'element', role: 'wizard' }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.role: /);
    expect(withChange(objective({ kind: 'element', type: 'triton', role: 'model-server', min: 2 }))).toEqual([]);
  });

  it('checks pattern and decision objectives', () => {
    expect(withChange(objective({ kind: 'pattern', pattern: 'microkernel' }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.pattern: /);
    expect(withChange(objective({ kind: 'decisions', min: 0 }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.min: /);
    expect(withChange(objective({ kind: 'decisions', min: 3, status: 'approved' }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.status: /);
    expect(withChange(objective({ kind: 'decisions', min: 3, status: 'accepted' }))).toEqual([]);
  });

  it('refuses an unknown kind of objective', () => {
    expect(withChange(objective({ kind: 'vibes' }))[0]).toMatch(/^lab\.parts\[0\]\.objectives\[1\]\.kind: /);
  });

  it('wants ids unique among a part’s objectives and among parts', () => {
    expect(withChange(objective({ id: 'spof', kind: 'element', role: 'gateway' }))).toEqual([
      'lab.parts[0].objectives[1].id: the objective id “spof” is used twice in this part',
    ]);
    expect(withChange((lab) => lab.parts.push(lab.parts[0]))).toEqual(['lab.parts[1].id: the part id “main” is used twice']);
  });

  it('wants at least one part, one objective and one hint', () => {
    expect(withChange((lab) => (lab.parts = []))[0]).toMatch(/^lab\.parts: /);
    expect(withChange((lab) => (lab.parts[0].objectives = []))[0]).toMatch(/^lab\.parts\[0\]\.objectives: /);
    expect(withChange((lab) => (lab.hints = []))[0]).toMatch(/^lab\.hints: /);
  });

  it('takes a partial workload, without per-entry rates', () => {
    expect(withChange((lab) => (lab.workload = { availabilityTargetPct: 100 }))[0]).toMatch(/^lab\.workload\.availabilityTargetPct: /);
    expect(withChange((lab) => (lab.workload = { entryRps: { a: 1 } }))[0]).toMatch(/^lab\.workload: .*entryRps/);
    expect(withChange((lab) => (lab.parts[0].workload = { peakRps: 5 }))).toEqual([]);
  });
});
