/**
 * Sections 2 and 3 of the Markdown report: the C4 context and container diagrams (Mermaid, in
 * fenced blocks), then the components, groups and connections as tables.
 */
import { resolveType } from '../catalog/customTypes';
import { fencedBlock } from './markdownText';
import { toMermaid } from './mermaid';
import { blocks, heading, line, table } from './reportBlocks';
import type { ReportContext } from './reportContext';

function components(ctx: ReportContext): string {
  const { design, language, t } = ctx;
  if (design.nodes.length === 0) return line(t('report.empty.components'));
  const headers = ['name', 'type', 'technology', 'group', 'description'] as const;
  return table(
    headers.map((h) => t(`report.columns.${h}`)),
    design.nodes.map((node) => {
      const type = resolveType(design, node.type);
      const technology = node.technology.trim() !== '' ? node.technology : (type?.technology ?? '');
      return [node.label, type?.name[language] ?? node.type, technology, node.parent === undefined ? '' : ctx.nameOf(node.parent), node.description];
    }),
  );
}

function groups(ctx: ReportContext): string {
  const { design, t } = ctx;
  if (design.groups.length === 0) return line(t('report.empty.groups'));
  const headers = ['name', 'kind', 'parent', 'description'] as const;
  return table(
    headers.map((h) => t(`report.columns.${h}`)),
    design.groups.map((group) => [group.label, t(`groupKinds.${group.kind}`), group.parent === undefined ? '' : ctx.nameOf(group.parent), group.description]),
  );
}

function connections(ctx: ReportContext): string {
  const { design, t } = ctx;
  if (design.edges.length === 0) return line(t('report.empty.connections'));
  const headers = ['from', 'to', 'protocol', 'mode', 'description'] as const;
  return table(
    headers.map((h) => t(`report.columns.${h}`)),
    design.edges.map((edge) => [
      ctx.nameOf(edge.source),
      ctx.nameOf(edge.target),
      edge.protocol === 'other' ? t('report.otherProtocol') : edge.protocol.toUpperCase(),
      t(`modes.${edge.mode}`),
      edge.label,
    ]),
  );
}

export function contextSection(ctx: ReportContext): string {
  return blocks(heading(2, ctx.t('report.sections.context')), fencedBlock('mermaid', toMermaid(ctx.design, ctx.language, 'context')));
}

export function buildingBlocksSection(ctx: ReportContext): string {
  const { t } = ctx;
  return blocks(
    heading(2, t('report.sections.buildingBlocks')),
    heading(3, t('report.headings.containerDiagram')),
    fencedBlock('mermaid', toMermaid(ctx.design, ctx.language, 'container')),
    heading(3, t('report.headings.components')),
    components(ctx),
    heading(3, t('report.headings.groups')),
    groups(ctx),
    heading(3, t('report.headings.connections')),
    connections(ctx),
  );
}
