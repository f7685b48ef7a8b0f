import { createContext, useContext } from 'react';
import {
  CATEGORIES,
  COEFFICIENTS,
  SOURCES,
  STANDARD_PROPERTIES,
  catalogues,
  getUnitPrice,
  type Design,
  type Language,
  type MessageKey,
} from '../../core';
import type { Translate } from '../i18n';

/** How the metrics name what their figures are about: components, connections, inputs and sources. */
export interface Names {
  readonly language: Language;
  /** A component's label (its id when it is gone). */
  node: (id: string) => string;
  /** A connection as `source → target`, with its label when it has one. */
  edge: (id: string) => string;
  /** A figure input's name (`node:<id>`, a property, a price, a coefficient) in the language. */
  input: (name: string) => string;
  /** A source id's title. */
  source: (id: string) => string;
}

const INPUTS = catalogues.en.metrics.inputs;
const KINDS = catalogues.en.metrics.cost.kinds;
const SOURCE_TITLES = new Map(SOURCES.map((s) => [s.id, s.title]));

export function buildNames(design: Design, language: Language, t: Translate): Names {
  const labels = new Map(design.nodes.map((n) => [n.id, n.label]));
  const edges = new Map(design.edges.map((e) => [e.id, e]));
  const node = (id: string) => labels.get(id) ?? id;
  const edge = (id: string) => {
    const e = edges.get(id);
    if (e === undefined) return id;
    const ends = `${node(e.source)} → ${node(e.target)}`;
    return e.label === '' ? ends : `${ends} · ${e.label}`;
  };
  const input = (name: string): string => {
    if (name.startsWith('node:')) return node(name.slice(5));
    if (name.startsWith('edge:')) return edge(name.slice(5));
    if (Object.hasOwn(INPUTS, name)) return t(`metrics.inputs.${name}` as MessageKey);
    if (Object.hasOwn(COEFFICIENTS, name)) return COEFFICIENTS[name as keyof typeof COEFFICIENTS].label[language];
    if (Object.hasOwn(STANDARD_PROPERTIES, name)) return STANDARD_PROPERTIES[name as keyof typeof STANDARD_PROPERTIES].label[language];
    const price = getUnitPrice(name);
    if (price !== undefined) return price.label[language];
    if ((CATEGORIES as readonly string[]).includes(name)) return t(`categories.${name}` as MessageKey);
    if (Object.hasOwn(KINDS, name)) return t(`metrics.cost.kinds.${name}` as MessageKey);
    return name;
  };
  return { language, node, edge, input, source: (id) => SOURCE_TITLES.get(id) ?? id };
}

export const NamesContext = createContext<Names | null>(null);

export function useNames(): Names {
  const names = useContext(NamesContext);
  if (names === null) throw new Error('useNames must be used inside the Metrics tab');
  return names;
}
