/**
 * Golden tests of the rules engine: what every rule reports on the two example designs and on
 * three reference designs built here, compared with a snapshot (__snapshots__/golden.test.ts.snap)
 * in a compact form. A change of behaviour in any rule shows up as a snapshot diff: review it, and
 * accept it (`npx vitest run -u src/core/rules/golden.test.ts`) only when the new findings are the
 * right ones for these designs.
 *
 * The examples are imported as JSON modules, as the document fixtures are: src/core may not use
 * Node built-ins such as node:fs, not even in its tests (eslint.config.js, tsconfig.core.json).
 */
import { describe, expect, it } from 'vitest';
import fraudFile from '../../../examples/fraud-detection.archlab.json';
import realtimeFile from '../../../examples/realtime-inference.archlab.json';
import { parseDesign, toEnvelope } from '../document';
import type { Language } from '../i18n';
import type { Design } from '../model/types';
import type { Severity } from '../model/vocabulary';
import { SEVERITIES } from '../model/vocabulary';
import { clone, deepFreeze, design, edge, fields, group, node } from '../testing/builders';
import { applyFix } from '../testing/rules';
import { checkDesign, describeFinding, getRule, patternChecklists, RULES, toPlainEvaluation, type Finding } from './index';

const LANGUAGES: readonly Language[] = ['en', 'fr'];

function loadExample(file: unknown): Design {
  const result = parseDesign(deepFreeze(clone(file)));
  if (!result.ok) throw new Error(`an example no longer loads:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.design;
}

// ---- reference designs ----

const MTLS = { tls: true, mtls: true, authn: 'mtls' } as const;

/**
 * A zero-trust inference platform that meets every requirement of the patterns it declares:
 * every internal call authenticated with mTLS, the gateway (a PEP) asking a policy decision
 * point, three replicas over three zones on the critical path, a Kappa feature pipeline with a
 * dead-letter queue, keys in a KMS and telemetry from every runtime component.
 */
function zeroTrustInference(): Design {
  const call = (timeoutMs: number, resilience: Record<string, unknown> = {}) =>
    ({ protocol: 'grpc', security: MTLS, resilience: { timeoutMs, retries: 0, circuitBreaker: true, ...resilience } });
  const telemetry = { mode: 'async', protocol: 'grpc', security: MTLS, props: { carries: 'telemetry' } };
  const async = (protocol: string, props: Record<string, unknown> = {}) => ({ mode: 'async', protocol, security: MTLS, props });
  const ha = { replicas: 3, zones: 3 };
  return design(
    group('platform', 'system', { label: 'Inference platform' }),
    group('mesh', 'trust-zone', { label: 'Service mesh (mTLS)', parent: 'platform' }),
    node('app', 'mobile-client', { label: 'Mobile app' }),
    node('gateway', 'api-gateway', { label: 'Inference gateway', parent: 'mesh', props: ha }),
    node('pdp', 'policy-decision-point', { label: 'Policy engine', parent: 'mesh', props: { ...ha, latencyP99Ms: 4 } }),
    node('idp', 'identity-provider', { label: 'Identity provider', parent: 'mesh', props: ha }),
    node('triton', 'triton', { label: 'Model server', parent: 'mesh', props: { ...ha, throughputPerReplicaRps: 1_000 } }),
    node('features', 'feature-store-online', { label: 'Online features', parent: 'mesh', props: ha }),
    node('history', 'feature-store-offline', { label: 'Feature history', parent: 'mesh' }),
    node('events', 'kafka', { label: 'Prediction events', parent: 'mesh' }),
    node('pipeline', 'flink-job', { label: 'Feature pipeline', parent: 'mesh' }),
    node('dead-letters', 'dead-letter-queue', { label: 'Dead letters', parent: 'mesh' }),
    node('keys', 'key-management', { label: 'Key management', parent: 'mesh' }),
    node('otel', 'otel-collector', { label: 'Telemetry collector', parent: 'mesh' }),
    edge('app-gateway', 'app', 'gateway', {
      label: 'POST /v1/predict',
      security: { tls: true, mtls: false, authn: 'oidc' },
      resilience: { timeoutMs: 200, retries: 0, circuitBreaker: false, rateLimitRps: 2600 },
    }),
    edge('app-idp', 'app', 'idp', {
      label: 'sign in',
      callsPerRequest: 0,
      security: { tls: true, mtls: false, authn: 'none' },
      resilience: { timeoutMs: 250, retries: 0, circuitBreaker: false },
    }),
    edge('gateway-pdp', 'gateway', 'pdp', { label: 'authorise', ...call(10) }),
    edge('gateway-triton', 'gateway', 'triton', { label: 'infer', ...call(120) }),
    edge('triton-features', 'triton', 'features', { label: 'read features', ...call(10, { retries: 1 }), props: { access: 'read' } }),
    edge('triton-events', 'triton', 'events', { label: 'prediction event', ...async('kafka'), resilience: { retries: 3, circuitBreaker: false } }),
    edge('events-pipeline', 'events', 'pipeline', { label: 'events', ...async('kafka') }),
    edge('pipeline-features', 'pipeline', 'features', { label: 'write features', ...async('redis', { access: 'write', idempotent: true }) }),
    edge('pipeline-history', 'pipeline', 'history', { label: 'append history', ...async('s3', { access: 'write', idempotent: true }) }),
    edge('pipeline-dead-letters', 'pipeline', 'dead-letters', { label: 'unprocessable events', callsPerRequest: 0.001, ...async('https') }),
    ...['gateway', 'pdp', 'idp', 'triton', 'pipeline'].map((id) => edge(`${id}-otel`, id, 'otel', { label: 'OTLP', ...telemetry })),
    fields({
      name: 'Zero-trust inference platform',
      workload: { peakRps: 2000, latencySloMs: 250, availabilityTargetPct: 99.95, headroomPct: 30 },
      patterns: ['zero-trust', 'high-availability', 'kappa'],
    }),
  );
}

/**
 * A Kappa clickstream pipeline: one replayable log kept 30 days, one stream job writing the
 * online and offline feature stores, a dead-letter queue, training on a pinned snapshot.
 */
function kappaPipeline(): Design {
  const tls = { tls: true, mtls: false, authn: 'iam' } as const;
  const async = (protocol: string, props: Record<string, unknown> = {}) => ({ mode: 'async', protocol, security: tls, props });
  return design(
    group('pipeline', 'system', { label: 'Clickstream pipeline' }),
    node('site', 'web-client', { label: 'Shop website' }),
    node('gateway', 'api-gateway', { label: 'Collector API', parent: 'pipeline' }),
    node('ingest', 'microservice', { label: 'Event ingestion', parent: 'pipeline', props: { replicas: 4, throughputPerReplicaRps: 2_000 } }),
    node('log', 'kafka', { label: 'Clickstream log', parent: 'pipeline', props: { retentionDays: 30 } }),
    node('sessions', 'flink-job', { label: 'Session features', parent: 'pipeline' }),
    node('online', 'feature-store-online', { label: 'Online features', parent: 'pipeline' }),
    node('offline', 'feature-store-offline', { label: 'Offline features', parent: 'pipeline' }),
    node('dead-letters', 'dead-letter-queue', { label: 'Dead letters', parent: 'pipeline' }),
    node('training', 'training-job', { label: 'Recommender training', parent: 'pipeline' }),
    node('keys', 'key-management', { label: 'Key management', parent: 'pipeline' }),
    node('otel', 'otel-collector', { label: 'Telemetry collector', parent: 'pipeline' }),
    edge('site-gateway', 'site', 'gateway', {
      label: 'POST /events',
      security: { tls: true, mtls: false, authn: 'api-key' },
      resilience: { timeoutMs: 150, retries: 0, circuitBreaker: false, rateLimitRps: 6500 },
    }),
    edge('gateway-ingest', 'gateway', 'ingest', { label: 'events', security: tls, resilience: { timeoutMs: 100, retries: 0, circuitBreaker: true } }),
    edge('ingest-log', 'ingest', 'log', { label: 'append', ...async('kafka', { access: 'write', idempotent: true }), resilience: { retries: 3, circuitBreaker: false } }),
    edge('log-sessions', 'log', 'sessions', { label: 'clicks', ...async('kafka') }),
    edge('sessions-online', 'sessions', 'online', { label: 'latest features', ...async('redis', { access: 'write', idempotent: true }) }),
    edge('sessions-offline', 'sessions', 'offline', { label: 'feature history', ...async('s3', { access: 'write', idempotent: true }) }),
    edge('sessions-dead-letters', 'sessions', 'dead-letters', { label: 'unprocessable events', callsPerRequest: 0.001, ...async('https') }),
    edge('training-offline', 'training', 'offline', {
      label: 'training set (pinned snapshot)',
      protocol: 's3',
      callsPerRequest: 0,
      security: tls,
      resilience: { timeoutMs: 60_000, retries: 2, circuitBreaker: false },
      props: { access: 'read', pinnedVersion: true },
    }),
    ...['gateway', 'ingest', 'sessions', 'training'].map((id) => edge(`${id}-otel`, id, 'otel', { label: 'OTLP', ...async('grpc', { carries: 'telemetry' }) })),
    fields({
      name: 'Kappa clickstream pipeline',
      workload: { peakRps: 5000, latencySloMs: 150, availabilityTargetPct: 99.9, headroomPct: 30 },
      patterns: ['kappa'],
    }),
  );
}

/**
 * A deliberately bad design: a browser querying the database, a six-hop synchronous chain that
 * retries at every layer over plain HTTP, three services writing one database, a 40-call fan-out,
 * single replicas on the critical path, no telemetry.
 */
function tangledShop(): Design {
  const plain = { tls: false, mtls: false, authn: 'none' } as const;
  const hop = (timeoutMs?: number) => ({ security: plain, resilience: { ...(timeoutMs === undefined ? {} : { timeoutMs }), retries: 3, circuitBreaker: false } });
  return design(
    node('browser', 'web-client', { label: 'Browser' }),
    node('gateway', 'api-gateway', { label: 'Gateway', props: { replicas: 1 } }),
    node('orders', 'microservice', { label: 'Orders', props: { replicas: 1 } }),
    node('pricing', 'microservice', { label: 'Pricing' }),
    node('stock', 'microservice', { label: 'Stock' }),
    node('supplier', 'anti-corruption-layer', { label: 'Supplier adapter' }),
    node('erp', 'legacy-system', { label: 'ERP' }),
    node('scoring', 'triton', { label: 'Scoring model' }),
    node('db', 'relational-db', { label: 'Shared database', props: { replicas: 1, encryptedAtRest: false } }),
    node('queue', 'message-queue', { label: 'Order events' }),
    node('mailer', 'microservice', { label: 'Mailer' }),
    edge('browser-gateway', 'browser', 'gateway', { protocol: 'http', ...hop(5000) }),
    edge('browser-db', 'browser', 'db', { protocol: 'sql', label: 'report query', security: plain }),
    edge('gateway-orders', 'gateway', 'orders', { protocol: 'http', ...hop(3000) }),
    edge('orders-pricing', 'orders', 'pricing', { protocol: 'http', ...hop(2000) }),
    edge('pricing-stock', 'pricing', 'stock', { protocol: 'http', ...hop() }),
    edge('stock-supplier', 'stock', 'supplier', { protocol: 'http', ...hop(1000) }),
    edge('supplier-erp', 'supplier', 'erp', { protocol: 'other', ...hop(1000) }),
    edge('orders-scoring', 'orders', 'scoring', { protocol: 'grpc', callsPerRequest: 40, ...hop(500) }),
    edge('orders-db', 'orders', 'db', { protocol: 'sql', security: plain, resilience: { timeoutMs: 200, retries: 8, circuitBreaker: false } }),
    edge('stock-db', 'stock', 'db', { protocol: 'sql', security: plain, resilience: { timeoutMs: 200, retries: 0, circuitBreaker: false } }),
    edge('pricing-db', 'pricing', 'db', { protocol: 'sql', security: plain, props: { access: 'read-write' } }),
    edge('orders-queue', 'orders', 'queue', { protocol: 'amqp', mode: 'async', security: plain }),
    edge('queue-mailer', 'queue', 'mailer', { protocol: 'amqp', mode: 'async', security: plain }),
    fields({ name: 'Tangled shop', workload: { peakRps: 300, latencySloMs: 500, availabilityTargetPct: 99.9 } }),
  );
}

const DESIGNS: readonly (readonly [string, () => Design])[] = [
  ['example realtime-inference', () => loadExample(realtimeFile)],
  ['example fraud-detection', () => loadExample(fraudFile)],
  ['reference zero-trust inference platform', zeroTrustInference],
  ['reference Kappa pipeline', kappaPipeline],
  ['reference tangled shop (bad)', tangledShop],
];

// ---- the compact summary ----

const SEVERITY_RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));
const sorted = (ids: readonly string[]) => [...ids].sort().join(', ');

/**
 * One line per finding: severity, rule, message (when not the default one), then the elements,
 * sorted; a finding about the whole design shows its parameters instead. Lines are sorted by
 * severity, then as text, so the snapshot does not depend on the engine's order of findings.
 */
function summary(findings: readonly Finding[]): string[] {
  const lines = findings.map((f) => {
    const head = `${f.severity} ${f.ruleId}${f.message === 'default' ? '' : ` (${f.message})`}`;
    const parts: string[] = [];
    if (f.nodes.length > 0) parts.push(`nodes: ${sorted(f.nodes)}`);
    if (f.edges.length > 0) parts.push(`edges: ${sorted(f.edges)}`);
    if (f.groups.length > 0) parts.push(`groups: ${sorted(f.groups)}`);
    if (parts.length === 0) {
      const params = Object.keys(f.params).sort().map((name) => {
        const value = f.params[name]!;
        return `${name}=${typeof value === 'object' ? value.en : String(value)}`;
      });
      parts.push(`params: ${params.join('; ')}`);
    }
    return { rank: SEVERITY_RANK.get(f.severity)!, line: `${head} | ${parts.join(' | ')}` };
  });
  lines.sort((a, b) => a.rank - b.rank || (a.line < b.line ? -1 : a.line > b.line ? 1 : 0));
  return lines.map((l) => l.line);
}

/** A filled template must leave no `{name}` slot behind. */
const SLOT = /\{[A-Za-z][A-Za-z0-9]*\}/;

describe.each(DESIGNS)('%s', (_name, build) => {
  it('reports the findings of the snapshot', () => {
    expect(summary(checkDesign(build()).findings)).toMatchSnapshot();
  });

  it('is deterministic: two runs, on the design and on a frozen copy, give the same evaluation', () => {
    const d = build();
    const first = toPlainEvaluation(checkDesign(d));
    expect(toPlainEvaluation(checkDesign(d))).toEqual(first);
    expect(toPlainEvaluation(checkDesign(deepFreeze(clone(d))))).toEqual(first);
  });

  it('explains every finding in French and English, with every slot filled', () => {
    for (const finding of checkDesign(build()).findings) {
      const rule = getRule(finding.ruleId);
      expect(rule, finding.ruleId).toBeDefined();
      expect(rule!.messages[finding.message], `${finding.ruleId} has a message "${finding.message}"`).toBeDefined();
      for (const language of LANGUAGES) {
        const text = describeFinding(finding, rule!, language);
        const where = `${finding.key} (${language})`;
        for (const part of [text.title, text.message, text.why, text.fix]) expect(part.trim(), where).not.toBe('');
        expect(text.message, where).not.toMatch(SLOT);
        if (finding.fix !== undefined) {
          expect(finding.fix.label[language].trim(), where).not.toBe('');
          expect(finding.fix.label[language], where).not.toMatch(SLOT);
        }
      }
    }
  });

  it('applies every quick fix, in both languages, to a valid design that changed', () => {
    const d = build();
    for (const finding of checkDesign(d).findings) {
      if (finding.fix === undefined) continue;
      for (const language of LANGUAGES) {
        const after = applyFix(deepFreeze(clone(d)), finding, language);
        const reloaded = parseDesign(toEnvelope(after));
        const where = `${finding.key} (${language})`;
        expect(reloaded.ok ? [] : reloaded.problems, where).toEqual([]);
        expect(after, where).not.toEqual(d);
      }
    }
  });
});

describe('the example designs', () => {
  it.each([
    ['realtime-inference', realtimeFile, ['high-availability']],
    ['fraud-detection', fraudFile, ['kappa', 'high-availability']],
  ] as const)('%s has no error and meets every requirement of the patterns it declares', (_name, file, patterns) => {
    const d = loadExample(file);
    const evaluation = checkDesign(d);
    expect(d.patterns).toEqual(patterns);
    expect(evaluation.findings.filter((f) => f.severity === 'error').map((f) => f.key)).toEqual([]);
    expect(patternChecklists(d, evaluation, RULES).filter((c) => !c.complete)).toEqual([]);
  });
});

describe('the reference designs', () => {
  it('the zero-trust inference platform has no finding and meets its three patterns', () => {
    const d = zeroTrustInference();
    const evaluation = checkDesign(d);
    expect(evaluation.findings.map((f) => f.key)).toEqual([]);
    const checklists = patternChecklists(d, evaluation, RULES);
    expect(checklists.map((c) => c.pattern)).toEqual(['zero-trust', 'high-availability', 'kappa']);
    expect(checklists.every((c) => c.complete && c.items.length > 0)).toBe(true);
  });

  it('the Kappa pipeline meets the Kappa requirements, with no error and no warning', () => {
    const d = kappaPipeline();
    const evaluation = checkDesign(d);
    expect(evaluation.findings.filter((f) => f.severity !== 'info').map((f) => f.key)).toEqual([]);
    expect(patternChecklists(d, evaluation, RULES)).toEqual([expect.objectContaining({ pattern: 'kappa', complete: true })]);
  });

  it('the tangled shop shows the three anti-patterns it was built with', () => {
    const rules = new Set(checkDesign(tangledShop()).findings.map((f) => f.ruleId));
    for (const id of ['anti-pattern/client-to-database', 'anti-pattern/deep-sync-chain', 'anti-pattern/shared-database']) {
      expect(rules.has(id), id).toBe(true);
    }
  });
});
