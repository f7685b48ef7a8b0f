/**
 * Section 6 of the Markdown report: the architecture decision records (Nygard), by number:
 * `ADR-NNN title`, status, date, linked elements, the decision replacing it, then its context,
 * decision and consequences as paragraphs.
 */
import { adrLabel } from '../model/decisionDrafts';
import type { Decision } from '../model/types';
import { markdownParagraphs } from './markdownText';
import { blocks, bullets, heading, line } from './reportBlocks';
import type { ReportContext } from './reportContext';

function decisionRecord(ctx: ReportContext, decision: Decision): string {
  const { t } = ctx;
  const facts = [ctx.item(t('report.adr.status'), t(`decisions.statuses.${decision.status}`)), ctx.item(t('report.adr.date'), decision.date)];
  if (decision.links.length > 0) facts.push(ctx.item(t('report.adr.links'), decision.links.map(ctx.nameOf).join(', ')));
  if (decision.supersededBy !== undefined) facts.push(ctx.item(t('report.adr.supersededBy'), adrLabel(decision.supersededBy)));
  const part = (key: 'context' | 'decision' | 'consequences') => {
    const text = markdownParagraphs(decision[key]);
    return text === '' ? '' : blocks(heading(4, t(`report.adr.${key}`)), text);
  };
  return blocks(heading(3, `${adrLabel(decision.number)} ${decision.title}`), bullets(facts), part('context'), part('decision'), part('consequences'));
}

export function decisionsSection(ctx: ReportContext): string {
  const decisions = [...ctx.design.decisions].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return blocks(
    heading(2, ctx.t('report.sections.decisions')),
    decisions.length === 0 ? line(ctx.t('report.adr.none')) : decisions.map((d) => decisionRecord(ctx, d)),
  );
}
