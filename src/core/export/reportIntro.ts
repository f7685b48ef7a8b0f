/** Section 1 of the Markdown report: introduction and goals (declared patterns, workload). */
import { formatAmount, formatNumber } from '../metrics';
import { PATTERN_INFO, patternChecklists, RULES } from '../rules';
import { blocks, bullets, heading, line } from './reportBlocks';
import type { ReportContext } from './reportContext';

/** The declared patterns, each with how many of its requirements the design meets. */
function patterns(ctx: ReportContext): string {
  const { design, evaluation, language, t } = ctx;
  if (design.patterns.length === 0) return line(t('findings.noPatterns'));
  return bullets(
    patternChecklists(design, evaluation, RULES).map((list) => {
      const met = list.items.filter((i) => i.passed || i.disabled).length;
      const state = list.complete ? t('findings.complete') : t('findings.incomplete', { count: met, total: list.items.length });
      return ctx.item(PATTERN_INFO[list.pattern].name[language], state);
    }),
  );
}

/** The workload in the words of `archlab metrics`: peak and headroom, entry rates, the rest. */
function workload(ctx: ReportContext): string {
  const { language, t } = ctx;
  const w = ctx.metrics.workload;
  const pct = ctx.percent;
  const sources =
    w.sources.length === 0
      ? t('metricsCli.workload.noSource')
      : t('metricsCli.workload.sources', { list: w.sources.map((s) => `${ctx.nameOf(s.node)} ${formatAmount(s.rate, language)}`).join(', ') });
  const details = t('metricsCli.workload.details', {
    payload: formatNumber(w.payloadKb, language, 3),
    slo: formatNumber(w.latencySloMs, language, 3),
    target: pct(w.availabilityTargetPct),
    provider: w.provider === undefined ? t('metricsCli.workload.noProvider') : t(`providers.${w.provider}`),
    region: w.region,
    pricing: t(`metricsCli.pricing.${w.pricing}`),
    currency: w.currency,
  });
  return bullets([t('metricsCli.workload.peak', { rate: formatAmount(w.peakRps, language), headroom: pct(w.headroomPct) }), sources, details]);
}

export function introSection(ctx: ReportContext): string {
  const { t } = ctx;
  return blocks(
    heading(2, t('report.sections.introduction')),
    heading(3, t('report.headings.patterns')),
    patterns(ctx),
    heading(3, t('metricsCli.headings.workload')),
    workload(ctx),
  );
}
