/**
 * What every section of the Markdown report reads: the design, its findings and metrics
 * (computed once), the language, and the names of its elements.
 */
import type { Language, MessageKey, MessageValues } from '../i18n';
import { computeMetrics, formatPercent, type DesignMetrics } from '../metrics';
import type { Design } from '../model/types';
import type { Evaluation } from '../rules/evaluate';
import { checkDesign } from '../rules';
import { frenchSpacing, translateTypeset } from './reportTypography';

export interface ReportContext {
  readonly design: Design;
  readonly language: Language;
  readonly evaluation: Evaluation;
  readonly metrics: DesignMetrics;
  /** A message of the catalogue in the report's language, French spacing applied (plain text, not escaped). */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** The label of a node, edge or group by id; an edge without a label is `source → target`. */
  readonly nameOf: (id: string) => string;
  /** `label: value` in the language's typography. */
  readonly item: (label: string, value: string) => string;
  /** A percentage as `archlab metrics` writes it, French spacing applied. */
  readonly percent: (value: number) => string;
}

/** What an app already computed for the design, so the report does not do it again. */
export interface ReportInputs {
  readonly evaluation?: Evaluation;
  readonly metrics?: DesignMetrics;
}

export function reportContext(design: Design, language: Language, inputs: ReportInputs = {}): ReportContext {
  const t = (key: MessageKey, values?: MessageValues) => translateTypeset(language, key, values);
  const names = new Map<string, string>();
  for (const node of design.nodes) names.set(node.id, node.label);
  for (const group of design.groups) names.set(group.id, group.label);
  const nameOf = (id: string) => names.get(id) ?? edgeName(id) ?? id;
  const edgesById = new Map(design.edges.map((e) => [e.id, e]));
  function edgeName(id: string): string | undefined {
    const edge = edgesById.get(id);
    if (edge === undefined) return undefined;
    if (edge.label.trim() !== '') return edge.label;
    return `${names.get(edge.source) ?? edge.source} → ${names.get(edge.target) ?? edge.target}`;
  }
  return {
    design,
    language,
    evaluation: inputs.evaluation ?? checkDesign(design),
    metrics: inputs.metrics ?? computeMetrics(design),
    t,
    nameOf,
    item: (label, value) => t('cliCheck.markdown.item', { label, value }),
    percent: (value) => (language === 'fr' ? frenchSpacing(formatPercent(value, language)) : formatPercent(value, language)),
  };
}
