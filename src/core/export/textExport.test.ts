import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../document/parseDesign';
import { toMermaid } from './mermaid';
import { toPlantUml } from './plantuml';
import { toStructurizr } from './structurizr';
import { smallDesign } from './testDesigns';
import { exportFileName, exportText, fileStem, viewFor } from './textExport';

describe('text exports', () => {
  const design = smallDesign();

  it('gives each format its generator and view', () => {
    expect(exportText(design, 'structurizr', { language: 'en' })).toBe(toStructurizr(design, 'en'));
    expect(exportText(design, 'plantuml', { language: 'fr', view: 'deployment' })).toBe(toPlantUml(design, 'fr', 'deployment'));
    expect(exportText(design, 'mermaid', { language: 'en', view: 'context' })).toBe(toMermaid(design, 'en', 'context'));
  });

  it('draws the default view when the format lacks the one asked for', () => {
    expect(viewFor('mermaid', 'deployment')).toBe('container');
    expect(viewFor('structurizr', 'context')).toBeUndefined();
    expect(exportText(design, 'mermaid', { language: 'en', view: 'deployment' })).toBe(toMermaid(design, 'en', 'container'));
  });

  it('exports a design file that reads back as the same design', () => {
    const parsed = parseDesignText(exportText(design, 'json', { language: 'en' }));
    expect(parsed.ok && parsed.design).toEqual(design);
  });

  it('names files after the design, the view and the format', () => {
    expect(exportFileName('Détection de fraude / v2', 'plantuml', 'deployment')).toBe('detection-de-fraude-v2-deployment.puml');
    expect(exportFileName('Shop', 'mermaid')).toBe('shop-container.mmd');
    expect(exportFileName('Shop', 'structurizr', 'context')).toBe('shop.dsl');
    expect(exportFileName('Shop', 'json')).toBe('shop.archlab.json');
  });

  it('never gives an empty or unsafe stem', () => {
    expect(fileStem('')).toBe('design');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('数据平台')).toBe('design');
    expect(fileStem('a'.repeat(79) + ' b')).toBe('a'.repeat(79));
  });
});
