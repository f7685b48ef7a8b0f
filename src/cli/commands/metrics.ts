import type { Command } from 'commander';
import {
  computeMetrics,
  describeProblem,
  formatAmount as amount,
  formatMoney,
  formatNumber as number,
  formatPercent,
  parseDesignText,
  translate,
  type Design,
  type DesignMetrics,
  type FigureSource,
  type Language,
  type MessageKey,
  type MessageValues,
} from '../../core';
import { readInputs, type FileInput } from '../io';
import { emit, EXIT, formatOption, langOption, type CommandResult, type CommonOptions, type RegisterCommand } from '../command';
import { validateOne } from './validate';

export type MetricsOptions = CommonOptions;

/** What `metrics --format json` prints. */
export interface MetricsReport {
  file: string;
  name: string;
  metrics: unknown;
}

/**
 * A value with every `{ en, fr }` text replaced by its text in `lang`: formulas and assumptions
 * come from the core in both languages, and a script wants the one it asked for.
 */
export function localizeDeep(value: unknown, lang: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, lang));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (keys.length === 2 && typeof record.en === 'string' && typeof record.fr === 'string') return record[lang];
  return Object.fromEntries(keys.map((key) => [key, localizeDeep(record[key], lang)]));
}

/** Control characters (a design's names could hold terminal escape sequences) as U+FFFD. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Columns padded to their widest cell; the last column is not padded. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

function sourceText(source: FigureSource, t: (key: MessageKey) => string): string {
  return `${source.id} ${source.date}${source.estimate ? ` (${t('metricsCli.cost.estimate')})` : ''}`;
}

/** The metrics as text: workload, sizing, latency, availability, cost, assumptions. */
export function metricsText(file: string, design: Design, metrics: DesignMetrics, lang: Language): string[] {
  const t = (key: MessageKey, values?: MessageValues) => translate(lang, key, values);
  const pct = (value: number) => formatPercent(value, lang);
  const label = (id: string) => printable(id);
  const separator = t('metricsCli.separator');
  const rateUnit = (unit: string) => (unit === 'events/s' || unit === 'req/s' ? t(`metricsCli.units.${unit}`) : unit);
  const { workload } = metrics;
  const lines: string[] = [t('metricsCli.title', { name: printable(design.name), file }), ''];

  // Workload.
  lines.push(t('metricsCli.headings.workload'));
  lines.push(`  ${t('metricsCli.workload.peak', { rate: amount(workload.peakRps, lang), headroom: pct(workload.headroomPct) })}`);
  lines.push(
    `  ${
      workload.sources.length === 0
        ? t('metricsCli.workload.noSource')
        : t('metricsCli.workload.sources', { list: workload.sources.map((s) => `${label(s.node)} ${amount(s.rate, lang)}`).join(', ') })
    }`,
  );
  lines.push(
    `  ${t('metricsCli.workload.details', {
      payload: number(workload.payloadKb, lang, 3),
      slo: number(workload.latencySloMs, lang, 3),
      target: pct(workload.availabilityTargetPct),
      provider: workload.provider === undefined ? t('metricsCli.workload.noProvider') : t(`providers.${workload.provider}`),
      region: printable(workload.region),
      pricing: t(`metricsCli.pricing.${workload.pricing}`),
      currency: workload.currency,
    })}`,
  );

  // Sizing: every component with something to size (clients and plain stores have nothing).
  lines.push('', t('metricsCli.headings.sizing'));
  const rows: string[][] = [
    ['component', 'rate', 'replicas', 'needed', 'utilisation', 'gpus', 'notes'].map((c) => t(`metricsCli.columns.${c}` as MessageKey)),
  ];
  for (const node of metrics.nodes) {
    const s = node.sizing;
    if (s.replicas === undefined && s.storage === undefined && s.partitions === undefined && s.concurrency === undefined) continue;
    const notes: string[] = [];
    if (s.overCapacity) notes.push(t('metricsCli.notes.overCapacity'));
    if (s.overConcurrency && s.concurrency !== undefined) notes.push(t('metricsCli.notes.overConcurrency', { value: amount(s.concurrency.value, lang) }));
    else if (s.concurrency !== undefined) notes.push(t('metricsCli.notes.inFlight', { value: amount(s.concurrency.value, lang) }));
    if (s.partitions !== undefined) notes.push(t('metricsCli.notes.partitions', { configured: s.partitions.configured, needed: s.partitions.needed.value }));
    if (s.brokers !== undefined) notes.push(t('metricsCli.notes.brokers', { configured: s.brokers.configured, needed: s.brokers.needed.value }));
    if (s.storage !== undefined) {
      notes.push(t('metricsCli.notes.storage', { needed: amount(s.storage.needed.value, lang), perDay: amount(s.storage.perDay.value, lang), configured: amount(s.storage.configuredGb, lang) }));
    }
    rows.push([
      label(node.id),
      `${amount(node.load.rate.value, lang)} ${rateUnit(node.load.rate.unit)}`,
      s.replicas === undefined ? '' : String(s.replicas.configured),
      s.replicas?.needed === undefined ? '' : String(s.replicas.needed.value),
      s.utilisation === undefined ? '' : pct(s.utilisation.value),
      s.gpus === undefined ? '' : String(s.gpus.value),
      notes.join(separator),
    ]);
  }
  lines.push(...table(rows));
  lines.push(
    `  ${metrics.overCapacity.length === 0 ? t('metricsCli.noneOverCapacity') : t('metricsCli.overCapacity', { list: metrics.overCapacity.map(label).join(', ') })}`,
  );

  // Latency.
  lines.push('', t('metricsCli.headings.latency', { slo: number(workload.latencySloMs, lang, 3) }));
  if (metrics.latency.entries.length === 0) lines.push(`  ${t('metricsCli.latency.none')}`);
  for (const entry of metrics.latency.entries) {
    const verdict = entry.withinSlo
      ? t('metricsCli.latency.within', { margin: number(entry.marginMs, lang) })
      : t('metricsCli.latency.over', { over: number(-entry.marginMs, lang) });
    const culprit = entry.hops.find((h) => h.node === entry.culprit);
    let head = t('metricsCli.latency.entry', { entry: label(entry.entry), p50: number(entry.p50.value, lang), p99: number(entry.p99.value, lang), verdict });
    if (culprit !== undefined) head += `${separator}${t('metricsCli.latency.culprit', { node: label(culprit.node), share: pct(culprit.sharePct) })}`;
    lines.push(`  ${head}`);
    for (const hop of entry.hops) {
      const parts: string[] = [];
      if (hop.network !== undefined) parts.push(t(`metricsCli.latency.network.${hop.network}`, { value: number(hop.networkMs, lang) }));
      parts.push(t('metricsCli.latency.service', { value: number(hop.serviceP99Ms, lang) }));
      if (hop.queueMs > 0) parts.push(t('metricsCli.latency.queue', { value: number(hop.queueMs, lang) }));
      let text = t('metricsCli.latency.hop', { node: label(hop.node), parts: parts.join(' + '), total: number(hop.p99Ms, lang), share: pct(hop.sharePct) });
      const flag = hop.timeoutExceeded ? metrics.latency.timeouts.find((f) => f.edge === hop.edge) : undefined;
      if (flag !== undefined) text += `${separator}${t('metricsCli.latency.timeout', { timeout: number(flag.timeoutMs * flag.attempts, lang), remaining: number(flag.remainingMs, lang) })}`;
      lines.push(`    ${hop.edge === undefined ? '' : '→ '}${text}`);
    }
  }
  if (metrics.latency.timeouts.length > 0) {
    lines.push(`  ${t('metricsCli.latency.timeouts')}`);
    for (const flag of metrics.latency.timeouts) {
      lines.push(
        `    ${t('metricsCli.latency.timeoutLine', {
          source: label(flag.source),
          target: label(flag.target),
          edge: label(flag.edge),
          timeout: number(flag.timeoutMs, lang),
          attempts: flag.attempts,
          remaining: number(flag.remainingMs, lang),
        })}`,
      );
    }
  }

  // Availability.
  lines.push('', t('metricsCli.headings.availability', { target: pct(workload.availabilityTargetPct) }));
  if (metrics.availability.length === 0) lines.push(`  ${t('metricsCli.availability.none')}`);
  const byId = new Map(metrics.nodes.map((n) => [n.id, n]));
  for (const entry of metrics.availability) {
    const hours = entry.downtime.value;
    const downtime = hours >= 1 ? t('metricsCli.availability.hours', { value: number(hours, lang, 2) }) : t('metricsCli.availability.minutes', { value: number(hours * 60, lang, 2) });
    let text = t('metricsCli.availability.entry', {
      entry: label(entry.entry),
      availability: pct(entry.availability.value),
      downtime,
      verdict: t(entry.meetsTarget ? 'metricsCli.availability.meets' : 'metricsCli.availability.below'),
    });
    const weakest = entry.weakest === undefined ? undefined : byId.get(entry.weakest)?.availability;
    if (entry.weakest !== undefined && weakest !== undefined) text += `${separator}${t('metricsCli.availability.weakest', { node: label(entry.weakest), availability: pct(weakest.availability.value) })}`;
    lines.push(`  ${text}`);
  }

  // Cost.
  const { cost } = metrics;
  const money = (value: number) => formatMoney(value, lang);
  lines.push('', t('metricsCli.headings.cost', { currency: cost.currency, pricing: t(`metricsCli.pricing.${cost.pricing}`) }));
  const costRows: string[][] = [['component', 'lines', 'cost'].map((c) => t(`metricsCli.columns.${c}` as MessageKey))];
  let unpriced = 0;
  for (const node of metrics.nodes) {
    if (node.cost.lines.length === 0) {
      unpriced += 1;
      continue;
    }
    costRows.push([label(node.id), node.cost.lines.map((l) => t(`metricsCli.cost.kinds.${l.kind}`)).join(' + '), money(node.cost.monthly.value)]);
  }
  if (costRows.length > 1) lines.push(...table(costRows));
  if (unpriced > 0) lines.push(`  ${t('metricsCli.cost.notPriced', { count: unpriced })}`);
  let total = t('metricsCli.cost.total', { total: money(cost.total.value), currency: cost.currency });
  if (cost.costPerMillionRequests !== undefined) total += ` · ${t('metricsCli.cost.perMillion', { value: money(cost.costPerMillionRequests.value), currency: cost.currency })}`;
  lines.push(`  ${total}`);
  const listOf = (entries: [string, number][]) => entries.map(([name, value]) => `${name} ${money(value)}`).join(' · ');
  if (cost.lines.length > 0) {
    lines.push(`  ${t('metricsCli.cost.byCategory', { list: listOf(Object.entries(cost.byCategory).map(([c, v]) => [t(`categories.${c}` as MessageKey), v])) })}`);
    lines.push(`  ${t('metricsCli.cost.byProvider', { list: listOf(Object.entries(cost.byProvider).map(([p, v]) => [t(`providers.${p}` as MessageKey), v])) })}`);
    const options = cost.pricingOptions.map((o) => {
      const name = t(`metricsCli.pricing.${o.pricing}`);
      const saving = o.savingPct > 0.05 ? t('metricsCli.cost.saving', { total: money(o.total.value), saving: `−${pct(o.savingPct)}` }) : money(o.total.value);
      return `${name} ${saving}`;
    });
    lines.push(`  ${t('metricsCli.cost.options', { list: options.join(' · ') })}`);
    const sources = cost.total.sources ?? [];
    if (sources.length > 0) lines.push(`  ${t('metricsCli.cost.sources', { list: sources.map((s) => sourceText(s, t)).join(', ') })}`);
  }

  // Assumptions.
  lines.push('', t('metricsCli.headings.assumptions'));
  for (const assumption of metrics.assumptions) {
    const elements = assumption.elements === undefined ? '' : ` [${assumption.elements.map(label).join(', ')}]`;
    lines.push(`  - ${assumption.text[lang]}${elements}`);
  }
  return lines;
}

/**
 * `archlab metrics`, without the side effects: loads one design as `validate` does and prints its
 * metrics (load, sizing, latency, availability, cost, assumptions) as text or JSON. 0: printed;
 * 2: the file cannot be read or is not a valid design (its problems on stderr).
 */
export function runMetrics(input: FileInput, options: MetricsOptions): CommandResult {
  const { lang, format } = options;
  if ('readError' in input) {
    const report = validateOne(input, lang);
    const reason = 'readError' in report ? report.readError : input.readError;
    return { stdout: [], stderr: [translate(lang, 'cli.cannotRead', { file: input.file, reason })], exitCode: EXIT.usage };
  }
  const parsed = parseDesignText(input.text, { language: lang });
  if (!parsed.ok) {
    return {
      stdout: [],
      stderr: [translate(lang, 'cli.invalid', { file: input.file, count: parsed.problems.length }), ...parsed.problems.map((p) => `  ${describeProblem(p)}`)],
      exitCode: EXIT.usage,
    };
  }
  const metrics = computeMetrics(parsed.design);
  if (format === 'json') {
    const report: MetricsReport = { file: input.file, name: parsed.design.name, metrics: localizeDeep(metrics, lang) };
    return { stdout: [JSON.stringify(report, null, 2)], stderr: [], exitCode: EXIT.ok };
  }
  return { stdout: metricsText(input.file, parsed.design, metrics, lang), stderr: [], exitCode: EXIT.ok };
}

export const registerMetrics: RegisterCommand = (program: Command, context) => {
  program
    .command('metrics')
    .description('size a design from its workload: load per component, replicas, latency budget, availability and monthly cost, with the assumptions')
    .argument('<file>', 'design file (.archlab.json)')
    .addOption(formatOption())
    .addOption(langOption(context.defaultLanguage))
    .addHelpText(
      'after',
      [
        '',
        'Text: the workload, a sizing table (rate, replicas configured and needed, use, GPUs, notes),',
        'the latency of each entry point against the objective hop by hop, the availability of each',
        'entry point against the target, the cost per component with totals and pricing models, and the',
        'assumptions. JSON: { file, name, metrics } with every figure as { value, unit, formula, inputs,',
        'sources }, texts in the --lang language.',
        'Exit codes: 0 the metrics were printed, 2 the file cannot be read or is invalid (problems on',
        'standard error), or the usage is wrong.',
        '',
        'Examples:',
        '  archlab metrics examples/realtime-inference.archlab.json',
        "  archlab metrics --format json design.archlab.json | jq '.metrics.cost.total.value'",
      ].join('\n'),
    )
    .action((file: string, options: MetricsOptions) => {
      const [input] = readInputs(context.io, [file]);
      emit(context, runMetrics(input as FileInput, options));
    });
};
