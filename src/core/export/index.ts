/**
 * Exports of a design: C4 text formats (Structurizr DSL, C4-PlantUML, Mermaid C4) and the
 * Markdown architecture report.
 */
export {
  toC4Model,
  contextRelationships,
  edgeDescription,
  edgeTechnology,
  type C4Model,
  type C4Person,
  type C4System,
  type C4Container,
  type C4ContainerKind,
  type C4Relationship,
  type C4DeploymentNode,
  type C4DeploymentKind,
} from './c4Model';
export { sanitizeId, IdentifierPool } from './identifiers';
export { oneLine, structurizrText, structurizrString, plantUmlText, plantUmlString, mermaidText, mermaidString, mermaidTitle } from './escape';
export { toStructurizr } from './structurizr';
export { toPlantUml, type PlantUmlView } from './plantuml';
export { toMermaid, type MermaidView } from './mermaid';
export {
  TEXT_EXPORT_FORMATS,
  EXPORT_VIEWS,
  VIEWS_OF,
  DEFAULT_VIEW,
  EXPORT_EXTENSIONS,
  EXPORT_MEDIA_TYPES,
  viewFor,
  exportText,
  exportFileName,
  fileStem,
  type TextExportFormat,
  type ExportView,
} from './textExport';
export { toMarkdownReport, type MarkdownReportOptions } from './markdown';
export { markdownText, markdownParagraphs, fencedBlock } from './markdownText';
