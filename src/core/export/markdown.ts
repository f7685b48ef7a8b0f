import type { Evaluation } from '../rules/evaluate';
import type { DesignMetrics } from '../metrics';
/**
 * The architecture document of a design in Markdown, in the spirit of arc42 (DOMAIN.md §4):
 * introduction and goals, context (C4 system context), building blocks (C4 containers and the
 * tables of components, groups and connections), the rules' findings, sizing and cost, and the
 * decision records. Diagrams are Mermaid C4 blocks, which GitHub and GitLab draw. Pure and
 * deterministic: the same design and options give the same text.
 */
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { markdownParagraphs } from './markdownText';
import { blocks, heading, line } from './reportBlocks';
import { reportContext } from './reportContext';
import { decisionsSection } from './reportDecisions';
import { findingsSection } from './reportFindings';
import { introSection } from './reportIntro';
import { metricsSection } from './reportMetrics';
import { buildingBlocksSection, contextSection } from './reportViews';

export interface MarkdownReportOptions {
  readonly language: Language;
  /** The date to print under the title, as given (`2026-10-06`); none when left out. */
  readonly date?: string;
  /** The design's findings and metrics when the caller has them (the app): computed otherwise. */
  readonly evaluation?: Evaluation;
  readonly metrics?: DesignMetrics;
}

/** The Markdown architecture document of a design, ending with a newline. */
export function toMarkdownReport(design: Design, options: MarkdownReportOptions): string {
  const ctx = reportContext(design, options.language, options);
  const { t } = ctx;
  const text = blocks(
    heading(1, design.name),
    options.date === undefined ? '' : line(t('report.date', { date: options.date })),
    line(t('report.generated')),
    markdownParagraphs(design.description),
    introSection(ctx),
    contextSection(ctx),
    buildingBlocksSection(ctx),
    findingsSection(ctx),
    metricsSection(ctx),
    decisionsSection(ctx),
  );
  return `${text}\n`;
}
