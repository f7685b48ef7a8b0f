import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { eventStoreSingleWriter } from './eventStoreSingleWriter';

const store = (...extra: Parameters<typeof design>) =>
  design(
    node('orders', 'microservice', { label: 'Orders' }),
    node('events', 'event-store', { label: 'Order events' }),
    node('projector', 'flink-job', { label: 'Projector' }),
    edge('w1', 'orders', 'events', { props: { access: 'write' } }),
    edge('r1', 'events', 'projector', { mode: 'async' }),
    fields({ patterns: ['event-sourcing-cqrs'] }),
    ...extra,
  );

describe('integration/event-store-single-writer', () => {
  it('fires when two services write to one event store', () => {
    const found = findings(eventStoreSingleWriter, store(node('billing', 'microservice', { label: 'Billing' }), edge('w2', 'billing', 'events')));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['events', 'orders', 'billing']);
    expect(found[0]!.edges).toEqual(['w1', 'w2']);
    expect(messageOf(eventStoreSingleWriter, found[0]!)).toBe('2 components write to the event store Order events: Orders, Billing.');
    expect(messageOf(eventStoreSingleWriter, found[0]!, 'fr')).toBe('2 composants écrivent dans le magasin d’événements Order events\u00a0: Orders, Billing.');
  });

  it('does not fire with one writer, readers marked read, or projectors fed by the store', () => {
    expect(findings(eventStoreSingleWriter, store())).toEqual([]);
    const reader = store(node('audit', 'microservice'), edge('r2', 'audit', 'events', { props: { access: 'read' } }), edge('w3', 'orders', 'events', { mode: 'async' }));
    expect(findings(eventStoreSingleWriter, reader)).toEqual([]);
  });

  it('does not run when the pattern is not declared', () => {
    const d = store(node('billing', 'microservice'), edge('w2', 'billing', 'events'));
    expect(findings(eventStoreSingleWriter, { ...d, patterns: [] })).toEqual([]);
  });
});
