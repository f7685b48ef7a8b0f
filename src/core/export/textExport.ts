import { FILE_SUFFIX } from '../document/envelope';
import { serializeDesign } from '../document/serializeDesign';
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import { toMarkdownReport, type MarkdownReportOptions } from './markdown';
import { toMermaid } from './mermaid';
import { toPlantUml } from './plantuml';
import { toStructurizr } from './structurizr';

/** The text exports of a design, shared by the Export tab and `archlab export`. */
export const TEXT_EXPORT_FORMATS = ['structurizr', 'plantuml', 'mermaid', 'markdown', 'json'] as const;
export type TextExportFormat = (typeof TEXT_EXPORT_FORMATS)[number];

export const EXPORT_VIEWS = ['context', 'container', 'deployment'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

/** The views each format draws one at a time; none for the formats that carry every view. */
export const VIEWS_OF: Record<TextExportFormat, readonly ExportView[]> = {
  structurizr: [],
  plantuml: ['context', 'container', 'deployment'],
  mermaid: ['context', 'container'],
  markdown: [],
  json: [],
};

/** The view drawn when none is asked for. */
export const DEFAULT_VIEW = 'container' satisfies ExportView;

/** The file name ending of each format, as the tools that read them expect. */
export const EXPORT_EXTENSIONS: Record<TextExportFormat, string> = {
  structurizr: '.dsl',
  plantuml: '.puml',
  mermaid: '.mmd',
  markdown: '.md',
  json: FILE_SUFFIX,
};

/** The media type of each format, for downloads and the clipboard. */
export const EXPORT_MEDIA_TYPES: Record<TextExportFormat, string> = {
  structurizr: 'text/plain',
  plantuml: 'text/plain',
  mermaid: 'text/plain',
  markdown: 'text/markdown',
  json: 'application/json',
};

/** The view a format draws for `view`: the asked one when it has it, else its default. */
export function viewFor(format: TextExportFormat, view: ExportView | undefined): ExportView | undefined {
  const views = VIEWS_OF[format];
  if (views.length === 0) return undefined;
  return view !== undefined && views.includes(view) ? view : DEFAULT_VIEW;
}

export interface TextExportOptions extends Omit<MarkdownReportOptions, 'language'> {
  readonly language: Language;
  readonly view?: ExportView;
}

/**
 * A design exported as text: a Structurizr workspace, one C4 diagram, the Markdown
 * architecture document (dated when `date` is given), or the design file.
 */
export function exportText(design: Design, format: TextExportFormat, options: TextExportOptions): string {
  const view = viewFor(format, options.view) ?? DEFAULT_VIEW;
  switch (format) {
    case 'structurizr':
      return toStructurizr(design, options.language);
    case 'plantuml':
      return toPlantUml(design, options.language, view);
    case 'mermaid':
      return toMermaid(design, options.language, view === 'deployment' ? DEFAULT_VIEW : view);
    case 'markdown':
      return toMarkdownReport(design, options);
    case 'json':
      return serializeDesign(design);
  }
}

/** A design's name as a file name stem: lower-case ASCII words joined by dashes, never empty. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem === '' ? 'design' : stem;
}

/**
 * The file name of an export: the design's name, the view when the format draws one
 * (`shop-container.puml`), and the format's ending.
 */
export function exportFileName(designName: string, format: TextExportFormat, view?: ExportView): string {
  const drawn = viewFor(format, view);
  return `${fileStem(designName)}${drawn === undefined ? '' : `-${drawn}`}${EXPORT_EXTENSIONS[format]}`;
}
