/**
 * Section 4 of the Markdown report: the rules' findings, their counts, the score of each area,
 * then each finding by severity with its rule's title, its message and how to fix it.
 */
import { SEVERITIES } from '../model/vocabulary';
import { categoryScores, describeFinding, getRule, RULES } from '../rules';
import type { Finding } from '../rules/types';
import { markdownText } from './markdownText';
import { blocks, bullets, heading, line } from './reportBlocks';
import type { ReportContext } from './reportContext';

/**
 * `**Title**: message`, then on the next line of the item, how to fix it. The title and the
 * message are escaped before they fill the `label: value` template, whose own text is safe.
 */
function findingItem(ctx: ReportContext, finding: Finding): string {
  const rule = getRule(finding.ruleId);
  if (rule === undefined) return `- ${markdownText(finding.ruleId)}`;
  const text = describeFinding(finding, rule, ctx.language);
  const head = ctx.t('cliCheck.markdown.item', { label: `**${markdownText(text.title)}**`, value: markdownText(text.message) });
  return `- ${head}\n  ${markdownText(`${ctx.t('findings.how')} ${text.fix}`)}`;
}

function summary(ctx: ReportContext): string {
  const { t } = ctx;
  const { findings, evaluated } = ctx.evaluation;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const counts = [
    t('findings.errors', { count: count('error') }),
    t('findings.warnings', { count: count('warning') }),
    t('findings.infos', { count: count('info') }),
  ].join(', ');
  return line(t('report.findingsSummary', { counts, rules: t('cliCheck.rulesChecked', { count: evaluated.length }) }));
}

function scores(ctx: ReportContext): string {
  const { t } = ctx;
  const scored = categoryScores(ctx.evaluation, RULES).filter((s) => s.score !== undefined);
  if (scored.length === 0) return '';
  return blocks(
    heading(3, t('findings.scores')),
    bullets(scored.map((s) => t('findings.scoreLabel', { category: t(`findings.categories.${s.category}`), score: s.score ?? 0 }))),
  );
}

export function findingsSection(ctx: ReportContext): string {
  const { t } = ctx;
  const { findings } = ctx.evaluation;
  const bySeverity = SEVERITIES.map((severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) return '';
    return blocks(heading(3, t(`cliCheck.headings.${severity}`, { count: group.length })), group.map((f) => findingItem(ctx, f)).join('\n'));
  });
  return blocks(
    heading(2, t('report.sections.findings')),
    summary(ctx),
    findings.length === 0 ? line(t('findings.none')) : '',
    scores(ctx),
    ...bySeverity,
  );
}
