import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { asyncLongInference } from './asyncLongInference';

/** A document summariser behind a gateway; its model’s p99 and the SLO vary. */
const summariser = (p99: number, { slo = 200, mode = 'sync' }: { slo?: number; mode?: string } = {}) =>
  design(
    node('studio', 'web-client', { label: 'Studio' }),
    node('gw', 'api-gateway', { label: 'API gateway' }),
    node('llm', 'llm-server', { label: 'Summariser', props: { latencyP99Ms: p99 } }),
    edge('e1', 'studio', 'gw'),
    edge('e2', 'gw', 'llm', { mode, protocol: 'grpc' }),
    fields({ workload: { latencySloMs: slo } }),
  );

describe('serving/async-long-inference', () => {
  it('fires on a model server whose p99 reaches the SLO on a synchronous path', () => {
    const found = findings(asyncLongInference, summariser(4000));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('slo');
    expect(found[0]!.nodes).toEqual(['llm']);
    expect(found[0]!.edges).toEqual(['e2']);
    expect(messageOf(asyncLongInference, found[0]!)).toBe(
      'Summariser takes 4,000 ms at p99 on a synchronous request path, at or above the 200 ms latency SLO.',
    );
    expect(messageOf(asyncLongInference, found[0]!, 'fr')).toBe(
      'Summariser prend 4\u202f000\u00a0ms au p99 sur un chemin de requêtes synchrone, soit au moins le SLO de latence de 200\u00a0ms.',
    );
  });

  it('fires on inference of a second or more even under a generous SLO', () => {
    const found = findings(asyncLongInference, summariser(1500, { slo: 5000 }));
    expect(found.map((f) => f.message)).toEqual(['default']);
    expect(messageOf(asyncLongInference, found[0]!)).toBe('Summariser takes 1,500 ms at p99, a second or more, on a synchronous request path.');
  });

  it('its fix puts a queue between the caller and the model, and the finding goes', () => {
    const d = summariser(4000);
    const fixed = applyFix(d, findings(asyncLongInference, d)[0]!);
    const queue = fixed.nodes.find((n) => n.type === 'message-queue')!;
    expect(queue.label).toBe('Summariser requests');
    expect(fixed.edges.find((e) => e.id === 'e2')).toBeUndefined();
    const hops = fixed.edges.filter((e) => e.source === queue.id || e.target === queue.id);
    expect(hops.map((e) => [e.source, e.target, e.mode])).toEqual([['gw', queue.id, 'async'], [queue.id, 'llm', 'async']]);
    expect(findings(asyncLongInference, fixed)).toEqual([]);
  });

  it('does not fire on a fast model, nor on a model already called asynchronously', () => {
    expect(findings(asyncLongInference, summariser(120))).toEqual([]);
    expect(findings(asyncLongInference, summariser(4000, { mode: 'async' }))).toEqual([]);
  });
});
