/**
 * Section 5 of the Markdown report: sizing, latency against the objective, availability against
 * the target, monthly cost and the assumptions, in the words and number formats of
 * `archlab metrics` (the `metricsCli` messages and the metrics formatters).
 */
import type { MessageKey } from '../i18n';
import { formatAmount, formatMoney, formatNumber } from '../metrics';
import { blocks, bullets, heading, line, table } from './reportBlocks';
import type { ReportContext } from './reportContext';

function sizing(ctx: ReportContext): string {
  const { language, metrics, t } = ctx;
  const pct = ctx.percent;
  const separator = t('metricsCli.separator');
  const rateUnit = (unit: string) => (unit === 'events/s' || unit === 'req/s' ? t(`metricsCli.units.${unit}`) : unit);
  const rows: string[][] = [];
  for (const node of metrics.nodes) {
    const s = node.sizing;
    if (s.replicas === undefined && s.storage === undefined && s.partitions === undefined && s.concurrency === undefined) continue;
    const notes: string[] = [];
    if (s.overCapacity) notes.push(t('metricsCli.notes.overCapacity'));
    if (s.overConcurrency && s.concurrency !== undefined) notes.push(t('metricsCli.notes.overConcurrency', { value: formatAmount(s.concurrency.value, language) }));
    else if (s.concurrency !== undefined) notes.push(t('metricsCli.notes.inFlight', { value: formatAmount(s.concurrency.value, language) }));
    if (s.partitions !== undefined) notes.push(t('metricsCli.notes.partitions', { configured: s.partitions.configured, needed: s.partitions.needed.value }));
    if (s.brokers !== undefined) notes.push(t('metricsCli.notes.brokers', { configured: s.brokers.configured, needed: s.brokers.needed.value }));
    if (s.storage !== undefined) {
      const { needed, perDay, configuredGb } = s.storage;
      notes.push(t('metricsCli.notes.storage', { needed: formatAmount(needed.value, language), perDay: formatAmount(perDay.value, language), configured: formatAmount(configuredGb, language) }));
    }
    rows.push([
      node.label,
      `${formatAmount(node.load.rate.value, language)} ${rateUnit(node.load.rate.unit)}`,
      s.replicas === undefined ? '' : String(s.replicas.configured),
      s.replicas?.needed === undefined ? '' : String(s.replicas.needed.value),
      s.utilisation === undefined ? '' : pct(s.utilisation.value),
      s.gpus === undefined ? '' : String(s.gpus.value),
      notes.join(separator),
    ]);
  }
  const columns = ['component', 'rate', 'replicas', 'needed', 'utilisation', 'gpus', 'notes'].map((c) => t(`metricsCli.columns.${c}` as MessageKey));
  const over = metrics.overCapacity.map(ctx.nameOf).join(', ');
  return blocks(
    heading(3, t('metricsCli.headings.sizing')),
    rows.length === 0 ? line(t('metrics.sizing.none')) : table(columns, rows),
    line(over === '' ? t('metricsCli.noneOverCapacity') : t('metricsCli.overCapacity', { list: over })),
  );
}

function latency(ctx: ReportContext): string {
  const { language, metrics, t } = ctx;
  const ms = (value: number) => formatNumber(value, language);
  const separator = t('metricsCli.separator');
  const items = metrics.latency.entries.map((entry) => {
    const verdict = entry.withinSlo ? t('metricsCli.latency.within', { margin: ms(entry.marginMs) }) : t('metricsCli.latency.over', { over: ms(-entry.marginMs) });
    let text = t('metricsCli.latency.entry', { entry: ctx.nameOf(entry.entry), p50: ms(entry.p50.value), p99: ms(entry.p99.value), verdict });
    const culprit = entry.hops.find((h) => h.node === entry.culprit);
    if (culprit !== undefined) text += `${separator}${t('metricsCli.latency.culprit', { node: ctx.nameOf(culprit.node), share: ctx.percent(culprit.sharePct) })}`;
    return text;
  });
  const timeouts = metrics.latency.timeouts.map((flag) =>
    t('metricsCli.latency.timeoutLine', {
      source: ctx.nameOf(flag.source),
      target: ctx.nameOf(flag.target),
      edge: ctx.nameOf(flag.edge),
      timeout: ms(flag.timeoutMs),
      attempts: flag.attempts,
      remaining: ms(flag.remainingMs),
    }),
  );
  return blocks(
    heading(3, t('metricsCli.headings.latency', { slo: formatNumber(metrics.workload.latencySloMs, language, 3) })),
    items.length === 0 ? line(t('metricsCli.latency.none')) : bullets(items),
    timeouts.length === 0 ? '' : blocks(line(t('metricsCli.latency.timeouts')), bullets(timeouts)),
  );
}

function availability(ctx: ReportContext): string {
  const { language, metrics, t } = ctx;
  const pct = ctx.percent;
  const byId = new Map(metrics.nodes.map((n) => [n.id, n]));
  const items = metrics.availability.map((entry) => {
    const hours = entry.downtime.value;
    const downtime =
      hours >= 1
        ? t('metricsCli.availability.hours', { value: formatNumber(hours, language, 2) })
        : t('metricsCli.availability.minutes', { value: formatNumber(hours * 60, language, 2) });
    let text = t('metricsCli.availability.entry', {
      entry: ctx.nameOf(entry.entry),
      availability: pct(entry.availability.value),
      downtime,
      verdict: t(entry.meetsTarget ? 'metricsCli.availability.meets' : 'metricsCli.availability.below'),
    });
    const weakest = entry.weakest === undefined ? undefined : byId.get(entry.weakest)?.availability;
    if (entry.weakest !== undefined && weakest !== undefined) {
      text += `${t('metricsCli.separator')}${t('metricsCli.availability.weakest', { node: ctx.nameOf(entry.weakest), availability: pct(weakest.availability.value) })}`;
    }
    return text;
  });
  return blocks(
    heading(3, t('metricsCli.headings.availability', { target: pct(metrics.workload.availabilityTargetPct) })),
    items.length === 0 ? line(t('metricsCli.availability.none')) : bullets(items),
  );
}

function cost(ctx: ReportContext): string {
  const { language, metrics, t } = ctx;
  const { cost } = metrics;
  const money = (value: number) => formatMoney(value, language);
  const priced = metrics.nodes.filter((n) => n.cost.lines.length > 0);
  const rows = priced.map((n) => [n.label, n.cost.lines.map((l) => t(`metricsCli.cost.kinds.${l.kind}`)).join(' + '), money(n.cost.monthly.value)]);
  const unpriced = metrics.nodes.length - priced.length;
  const items: string[] = [];
  if (unpriced > 0) items.push(t('metricsCli.cost.notPriced', { count: unpriced }));
  let total = t('metricsCli.cost.total', { total: money(cost.total.value), currency: cost.currency });
  if (cost.costPerMillionRequests !== undefined) {
    total += ` · ${t('metricsCli.cost.perMillion', { value: money(cost.costPerMillionRequests.value), currency: cost.currency })}`;
  }
  items.push(total);
  if (cost.lines.length > 0) {
    const listOf = (entries: [string, number][]) => entries.map(([name, value]) => `${name} ${money(value)}`).join(' · ');
    items.push(t('metricsCli.cost.byCategory', { list: listOf(Object.entries(cost.byCategory).map(([c, v]) => [t(`categories.${c}` as MessageKey), v])) }));
    items.push(t('metricsCli.cost.byProvider', { list: listOf(Object.entries(cost.byProvider).map(([p, v]) => [t(`providers.${p}` as MessageKey), v])) }));
    const options = cost.pricingOptions.map((o) => {
      const name = t(`metricsCli.pricing.${o.pricing}`);
      const saving = o.savingPct > 0.05 ? t('metricsCli.cost.saving', { total: money(o.total.value), saving: `−${ctx.percent(o.savingPct)}` }) : money(o.total.value);
      return `${name} ${saving}`;
    });
    items.push(t('metricsCli.cost.options', { list: options.join(' · ') }));
    const sources = cost.total.sources ?? [];
    if (sources.length > 0) {
      const list = sources.map((s) => `${s.id} ${s.date}${s.estimate ? ` (${t('metricsCli.cost.estimate')})` : ''}`).join(', ');
      items.push(t('metricsCli.cost.sources', { list }));
    }
  }
  const columns = ['component', 'lines', 'cost'].map((c) => t(`metricsCli.columns.${c}` as MessageKey));
  return blocks(
    heading(3, t('metricsCli.headings.cost', { currency: cost.currency, pricing: t(`metricsCli.pricing.${cost.pricing}`) })),
    rows.length === 0 ? line(t('metrics.cost.none')) : table(columns, rows),
    bullets(items),
  );
}

function assumptions(ctx: ReportContext): string {
  const { language, metrics, t } = ctx;
  const items = metrics.assumptions.map((a) => (a.elements === undefined ? a.text[language] : `${a.text[language]} (${a.elements.map(ctx.nameOf).join(', ')})`));
  return blocks(heading(3, t('metricsCli.headings.assumptions')), bullets(items));
}

export function metricsSection(ctx: ReportContext): string {
  return blocks(heading(2, ctx.t('report.sections.metrics')), sizing(ctx), latency(ctx), availability(ctx), cost(ctx), assumptions(ctx));
}
