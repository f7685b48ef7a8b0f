/**
 * Frozen fixtures: one design file per released schema version, written by hand with every
 * field explicit. NEVER edit a fixture, not even to "fix" it after a schema change: it stands
 * for files people already have. When the schema changes, bump CURRENT_VERSION, add a migration,
 * add a new fixture for the new version (v2-....archlab.json) and a test like this one for it.
 * If this test fails, the change broke old files: fix the migration, not the fixture.
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../testing/builders';
import v1 from './fixtures/v1-realtime-inference.archlab.json';
import { CURRENT_VERSION } from './envelope';
import { parseDesign, parseDesignText } from './parseDesign';
import { serializeDesign } from './serializeDesign';

function loadV1() {
  const result = parseDesign(deepFreeze(v1));
  if (!result.ok) throw new Error(`the v1 fixture no longer loads:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result;
}

describe('fixture v1-realtime-inference (schema version 1)', () => {
  it('is a version 1 file that still loads', () => {
    expect(v1.version).toBe(1);
    const result = loadV1();
    expect(result.version).toBe(1);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('keeps its names and counts', () => {
    const { design } = loadV1();
    expect(design.id).toBe('realtime-inference');
    expect(design.name).toBe('Real-time fraud scoring');
    expect(design.nodes).toHaveLength(7);
    expect(design.edges).toHaveLength(7);
    expect(design.groups).toHaveLength(4);
    expect(design.decisions).toHaveLength(1);
    expect(Object.keys(design.layout.elements)).toHaveLength(11);
  });

  it('keeps its components, nesting and connections', () => {
    const { design } = loadV1();
    const triton = design.nodes.find((n) => n.id === 'triton');
    expect(triton).toMatchObject({ type: 'model-server', technology: 'NVIDIA Triton Inference Server', parent: 'platform' });
    expect(triton?.props).toEqual({ replicas: 2, gpu: 'NVIDIA T4', maxBatchSize: 32, latencyP99Ms: 35 });
    expect(design.groups.map((g) => [g.id, g.kind, g.parent])).toEqual([
      ['region', 'region', undefined],
      ['az-a', 'zone', 'region'],
      ['az-b', 'zone', 'region'],
      ['platform', 'system', 'region'],
    ]);
    const grpc = design.edges.find((e) => e.id === 'gateway-triton');
    expect(grpc).toMatchObject({ source: 'gateway', target: 'triton', protocol: 'grpc', mode: 'sync' });
    expect(grpc?.security).toEqual({ tls: true, mtls: true, authn: 'mtls' });
    expect(grpc?.resilience).toEqual({ timeoutMs: 200, retries: 1, circuitBreaker: true });
    const publish = design.edges.find((e) => e.id === 'gateway-events');
    expect(publish).toMatchObject({ protocol: 'kafka', mode: 'async' });
  });

  it('keeps its workload, patterns and decision record', () => {
    const { design } = loadV1();
    expect(design.workload).toMatchObject({ peakRps: 800, entryRps: { client: 800 }, latencySloMs: 150, availabilityTargetPct: 99.95, currency: 'EUR' });
    expect(design.patterns).toEqual(['kappa', 'microservice-resilience']);
    expect(design.decisions[0]).toMatchObject({ number: 1, status: 'accepted', date: '2025-03-14', links: ['triton', 'gateway-triton'] });
    expect(design.layout.elements.triton).toEqual({ x: 520, y: 200, width: 200, height: 80 });
  });

  it('loads from its text too, and saving it again gives the same design', () => {
    const fromText = parseDesignText(JSON.stringify(v1));
    expect(fromText.ok).toBe(true);
    if (!fromText.ok) return;
    expect(fromText.design).toEqual(loadV1().design);
    const again = parseDesignText(serializeDesign(fromText.design));
    expect(again.ok && again.design).toEqual(fromText.design);
  });
});

describe('fixture v2-custom-types (schema version 2)', () => {
  it('still loads, with its custom type, its provider and the component of the custom type', async () => {
    const v2 = (await import('./fixtures/v2-custom-types.archlab.json')).default;
    expect(v2.version).toBe(2);
    const result = parseDesign(deepFreeze(v2));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const { design } = result;
    expect(design.workload.provider).toBe('gcp');
    expect(design.customTypes.map((t) => t.id)).toEqual(['custom-gdpr-gateway']);
    expect(design.customTypes[0]?.props.map((p) => p.key)).toEqual(['maxRecordsPerSecond', 'keepsAuditTrail']);
    expect(design.nodes.find((n) => n.id === 'gdpr-gw')?.props).toEqual({ maxRecordsPerSecond: 5000, keepsAuditTrail: true });
  });
});
