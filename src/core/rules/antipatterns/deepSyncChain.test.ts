import { describe, expect, it } from 'vitest';
import { design, edge, node, type Part } from '../../testing/builders';
import { findings, messageOf } from '../../testing/rules';
import { deepSyncChain, MAX_SYNC_HOPS } from './deepSyncChain';

/** Web app → gateway → a → b → ... synchronously: `services` services after the gateway. */
const chain = (services: number, ...parts: Part[]) => {
  const ids = ['gw', ...Array.from({ length: services }, (_, i) => `s${i + 1}`)];
  return design(
    node('web', 'web-client', { label: 'Web app' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    ...ids.slice(1).map((id) => node(id, 'microservice', { label: id.toUpperCase() })),
    edge('e0', 'web', 'gw'),
    ...ids.slice(1).map((id, i) => edge(`e${i + 1}`, ids[i]!, id)),
    ...parts,
  );
};

describe('anti-pattern/deep-sync-chain', () => {
  it('fires on a chain longer than the limit, listing its nodes and edges', () => {
    expect(MAX_SYNC_HOPS).toBe(4);
    const found = findings(deepSyncChain, chain(4));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'gw', 's1', 's2', 's3', 's4']);
    expect(found[0]!.edges).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(messageOf(deepSyncChain, found[0]!)).toBe('The synchronous chain from Web app to S4 is 5 hops long, more than 4.');
    expect(messageOf(deepSyncChain, found[0]!, 'fr')).toBe('La chaîne synchrone de Web app à S4 compte 5 sauts, plus de 4.');
  });

  it('does not fire at the limit, nor when an asynchronous hop breaks the chain', () => {
    expect(findings(deepSyncChain, chain(3))).toEqual([]);
    const broken = chain(4);
    const edges = broken.edges.map((e) => (e.id === 'e2' ? { ...e, mode: 'async' as const } : e));
    expect(findings(deepSyncChain, { ...broken, edges })).toEqual([]);
  });

  it('does not count a person’s hop into the app, and reports the chain once, from the app', () => {
    const d = chain(3, node('alice', 'person', { label: 'Alice' }), edge('p', 'alice', 'web'));
    expect(findings(deepSyncChain, d)).toEqual([]);
    const deep = findings(deepSyncChain, chain(4, node('alice', 'person'), edge('p', 'alice', 'web')));
    expect(deep.map((f) => f.nodes[0])).toEqual(['web']);
  });
});
