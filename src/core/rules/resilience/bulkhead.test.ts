import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { bulkhead } from './bulkhead';

const shared = (...extra: Parameters<typeof design>) =>
  design(
    group('serving', 'system'),
    node('web', 'web-client'),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('ranker', 'triton', { label: 'Ranker', parent: 'serving', props: { replicas: 4 } }),
    node('features', 'feature-store-online', { label: 'Features' }),
    node('nightly', 'batch-inference-job', { label: 'Nightly scoring' }),
    edge('e1', 'web', 'gw'),
    edge('e2', 'gw', 'ranker', { protocol: 'grpc' }),
    edge('e3', 'ranker', 'features', { protocol: 'redis', resilience: { timeoutMs: 20 } }),
    edge('b1', 'nightly', 'ranker', { protocol: 'grpc' }),
    fields({ layout: { elements: { ranker: { x: 300, y: 100 } } } }),
    ...extra,
  );

describe('resilience/bulkhead', () => {
  it('fires when a batch job and the critical path share one model server', () => {
    const found = findings(bulkhead, shared());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['ranker', 'nightly']);
    expect(found[0]!.edges).toEqual(['b1']);
    expect(messageOf(bulkhead, found[0]!)).toBe('Ranker serves the critical path and the batch traffic of Nightly scoring on the same replicas.');
    expect(messageOf(bulkhead, found[0]!, 'fr')).toBe('Ranker sert le chemin critique et le trafic par lots de Nightly scoring sur les mêmes réplicas.');
  });

  it('does not fire when the batch job has its own deployment, or the server is not on the critical path', () => {
    const split = design(
      node('web', 'web-client'),
      node('ranker', 'triton'),
      node('ranker-batch', 'triton'),
      node('nightly', 'spark-job'),
      edge('e1', 'web', 'ranker'),
      edge('b1', 'nightly', 'ranker-batch'),
    );
    expect(findings(bulkhead, split)).toEqual([]);
    const offline = design(node('nightly', 'batch-inference-job'), node('ranker', 'triton'), node('svc', 'microservice'), edge('b1', 'nightly', 'ranker'), edge('s', 'svc', 'ranker'));
    expect(findings(bulkhead, offline)).toEqual([]);
  });

  it('its fix gives the batch traffic a copy of the deployment, with the same dependencies', () => {
    const d = shared();
    const fixed = applyFix(d, findings(bulkhead, d)[0]!);
    const copy = fixed.nodes.find((n) => n.id === 'ranker-batch')!;
    expect(copy).toMatchObject({ type: 'triton', label: 'Ranker (batch)', parent: 'serving', props: { replicas: 4 } });
    expect(fixed.layout.elements['ranker-batch']).toEqual({ x: 300, y: 260 });
    expect(fixed.edges.find((e) => e.id === 'b1')).toMatchObject({ source: 'nightly', target: 'ranker-batch', protocol: 'grpc' });
    expect(fixed.edges.find((e) => e.source === 'ranker-batch')).toMatchObject({ target: 'features', protocol: 'redis', resilience: { timeoutMs: 20 } });
    expect(fixed.edges.find((e) => e.id === 'e2')!.target).toBe('ranker');
    expect(findings(bulkhead, fixed)).toEqual([]);
    expect(applyFix(d, findings(bulkhead, d)[0]!, 'fr').nodes.find((n) => n.id === 'ranker-batch')!.label).toBe('Ranker (lots)');
  });
});
