import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { deadLetterQueue } from './deadLetterQueue';

const orders = (...extra: Parameters<typeof design>) =>
  design(
    group('app', 'system'),
    node('orders', 'message-queue', { label: 'Orders', parent: 'app' }),
    node('worker', 'microservice', { label: 'Fulfilment worker', parent: 'app' }),
    edge('feed', 'orders', 'worker', { mode: 'async', protocol: 'amqp' }),
    fields({ layout: { elements: { worker: { x: 400, y: 100 } } } }),
    ...extra,
  );

describe('resilience/dead-letter-queue', () => {
  it('fires on a consumer of a queue with no dead-letter queue, naming both', () => {
    const found = findings(deadLetterQueue, orders());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['worker', 'orders']);
    expect(found[0]!.edges).toEqual(['feed']);
    expect(messageOf(deadLetterQueue, found[0]!)).toBe('Fulfilment worker consumes from Orders but has no dead-letter queue.');
    expect(messageOf(deadLetterQueue, found[0]!, 'fr')).toBe('Fulfilment worker consomme depuis Orders mais n’a pas de file de lettres mortes.');
  });

  it('fires on a worker pulling from a log, and on each queue of a consumer that lacks one', () => {
    const pulling = design(
      node('log', 'kafka', { label: 'Clicks' }),
      node('job', 'flink-job', { label: 'Sessioniser' }),
      edge('pull', 'job', 'log', { props: { access: 'read' } }),
    );
    expect(findings(deadLetterQueue, pulling).map((f) => f.edges)).toEqual([['pull']]);
    const twoQueues = design(
      node('returns', 'message-queue', { label: 'Returns' }),
      node('returns-dlq', 'dead-letter-queue'),
      node('orders', 'message-queue', { label: 'Orders' }),
      node('worker', 'microservice', { label: 'Fulfilment worker' }),
      edge('feed2', 'returns', 'worker', { mode: 'async' }),
      edge('redrive', 'returns', 'returns-dlq', { mode: 'async' }),
      edge('feed', 'orders', 'worker', { mode: 'async' }),
    );
    // Returns has its own DLQ; Orders does not, so the worker is still flagged, for Orders.
    const found = findings(deadLetterQueue, twoQueues);
    expect(found.map((f) => f.edges)).toEqual([['feed']]);
    expect(messageOf(deadLetterQueue, found[0]!)).toBe('Fulfilment worker consumes from Orders but has no dead-letter queue.');
  });

  it('does not fire when the consumer or its queue has a DLQ', () => {
    expect(findings(deadLetterQueue, orders(node('dlq', 'dead-letter-queue'), edge('d', 'worker', 'dlq', { mode: 'async' })))).toEqual([]);
    expect(findings(deadLetterQueue, orders(node('dlq', 'dead-letter-queue'), edge('d', 'orders', 'dlq', { mode: 'async' })))).toEqual([]);
  });

  it('does not fire on producers, on redrive workers reading the DLQ, nor on a writer pushing to a log', () => {
    const d = design(
      node('api', 'microservice'),
      node('q', 'message-queue'),
      node('dlq', 'dead-letter-queue'),
      node('redrive', 'microservice'),
      node('log', 'kafka'),
      edge('produce', 'api', 'q', { mode: 'async' }),
      edge('parked', 'q', 'dlq', { mode: 'async' }),
      edge('replay', 'dlq', 'redrive', { mode: 'async' }),
      edge('write', 'redrive', 'log', { props: { access: 'write' } }),
    );
    expect(findings(deadLetterQueue, d)).toEqual([]);
  });

  it('its fix adds a dead-letter queue beside the consumer, fed asynchronously, and the finding goes', () => {
    const d = orders();
    const fixed = applyFix(d, findings(deadLetterQueue, d)[0]!);
    const dlq = fixed.nodes.find((n) => n.id === 'worker-dlq')!;
    expect(dlq).toMatchObject({ type: 'dead-letter-queue', label: 'Fulfilment worker dead letters', parent: 'app' });
    expect(fixed.layout.elements['worker-dlq']).toEqual({ x: 400, y: 240 });
    expect(fixed.edges.find((e) => e.target === 'worker-dlq')).toMatchObject({ id: 'worker-to-dlq', source: 'worker', mode: 'async', protocol: 'amqp' });
    expect(findings(deadLetterQueue, fixed)).toEqual([]);
    expect(applyFix(d, findings(deadLetterQueue, d)[0]!, 'fr').nodes.find((n) => n.id === 'worker-dlq')!.label).toBe('Lettres mortes de Fulfilment worker');
  });
});
