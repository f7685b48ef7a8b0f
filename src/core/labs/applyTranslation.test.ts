import { describe, expect, it } from 'vitest';
import { decision, deepFreeze, design, edge, fields, group, node } from '../testing/builders';
import type { Design } from '../model/types';
import { applyTranslation } from './applyTranslation';
import { designTranslationSchema, translationGaps, type DesignTranslation } from './designTranslation';
import { frenchTypographyFaults } from './frenchTypography';

const customType = {
  id: 'custom-pipeline',
  name: 'Delivery pipeline',
  description: 'Builds and deploys.',
  category: 'infrastructure',
  c4: 'container',
  icon: 'git-branch',
};

/** A small design with every kind of text. */
function sample(): Design {
  return design(
    fields({ id: 'shop', name: 'Shop', description: 'An online shop.', customTypes: [customType] }),
    group('platform', 'system', { label: 'Platform', description: 'Owned by the shop team.' }),
    node('gateway', 'api-gateway', { label: 'API gateway', description: 'Checks tokens.', technology: 'Amazon API Gateway', parent: 'platform', props: { replicas: 2 } }),
    node('store', 'relational-db', { label: 'Orders database', technology: 'PostgreSQL 16', parent: 'platform' }),
    node('ci', 'custom-pipeline', { label: 'CI' }),
    edge('gateway-store', 'gateway', 'store', { label: 'read orders', protocol: 'tcp' }),
    edge('ci-gateway', 'ci', 'gateway'),
    decision('adr-1', 1, { title: 'Use PostgreSQL', context: 'Orders are relational.', decision: 'PostgreSQL.', consequences: 'One more server.', links: ['store'] }),
  );
}

function french(input: unknown): DesignTranslation {
  return designTranslationSchema.parse(input);
}

const FULL = french({
  description: 'Une boutique en ligne.',
  elements: {
    platform: { label: 'Plateforme', description: 'Sous la responsabilité de l’équipe boutique.' },
    gateway: { label: 'Passerelle API', description: 'Vérifie les jetons.', technology: 'Amazon API Gateway' },
    store: { label: 'Base des commandes', technology: 'PostgreSQL 16' },
    ci: { label: 'CI' },
    'gateway-store': { label: 'lire les commandes' },
  },
  decisions: { 'adr-1': { title: 'Utiliser PostgreSQL', context: 'Les commandes sont relationnelles.', decision: 'PostgreSQL.', consequences: 'Un serveur de plus.' } },
  customTypes: { 'custom-pipeline': { name: 'Pipeline de livraison', description: 'Construit et déploie.' } },
});

describe('applyTranslation', () => {
  it('puts the translated texts over the design’s, everywhere a person reads them', () => {
    const out = applyTranslation(sample(), FULL);
    expect(out.description).toBe('Une boutique en ligne.');
    expect(out.groups[0]).toMatchObject({ label: 'Plateforme', description: 'Sous la responsabilité de l’équipe boutique.' });
    expect(out.nodes[0]).toMatchObject({ label: 'Passerelle API', description: 'Vérifie les jetons.', technology: 'Amazon API Gateway' });
    expect(out.edges[0]!.label).toBe('lire les commandes');
    expect(out.decisions[0]).toMatchObject({ title: 'Utiliser PostgreSQL', context: 'Les commandes sont relationnelles.', consequences: 'Un serveur de plus.' });
    expect(out.customTypes[0]).toMatchObject({ name: 'Pipeline de livraison', description: 'Construit et déploie.' });
  });

  it('keeps everything else: ids, types, properties, connections’ settings, layout, workload, links', () => {
    const before = sample();
    const out = applyTranslation(before, FULL);
    expect(out.nodes.map((n) => [n.id, n.type, n.parent, n.props])).toEqual(before.nodes.map((n) => [n.id, n.type, n.parent, n.props]));
    expect(out.edges[0]).toEqual({ ...before.edges[0], label: 'lire les commandes' });
    expect(out.decisions[0]).toMatchObject({ id: 'adr-1', number: 1, links: ['store'], status: before.decisions[0]!.status, date: before.decisions[0]!.date });
    expect(out.customTypes[0]).toEqual({ ...before.customTypes[0], name: 'Pipeline de livraison', description: 'Construit et déploie.' });
    for (const key of ['id', 'name', 'layout', 'workload', 'patterns', 'rulePolicy'] as const) expect(out[key]).toEqual(before[key]);
  });

  it('keeps the design’s text wherever the translation gives none', () => {
    const before = sample();
    const out = applyTranslation(before, french({ elements: { gateway: { label: 'Passerelle API' } } }));
    expect(out.description).toBe('An online shop.');
    expect(out.nodes[0]).toMatchObject({ label: 'Passerelle API', description: 'Checks tokens.', technology: 'Amazon API Gateway' });
    expect(out.nodes[1]).toBe(before.nodes[1]);
    expect(out.decisions[0]).toBe(before.decisions[0]);
    expect(applyTranslation(before, french({}))).toEqual(before);
  });

  it('gives a connection a label only, and a group no technology, whatever the translation says', () => {
    const out = applyTranslation(sample(), french({ elements: { 'gateway-store': { label: 'x', description: 'y', technology: 'z' }, platform: { technology: 'z' } } }));
    expect(out.edges[0]).not.toHaveProperty('description');
    expect(out.edges[0]).not.toHaveProperty('technology');
    expect(out.groups[0]).not.toHaveProperty('technology');
  });

  it('ignores ids the design does not have, Object.prototype’s names included', () => {
    const before = sample();
    expect(applyTranslation(before, french({ elements: { nope: { label: 'Non' } }, decisions: { constructor: { title: 'Non' } } }))).toEqual(before);
    const odd = design(node('constructor', 'microservice', { label: 'Odd' }));
    expect(applyTranslation(odd, french({})).nodes[0]!.label).toBe('Odd');
  });

  it('does not change the design it is given', () => {
    const before = deepFreeze(sample());
    expect(() => applyTranslation(before, FULL)).not.toThrow();
    expect(before.nodes[0]!.label).toBe('API gateway');
  });
});

describe('translationGaps', () => {
  it('finds nothing missing or stray in a full translation', () => {
    expect(translationGaps(sample(), FULL)).toEqual({ missing: [], stray: [] });
  });

  it('lists every non-empty text left untranslated, with its path', () => {
    const gaps = translationGaps(sample(), french({ elements: { gateway: { label: 'Passerelle API' } } }));
    expect(gaps.missing.map((p) => p.join('.'))).toEqual([
      'description',
      'elements.gateway.description',
      'elements.gateway.technology',
      'elements.store.label',
      'elements.store.technology',
      'elements.ci.label',
      'elements.platform.label',
      'elements.platform.description',
      'elements.gateway-store.label',
      'decisions.adr-1.title',
      'decisions.adr-1.context',
      'decisions.adr-1.decision',
      'decisions.adr-1.consequences',
      'customTypes.custom-pipeline.name',
      'customTypes.custom-pipeline.description',
    ]);
    // Empty texts need no translation: the store has no description, ci-gateway no label.
    expect(gaps.missing.map((p) => p.join('.'))).not.toContain('elements.store.description');
    expect(gaps.missing.map((p) => p.join('.'))).not.toContain('elements.ci-gateway.label');
  });

  it('lists ids the design does not have and texts an element’s kind does not carry', () => {
    const gaps = translationGaps(sample(), french({
      elements: { nope: { label: 'Non' }, 'gateway-store': { label: 'lire', description: 'non' }, platform: { technology: 'non' } },
      decisions: { 'adr-9': { title: 'Non' } },
      customTypes: { 'custom-nope': { name: 'Non' } },
    }));
    expect(gaps.stray.map((p) => p.join('.'))).toEqual([
      'elements.platform.technology',
      'elements.gateway-store.description',
      'elements.nope',
      'decisions.adr-9',
      'customTypes.custom-nope',
    ]);
  });
});

describe('designTranslationSchema', () => {
  it('reads an empty translation, with empty sections', () => {
    expect(french({})).toEqual({ elements: {}, decisions: {}, customTypes: {} });
  });

  it('refuses unknown keys, empty texts, bad ids and labels too long for a design', () => {
    expect(designTranslationSchema.safeParse({ elements: {}, notes: 'x' }).success).toBe(false);
    expect(designTranslationSchema.safeParse({ elements: { a: { label: ' ' } } }).success).toBe(false);
    expect(designTranslationSchema.safeParse({ elements: { a: { colour: 'bleu' } } }).success).toBe(false);
    expect(designTranslationSchema.safeParse({ elements: { 'no spaces': { label: 'x' } } }).success).toBe(false);
    expect(designTranslationSchema.safeParse({ elements: { a: { label: 'x'.repeat(201) } } }).success).toBe(false);
    expect(designTranslationSchema.safeParse({ decisions: { a: { status: 'accepted' } } }).success).toBe(false);
  });
});

describe('frenchTypographyFaults', () => {
  it('accepts French as a French speaker writes it, and names as they are spelled', () => {
    expect(frenchTypographyFaults('Questions pour l’atelier\u00a0: où\u00a0? «\u00a0Kappa\u00a0» à 3\u00a0000 req/s\u00a0; gcp:n2, https://x, /v1/{id}:triage')).toEqual([]);
  });

  it('finds straight apostrophes, missing or breaking spaces and plain spaces in numbers', () => {
    expect(frenchTypographyFaults("l'atelier")).toEqual(['straight apostrophe']);
    expect(frenchTypographyFaults('Questions : où ?')).toEqual(['a space before : ; ? ! that is not a no-break space']);
    expect(frenchTypographyFaults('Questions: où?')).toEqual(['no no-break space before : ; ? !']);
    expect(frenchTypographyFaults('« Kappa »')).toEqual(['« » without no-break spaces']);
    expect(frenchTypographyFaults('3 000 req/s')).toEqual(['plain space in a number']);
  });
});
