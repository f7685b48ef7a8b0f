import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../metrics/computeMetrics';
import { design, edge, fields, node } from '../testing/builders';
import { compareDesigns } from './compareDesigns';

const realtime = design(
  node('web', 'web-client'),
  node('admin', 'web-client'),
  node('gw', 'api-gateway', { label: 'Gateway' }),
  node('bo', 'microservice', { label: 'Back office', props: { latencyP99Ms: 90 } }),
  node('model', 'triton', { props: { latencyP99Ms: 40 } }),
  edge('web-gw', 'web', 'gw'),
  edge('gw-model', 'gw', 'model'),
  edge('admin-bo', 'admin', 'bo'),
  fields({ id: 'rt', name: 'Real time', patterns: ['high-availability'], workload: { peakRps: 100, entryRps: { admin: 5, web: 800 }, currency: 'EUR' } }),
);
const batch = design(
  node('job', 'spark-job'),
  node('log', 'kafka'),
  node('speed', 'flink-job'),
  edge('log-speed', 'log', 'speed', { mode: 'async' }),
  edge('job-log', 'job', 'log', { mode: 'async', props: { access: 'read' } }),
  fields({ id: 'batch', name: 'Batch' }),
);

describe('compareDesigns', () => {
  it('puts each design’s patterns, latency per entry point, availability and cost side by side', () => {
    const [rt, b] = compareDesigns([realtime, batch]);
    expect(rt).toMatchObject({ designId: 'rt', name: 'Real time', declaredPatterns: ['high-availability'], currency: 'EUR' });
    expect(rt!.latency.map((l) => [l.entry, l.label, l.rps])).toEqual([
      ['gw', 'Gateway', 800],
      ['bo', 'Back office', 5],
    ]);
    expect(rt!.latency[1]!.p99Ms).toBe(90);
    const metrics = computeMetrics(realtime);
    expect(rt!.availabilityPct).toBe(Math.min(...metrics.availability.map((a) => a.availability.value)));
    expect(rt!.monthlyCost).toBe(metrics.cost.total.value);

    expect(b).toMatchObject({ designId: 'batch', declaredPatterns: [], latency: [], currency: 'USD' });
    expect(b!.availabilityPct).toBeUndefined();
    expect(b!.recognizedPatterns).toContain('lambda');
  });

  it('uses the metrics it is given', () => {
    const slower = JSON.parse(JSON.stringify(realtime)) as typeof realtime;
    slower.nodes.find((n) => n.id === 'model')!.props.latencyP99Ms = 400;
    expect(compareDesigns([realtime])[0]!.latency[0]!.p99Ms).toBeLessThan(400);
    expect(compareDesigns([realtime], [computeMetrics(slower)])[0]!.latency[0]!.p99Ms).toBeGreaterThan(400);
  });

  it('gives nothing for no design', () => {
    expect(compareDesigns([])).toEqual([]);
  });
});
