import { translate, type Language } from '../i18n';
import { applyCommand } from '../model/commands/applyCommand';
import type { Command } from '../model/commands/types';
import { createDesign } from '../model/createDesign';
import type { Design, Workload } from '../model/types';
import { applyTranslation } from './applyTranslation';
import type { Lab, LabPart, LabStart, LabWorkload } from './labSchema';
import { buildTemplate } from './templateIds';

/** A part of a lab by id; throws for an id the lab does not have (a bug in the caller). */
export function labPart(lab: Lab, partId: string): LabPart {
  const part = lab.parts.find((p) => p.id === partId);
  if (part === undefined) throw new Error(`lab ${lab.number} has no part ${partId}`);
  return part;
}

/** The design's workload with the lab's fields, then the part's, put over it. */
function withWorkload(workload: Workload, ...layers: readonly (LabWorkload | undefined)[]): Workload {
  let out: Workload = workload;
  for (const layer of layers) {
    if (layer === undefined) continue;
    const defined = Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined));
    out = { ...out, ...defined };
  }
  return out;
}

/** The commands that take the listed elements out of a design (a connection already gone with its component is skipped). */
function removal(design: Design, ids: readonly string[]): Design {
  let current = design;
  for (const id of ids) {
    let command: Command | undefined;
    if (current.nodes.some((n) => n.id === id)) command = { op: 'remove-node', id };
    else if (current.edges.some((e) => e.id === id)) command = { op: 'remove-edge', id };
    else if (current.groups.some((g) => g.id === id)) command = { op: 'remove-group', id };
    if (command !== undefined) current = applyCommand(current, command).design;
  }
  return current;
}

/** Options of startLab. */
export interface StartOptions {
  /** Validate a template without zod's compiled validators (the browser's Content-Security-Policy). */
  readonly jitless?: boolean;
}

function startingDesign(start: LabStart, name: string, language: Language, newId: (prefix: string) => string, options: StartOptions): Design {
  switch (start.kind) {
    case 'blank':
      return createDesign(newId('design'), name);
    case 'template':
      return removal(buildTemplate(start.template, language, newId, options.jitless === true), start.remove);
    case 'design': {
      const design: Design = { ...(JSON.parse(JSON.stringify(start.design)) as Design), id: newId('design') };
      const translation = language === 'fr' ? start.translations?.fr : undefined;
      return translation === undefined ? design : applyTranslation(design, translation);
    }
  }
}

/** `Lab 3 — Sizing an AI infrastructure`; for a lab of several parts, the part's title instead. */
export function labDesignName(lab: Lab, part: LabPart, language: Language): string {
  const title = lab.parts.length > 1 ? part.title[language] : lab.title[language];
  return translate(language, 'labs.designName', { number: lab.number, title }).slice(0, 200);
}

/**
 * The design a student starts a lab part from: blank, a template with some elements taken out,
 * or the lab's own design, its texts in `language` (a template's French texts come from its
 * translation file, the lab's own design's from `start.translations`); with the lab's workload (then the part's) put over its workload,
 * named `Lab N — title`, described by the scenario, with a fresh id from `newId`. Pure.
 */
export function startLab(lab: Lab, partId: string, language: Language, newId: (prefix: string) => string, options: StartOptions = {}): Design {
  const part = labPart(lab, partId);
  const name = labDesignName(lab, part, language);
  const design = startingDesign(part.start, name, language, newId, options);
  return {
    ...design,
    name,
    description: lab.scenario[language],
    workload: withWorkload(design.workload, lab.workload, part.workload),
  };
}
