import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { cqrsReadModel } from './cqrsReadModel';

const CQRS = fields({ patterns: ['event-sourcing-cqrs'], layout: { elements: { events: { x: 100, y: 100 } } } });

/** Commands append to the event store; queries go wherever the test says. */
const orders = (...extra: Parameters<typeof design>) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('commands', 'microservice', { label: 'Order commands' }),
    node('queries', 'microservice', { label: 'Order queries' }),
    node('events', 'event-store', { label: 'Order events' }),
    edge('c1', 'web', 'gw'),
    edge('c2', 'gw', 'commands'),
    edge('c3', 'commands', 'events', { props: { access: 'write' } }),
    edge('q1', 'gw', 'queries'),
    CQRS,
    ...extra,
  );

const projected = [
  node('projector', 'flink-job', { label: 'Projector' }),
  node('view', 'read-model', { label: 'Order view' }),
  edge('p1', 'events', 'projector', { mode: 'async' }),
  edge('p2', 'projector', 'view', { mode: 'async', props: { access: 'write' } }),
] as const;

describe('integration/cqrs-read-model', () => {
  it('does not fire when queries read a read model projected from the events', () => {
    expect(findings(cqrsReadModel, orders(...projected, edge('q2', 'queries', 'view', { props: { access: 'read' } })))).toEqual([]);
    // A read model fed directly and asynchronously by a log is fine too.
    const direct = orders(node('log', 'kafka'), node('view', 'read-model'), edge('l', 'commands', 'log', { mode: 'async' }), edge('f', 'log', 'view', { mode: 'async' }));
    expect(findings(cqrsReadModel, direct)).toEqual([]);
  });

  it('fires when there is no read model, and its fix adds one fed by a projector', () => {
    const d = orders();
    const found = findings(cqrsReadModel, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'missing', nodes: ['events'] });
    expect(messageOf(cqrsReadModel, found[0]!)).toBe('The design declares CQRS but has no read model.');
    expect(messageOf(cqrsReadModel, found[0]!, 'fr')).toBe('La conception déclare CQRS mais n’a aucun modèle de lecture.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes.find((n) => n.id === 'events-projector')).toMatchObject({ type: 'flink-job', label: 'Projector' });
    expect(fixed.nodes.find((n) => n.id === 'read-model')).toMatchObject({ type: 'read-model', label: 'Read model' });
    expect(fixed.layout.elements['read-model']).toEqual({ x: 580, y: 100 });
    expect(fixed.edges.filter((e) => e.id.startsWith('events-projection')).map((e) => [e.source, e.target, e.mode])).toEqual([
      ['events', 'events-projector', 'async'],
      ['events-projector', 'read-model', 'async'],
    ]);
    expect(findings(cqrsReadModel, fixed)).toEqual([]);
    expect(applyFix(d, found[0]!, 'fr').nodes.find((n) => n.id === 'read-model')!.label).toBe('Modèle de lecture');
  });

  it('fires on a read model written synchronously by the command side, and its fix projects the events into it', () => {
    const d = orders(node('view', 'read-model', { label: 'Order view' }), edge('dual', 'commands', 'view', { props: { access: 'write' } }));
    const found = findings(cqrsReadModel, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'notFed', nodes: ['view'] });
    expect(messageOf(cqrsReadModel, found[0]!)).toBe('The read model Order view is not updated asynchronously from the events (no projector subscribed to an event store or log feeds it).');
    expect(found[0]!.fix!.label.en).toBe('Project Order events into it');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.target === 'view' && e.source === 'events-projector')).toBeDefined();
    expect(findings(cqrsReadModel, fixed)).toEqual([]);
  });

  it('fires when a query on the request path reads the write store, and its fix points it at the read model', () => {
    const d = orders(...projected, edge('q2', 'queries', 'events', { props: { access: 'read' } }));
    const found = findings(cqrsReadModel, d);
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'writeStoreRead', nodes: ['queries', 'events'], edges: ['q2'] });
    expect(messageOf(cqrsReadModel, found[0]!)).toBe('Order queries queries the write store Order events while serving requests, instead of a read model.');
    expect(messageOf(cqrsReadModel, found[0]!, 'fr')).toBe('Order queries interroge le stockage d’écriture Order events pendant le traitement des requêtes, au lieu d’un modèle de lecture.');
    const fixed = applyFix(d, found[0]!);
    expect(fixed.edges.find((e) => e.id === 'q2')!.target).toBe('view');
    expect(findings(cqrsReadModel, fixed)).toEqual([]);
  });

  it('treats a database captured by CDC as the write store; command handlers reading events are fine', () => {
    const cdc = design(
      node('web', 'web-client'), node('api', 'microservice', { label: 'API' }), node('db', 'relational-db', { label: 'Orders DB' }),
      node('capture', 'cdc'), node('log', 'kafka'), node('view', 'read-model'),
      edge('a', 'web', 'api'), edge('b', 'api', 'db', { props: { access: 'read' } }),
      edge('c', 'db', 'capture', { mode: 'async' }), edge('d', 'capture', 'log', { mode: 'async' }), edge('e', 'log', 'view', { mode: 'async' }),
      fields({ patterns: ['event-sourcing-cqrs'] }),
    );
    expect(findings(cqrsReadModel, cdc).map((f) => [f.message, f.edges])).toEqual([['writeStoreRead', ['b']]]);
    const handler = orders(...projected, edge('r', 'commands', 'events', { props: { access: 'read-write' } }));
    expect(findings(cqrsReadModel, handler)).toEqual([]);
  });

  it('does not run when the pattern is not declared', () => {
    expect(findings(cqrsReadModel, { ...orders(), patterns: [] })).toEqual([]);
  });
});
