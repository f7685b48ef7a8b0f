import { describe, expect, it } from 'vitest';
import { getLab, parseLab, startLab, type Lab } from './index';

function ids(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}-${(n += 1)}`;
}

function lab(start: unknown, partWorkload?: unknown): Lab {
  const result = parseLab({
    format: 'archlab-lab',
    version: 1,
    lab: {
      number: 4,
      module: 4,
      title: { fr: 'Distribution', en: 'Serving' },
      brief: { fr: 'Consigne.', en: 'Brief.' },
      scenario: { fr: 'Scénario.', en: 'Scenario.' },
      workload: { peakRps: 900, latencySloMs: 100, currency: 'EUR' },
      parts: [
        {
          id: 'main',
          title: { fr: 'Partie', en: 'Part' },
          ...(partWorkload === undefined ? {} : { workload: partWorkload }),
          start,
          objectives: [{ id: 'gw', kind: 'element', role: 'gateway', label: { fr: 'P', en: 'G' } }],
        },
      ],
      hints: [{ fr: 'Indice.', en: 'Hint.' }],
    },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.lab;
}

describe('startLab', () => {
  it('starts blank, named after the lab, described by its scenario, with the lab’s workload', () => {
    const d = startLab(lab({ blank: true }), 'main', 'en', ids());
    expect(d).toMatchObject({ id: 'design-1', name: 'Lab 4 — Serving', description: 'Scenario.', nodes: [], edges: [] });
    expect(d.workload).toMatchObject({ peakRps: 900, latencySloMs: 100, currency: 'EUR', availabilityTargetPct: 99.9 });
    expect(startLab(lab({ blank: true }), 'main', 'fr', ids())).toMatchObject({ name: 'Atelier 4 — Distribution', description: 'Scénario.' });
  });

  it('puts the part’s workload over the lab’s', () => {
    expect(startLab(lab({ blank: true }, { peakRps: 50 }), 'main', 'en', ids()).workload).toMatchObject({ peakRps: 50, latencySloMs: 100 });
  });

  it('starts from a template with the listed elements taken out, with their connections', () => {
    const d = startLab(lab({ template: 'realtime-recommendation', remove: ['ranker', 'cache'] }), 'main', 'en', ids());
    expect(d.nodes.map((n) => n.id)).not.toContain('ranker');
    expect(d.nodes.map((n) => n.id)).not.toContain('cache');
    expect(d.edges.some((e) => e.source === 'ranker' || e.target === 'ranker')).toBe(false);
    expect(d.nodes.length).toBeGreaterThan(5);
    expect(d.workload.peakRps).toBe(900);
    expect(d.name).toBe('Lab 4 — Serving');
  });

  it('starts from the lab’s own design with a fresh id, leaving the lab unchanged', () => {
    const l = lab({ design: { id: 'mine', name: 'Mine', nodes: [{ id: 'a', type: 'microservice', label: 'A' }] } });
    const d = startLab(l, 'main', 'en', ids());
    expect(d).toMatchObject({ id: 'design-1', name: 'Lab 4 — Serving' });
    expect(d.nodes.map((n) => n.id)).toEqual(['a']);
    d.nodes[0]!.label = 'changed';
    expect(l.parts[0]!.start).toMatchObject({ kind: 'design', design: { id: 'mine', name: 'Mine' } });
    expect(l.parts[0]!.start.kind === 'design' && l.parts[0]!.start.design.nodes[0]!.label).toBe('A');
  });

  it('starts from the lab’s own design in French with its French texts, in English as written', () => {
    const l = lab({
      design: {
        id: 'mine',
        name: 'Mine',
        description: 'An old design.',
        groups: [{ id: 'sys', kind: 'system', label: 'System' }],
        nodes: [{ id: 'a', type: 'microservice', label: 'Scoring service', technology: 'Go', parent: 'sys' }, { id: 'b', type: 'microservice', label: 'B' }],
        edges: [{ id: 'a-b', source: 'a', target: 'b', label: 'score' }],
      },
      translations: { fr: { elements: { sys: { label: 'Système' }, a: { label: 'Service de score', technology: 'Go' }, 'a-b': { label: 'noter' } } } },
    });
    const fr = startLab(l, 'main', 'fr', ids());
    expect(fr.groups[0]!.label).toBe('Système');
    expect(fr.nodes.map((n) => n.label)).toEqual(['Service de score', 'B']);
    expect(fr.edges[0]!.label).toBe('noter');
    expect(fr).toMatchObject({ name: 'Atelier 4 — Distribution', description: 'Scénario.' });
    const en = startLab(l, 'main', 'en', ids());
    expect(en.nodes.map((n) => n.label)).toEqual(['Scoring service', 'B']);
    expect(en.edges[0]!.label).toBe('score');
    expect(l.parts[0]!.start.kind === 'design' && l.parts[0]!.start.design.nodes[0]!.label).toBe('Scoring service');
  });

  it('starts from a template in French with the template’s French texts, the listed elements taken out', () => {
    const d = startLab(lab({ template: 'realtime-recommendation', remove: ['ranker', 'cache', 'reco-events'] }), 'main', 'fr', ids());
    expect(d.nodes.map((n) => n.id)).not.toContain('ranker');
    expect(d.nodes.map((n) => n.id)).not.toContain('cache');
    expect(d.edges.map((e) => e.id)).not.toContain('reco-events');
    expect(d.edges.some((e) => e.source === 'ranker' || e.target === 'ranker')).toBe(false);
    expect(d.nodes.find((n) => n.id === 'reco')!.label).toBe('Service de recommandation');
    expect(d.nodes.find((n) => n.id === 'online-fs')!.label).toBe('Feature store en ligne');
    expect(d.decisions.map((x) => x.title)).toContain('Servir les articles populaires en cache quand la récupération ou le classement échoue');
    expect(d).toMatchObject({ name: 'Atelier 4 — Distribution', description: 'Scénario.' });
  });

  it('names a part of a lab of several parts after the part', () => {
    expect(startLab(getLab(1)!, 'edge', 'en', ids()).name).toBe('Lab 1 — Edge IoT');
    expect(startLab(getLab(1)!, 'edge', 'fr', ids()).name).toBe('Atelier 1 — IoT de périphérie');
  });

  it('throws for a part the lab does not have', () => {
    expect(() => startLab(lab({ blank: true }), 'nope', 'en', ids())).toThrow(/no part nope/);
  });
});
