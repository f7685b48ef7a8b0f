import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { heavyModelOffFaas } from './heavyModelOffFaas';

const tagger = (p50: number, ...links: Part[]) =>
  design(
    node('upload', 'mobile-client'),
    node('fn', 'serverless-function', { label: 'Image tagger', props: { latencyP50Ms: p50 } }),
    node('registry', 'model-registry', { label: 'Registry' }),
    edge('e1', 'upload', 'fn'),
    ...links,
  );

describe('serving/heavy-model-off-faas', () => {
  it('fires on a slow function that loads its model from the registry', () => {
    const found = findings(heavyModelOffFaas, tagger(2500, edge('m', 'fn', 'registry', { props: { access: 'read' } })));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['fn']);
    expect(messageOf(heavyModelOffFaas, found[0]!)).toBe('Image tagger runs inference in a function with a median latency of 2,500 ms.');
    expect(messageOf(heavyModelOffFaas, found[0]!, 'fr')).toBe('Image tagger exécute de l’inférence dans une fonction, avec une latence médiane de 2\u202f500\u00a0ms.');
  });

  it('recognises inference by a models edge or a model router calling the function', () => {
    expect(findings(heavyModelOffFaas, tagger(1000, edge('m', 'registry', 'fn', { mode: 'async', props: { carries: 'models' } })))).toHaveLength(1);
    expect(findings(heavyModelOffFaas, tagger(1200, node('router', 'model-router'), edge('r', 'router', 'fn')))).toHaveLength(1);
  });

  it('does not fire on a fast inference function, nor on a slow function that serves no model', () => {
    expect(findings(heavyModelOffFaas, tagger(80, edge('m', 'fn', 'registry')))).toEqual([]);
    expect(findings(heavyModelOffFaas, tagger(2500))).toEqual([]);
  });
});
