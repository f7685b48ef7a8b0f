import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../metrics/computeMetrics';
import { checkDesign } from '../rules';
import type { Design } from '../model/types';
import { decision, design, edge, fields, group, node } from '../testing/builders';
import { evaluateObjectives, labComplete } from './evaluateObjectives';
import { objectiveSchema, type Objective } from './labSchema';
import { scaleLoad } from './objectives/scaleLoad';

const label = { fr: 'Objectif', en: 'Objective' };

/** Evaluates one objective (given as in a lab file) on a design. */
function one(o: Record<string, unknown>, d: Design) {
  const objective = objectiveSchema.parse({ id: 'o', label, ...o }) as Objective;
  return evaluateObjectives({ objectives: [objective] }, d)[0]!;
}

const secure = { tls: true, mtls: true, authn: 'mtls' };

/** A client, a gateway and a model server over two zones: 350 req/s per replica, p99 8 + 40 ms. */
function serving(peakRps = 500, replicas = 2, extra: Parameters<typeof design> = []): Design {
  return design(
    node('web', 'web-client', { label: 'Web' }),
    node('gw', 'api-gateway', { label: 'Gateway', props: { replicas: 2, zones: 2 } }),
    node('model', 'triton', { label: 'Model', props: { replicas, zones: 2, throughputPerReplicaRps: 350, latencyP50Ms: 15, latencyP99Ms: 40, maxQueueDelayMs: 0 } }),
    edge('web-gw', 'web', 'gw', { security: { tls: true, authn: 'oidc' }, resilience: { timeoutMs: 200 } }),
    edge('gw-model', 'gw', 'model', { security: secure, resilience: { timeoutMs: 100 } }),
    fields({ workload: { peakRps, latencySloMs: 150 } }),
    ...extra,
  );
}

describe('rule objectives', () => {
  it('pass when the rule reports nothing', () => {
    expect(one({ kind: 'rule', rule: 'resilience/sync-timeouts' }, serving())).toMatchObject({ passed: true, detail: { en: 'no finding', fr: 'aucun constat' } });
  });

  it('fail with the count and the first finding', () => {
    const d = serving(500, 1);
    const result = one({ kind: 'rule', rule: 'operations/single-point-of-failure' }, d);
    expect(result.passed).toBe(false);
    expect(result.detail.en).toMatch(/^1 finding: Model is on a critical path/);
    expect(result.detail.fr).toMatch(/^1 constat\u00a0: Model est sur un chemin critique/);
  });

  it('run the rule even when the design switches it off, and say so', () => {
    const d = serving(500, 1, [fields({ workload: { peakRps: 500 }, rulePolicy: { disabled: ['operations/single-point-of-failure'] } })]);
    const result = one({ kind: 'rule', rule: 'operations/single-point-of-failure' }, d);
    expect(result.passed).toBe(false);
    expect(result.detail.en).toMatch(/; switched off in the design, checked anyway$/);
  });

  it('run a pattern’s rule even when the design does not declare the pattern', () => {
    const d = design(node('job', 'spark-job'), node('log', 'kafka'));
    expect(one({ kind: 'rule', rule: 'data/lambda-layers' }, d).passed).toBe(false);
    expect(checkDesign(d).evaluated).not.toContain('data/lambda-layers');
  });
});

describe('pattern objectives', () => {
  const tables = (...extra: Parameters<typeof design>) =>
    design(
      node('src', 'external-system'),
      node('bronze', 'lakehouse-table', { props: { tableFormat: 'delta', medallionLayer: 'bronze' } }),
      node('job', 'spark-job'),
      node('silver', 'lakehouse-table', { props: { tableFormat: 'delta', medallionLayer: 'silver' } }),
      edge('e1', 'src', 'bronze', { mode: 'async' }),
      edge('e2', 'job', 'bronze', { props: { access: 'read' } }),
      edge('e3', 'job', 'silver', { props: { access: 'write' } }),
      ...extra,
    );

  it('fail when the pattern is not declared', () => {
    expect(one({ kind: 'pattern', pattern: 'lakehouse' }, tables())).toMatchObject({ passed: false, detail: { en: '“Lakehouse (medallion)” is not declared' } });
  });

  it('pass when it is declared and its checklist passes', () => {
    const result = one({ kind: 'pattern', pattern: 'lakehouse' }, tables(fields({ patterns: ['lakehouse'] })));
    expect(result).toMatchObject({ passed: true, detail: { en: '“Lakehouse (medallion)” declared, all 2 requirements met' } });
  });

  it('fail, naming the failing requirements, when the checklist does not pass', () => {
    const d = tables(fields({ patterns: ['lakehouse'] }));
    d.nodes[1]!.props.tableFormat = 'none';
    const result = one({ kind: 'pattern', pattern: 'lakehouse' }, d);
    expect(result.passed).toBe(false);
    expect(result.detail.en).toBe('“Lakehouse (medallion)” declared, 1 of 2 requirements met; failing: “ACID table format for data that ML and BI read”');
  });

  it('do not count a requirement the design switches off as met', () => {
    const d = tables(fields({ patterns: ['lakehouse'], rulePolicy: { disabled: ['data/lakehouse-medallion'] } }));
    expect(one({ kind: 'pattern', pattern: 'lakehouse' }, d).passed).toBe(false);
  });
});

describe('metric objectives', () => {
  it('compare the worst p99 with the bound', () => {
    expect(one({ kind: 'metric', metric: 'p99LatencyMs', max: 150 }, serving())).toMatchObject({ passed: true, detail: { en: 'p99 49.5 ms, needs ≤ 150 ms' } });
    const tight = one({ kind: 'metric', metric: 'p99LatencyMs', max: 40 }, serving());
    expect(tight).toMatchObject({ passed: false, detail: { en: 'p99 49.5 ms, needs ≤ 40 ms', fr: 'p99 de 49,5\u00a0ms, attendu ≤ 40\u00a0ms' } });
  });

  it('at N req/s, bring the load to N: a design sized for less is over capacity, and no latency holds', () => {
    // 2 replicas × 350 req/s carry 500 req/s, not 2,000.
    const result = one({ kind: 'metric', metric: 'p99LatencyMs', max: 150, atRequestsPerSecond: 2000 }, serving(500, 2));
    expect(result.passed).toBe(false);
    expect(result.detail.en).toBe('p99 49.5 ms at 2,000 req/s, needs ≤ 150 ms; over capacity at this load, so no latency holds: Model');
    expect(result.detail.fr).toBe('p99 de 49,5\u00a0ms à 2\u202f000\u00a0req/s, attendu ≤ 150\u00a0ms\u00a0; au-delà de la capacité à cette charge, aucune latence ne tient\u00a0: Model');
    // Six replicas carry it.
    expect(one({ kind: 'metric', metric: 'p99LatencyMs', max: 150, atRequestsPerSecond: 2000 }, serving(500, 6)).passed).toBe(true);
  });

  it('also fail a latency objective without a rate when the design is over capacity at its own load', () => {
    expect(one({ kind: 'metric', metric: 'p50LatencyMs', max: 150 }, serving(2000, 2)).passed).toBe(false);
  });

  it('at N req/s, cost what the load needs', () => {
    const d = serving(500, 2);
    const own = computeMetrics(d).cost.total.value;
    const cost = (rps?: number) => one({ kind: 'metric', metric: 'monthlyCost', max: own + 1, ...(rps === undefined ? {} : { atRequestsPerSecond: rps }) }, d);
    expect(cost().passed).toBe(true);
    expect(cost(5000).passed).toBe(false);
  });

  it('compare the least available path with a minimum, with enough decimals to tell them apart', () => {
    const d = serving();
    const availability = computeMetrics(d).availability[0]!.availability.value;
    expect(one({ kind: 'metric', metric: 'availability', min: 99 }, d).passed).toBe(true);
    const result = one({ kind: 'metric', metric: 'availability', min: 99.95 }, d);
    expect(result.passed).toBe(availability >= 99.95);
    expect(result.detail.en).toMatch(/^availability 99\.9\d*%, needs ≥ 99\.95%$/);
  });

  it('compute costs in the objective’s currency', () => {
    const usd = serving(500, 2, [fields({ workload: { peakRps: 500, currency: 'USD' } })]);
    const inUsd = computeMetrics(usd).cost.total.value;
    const inEur = computeMetrics({ ...usd, workload: { ...usd.workload, currency: 'EUR' } }).cost.total.value;
    const result = one({ kind: 'metric', metric: 'monthlyCost', max: inEur + 1, currency: 'EUR' }, usd);
    expect(result.passed).toBe(true);
    expect(result.detail.en).toContain(' EUR a month');
    expect(inEur).not.toBe(inUsd);
    expect(one({ kind: 'metric', metric: 'monthlyCost', max: inEur - 1, currency: 'EUR' }, usd).passed).toBe(false);
  });

  it('take a range', () => {
    expect(one({ kind: 'metric', metric: 'p99LatencyMs', min: 10, max: 20 }, serving()).detail.en).toBe('p99 49.5 ms, needs 10 ms to 20 ms');
  });

  it('fail without an entry point, or without load for a cost per request', () => {
    const empty = design(node('job', 'spark-job'));
    expect(one({ kind: 'metric', metric: 'p99LatencyMs', max: 100 }, empty)).toMatchObject({
      passed: false,
      detail: { en: 'no entry point: no request path to measure; needs ≤ 100 ms' },
    });
    expect(one({ kind: 'metric', metric: 'costPerMillionRequests', max: 100 }, empty).detail.en).toMatch(/^no load enters the design/);
  });

  it('name the worst entry point when there are several', () => {
    const d = serving(500, 2, [node('admin', 'web-client'), node('slow', 'microservice', { label: 'Back office', props: { latencyP99Ms: 400, latencyP50Ms: 100 } }), edge('admin-slow', 'admin', 'slow', { resilience: { timeoutMs: 500 } })]);
    expect(one({ kind: 'metric', metric: 'p99LatencyMs', max: 150 }, d).detail.en).toBe('p99 400 ms, needs ≤ 150 ms; worst entry point: Back office');
  });
});

describe('scaleLoad', () => {
  const base = (workload: Record<string, unknown>, ...extra: Parameters<typeof design>) =>
    design(
      node('web', 'web-client'),
      node('partner', 'external-system'),
      node('a', 'microservice'),
      node('b', 'microservice'),
      node('sensor', 'iot-device', { props: { eventsPerSecond: 40 } }),
      node('log', 'kafka'),
      edge('web-a', 'web', 'a'),
      edge('partner-b', 'partner', 'b'),
      edge('sensor-log', 'sensor', 'log', { mode: 'async' }),
      fields({ workload }),
      ...extra,
    );
  const scaled = (d: Design, rps: number) => scaleLoad(d, computeMetrics(d), rps).workload;

  it('brings the busiest request source to N and scales the others alike, leaving zeros and devices alone', () => {
    const d = base({ peakRps: 100, entryRps: { b: 400, web: 0 } });
    expect(scaled(d, 2000)).toMatchObject({ peakRps: 500, entryRps: { b: 2000, web: 0 } });
    const sources = computeMetrics(scaleLoad(d, computeMetrics(d), 2000)).workload.sources;
    expect(sources.find((s) => s.node === 'sensor')?.rate).toBe(40);
  });

  it('sets the peak when no request load enters', () => {
    expect(scaled(base({ peakRps: 0 }), 300)).toMatchObject({ peakRps: 300 });
  });

  it('does not change the design it is given', () => {
    const d = base({ peakRps: 100 });
    const copy = JSON.parse(JSON.stringify(d)) as Design;
    scaled(d, 1000);
    expect(d).toEqual(copy);
  });
});

describe('element objectives', () => {
  const d = design(
    group('eu', 'region'),
    group('us', 'region'),
    node('m1', 'triton', { parent: 'eu' }),
    node('m2', 'kserve', { parent: 'us' }),
    node('gw', 'api-gateway'),
    node('mine', 'custom-scorer'),
    fields({ customTypes: [{ id: 'custom-scorer', name: 'Scorer', category: 'serving', c4: 'database', icon: 'cpu' }] }),
  );

  it('count components by type, by role, or both', () => {
    expect(one({ kind: 'element', type: 'triton' }, d)).toMatchObject({ passed: true, detail: { en: 'found 1, needs at least 1' } });
    expect(one({ kind: 'element', role: 'model-server', min: 2 }, d).passed).toBe(true);
    expect(one({ kind: 'element', role: 'model-server', min: 3 }, d)).toMatchObject({ passed: false, detail: { en: 'found 2, needs at least 3' } });
    expect(one({ kind: 'element', type: 'triton', role: 'gateway' }, d).passed).toBe(false);
  });

  it('read the roles of custom types', () => {
    expect(one({ kind: 'element', role: 'db' }, d).passed).toBe(true);
  });

  it('count groups by kind', () => {
    expect(one({ kind: 'element', groupKind: 'region', min: 2 }, d).passed).toBe(true);
    expect(one({ kind: 'element', groupKind: 'edge-site' }, d).passed).toBe(false);
  });
});

describe('decision objectives', () => {
  const d = design(decision('a', 1, { status: 'accepted' }), decision('b', 2), decision('c', 3, { status: 'accepted' }));

  it('count decision records', () => {
    expect(one({ kind: 'decisions', min: 3 }, d)).toMatchObject({ passed: true, detail: { en: '3 decision records, needs at least 3' } });
    expect(one({ kind: 'decisions', min: 4 }, d).passed).toBe(false);
  });

  it('count only those with the status asked', () => {
    expect(one({ kind: 'decisions', min: 3, status: 'accepted' }, d)).toMatchObject({
      passed: false,
      detail: { en: '2 accepted decision records, needs at least 3', fr: '2 décisions au statut «\u00a0acceptée\u00a0», au moins 3 attendues' },
    });
  });
});

describe('evaluateObjectives', () => {
  const objectives = [
    { id: 'gw', kind: 'element', role: 'gateway' },
    { id: 'spof', kind: 'rule', rule: 'operations/single-point-of-failure' },
    { id: 'p99', kind: 'metric', metric: 'p99LatencyMs', max: 150 },
  ].map((o) => objectiveSchema.parse({ label, ...o }) as Objective);

  it('gives one result per objective, in order, with its label', () => {
    const results = evaluateObjectives({ objectives }, serving());
    expect(results.map((r) => [r.id, r.kind, r.passed])).toEqual([
      ['gw', 'element', true],
      ['spof', 'rule', true],
      ['p99', 'metric', true],
    ]);
    expect(results[0]!.label).toEqual(label);
    expect(labComplete(results)).toBe(true);
  });

  it('uses the evaluation and metrics it is given instead of computing them', () => {
    const d = serving();
    const evaluation = checkDesign(serving(500, 1));
    const metrics = computeMetrics(serving(5000, 2));
    const results = evaluateObjectives({ objectives }, d, { evaluation, metrics });
    expect(results.map((r) => r.passed)).toEqual([true, false, false]);
  });

  it('is not complete while an objective fails, nor without objectives', () => {
    expect(labComplete([{ passed: true }, { passed: false }])).toBe(false);
    expect(labComplete([])).toBe(false);
  });
});
