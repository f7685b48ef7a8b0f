import { describe, expect, it } from 'vitest';
import { getComponentType } from '../catalog/registry';
import type { PropertyDef } from '../catalog/schema';
import type { Design } from '../model/types';
import { clone, deepFreeze, design, edge, fields, group, node } from '../testing/builders';
import { RuleContext } from './context';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);
const sorted = (set: ReadonlySet<string>) => [...set].sort();

function catalogDefault(typeId: string, key: string): PropertyDef {
  const def = getComponentType(typeId)?.props.find((p) => p.key === key);
  if (def === undefined) throw new Error(`${typeId} has no property ${key}`);
  return def;
}

/**
 * A shop: a browser calls the gateway, which calls the checkout service; checkout calls a model
 * server, a database and a legacy ERP synchronously, and publishes to Kafka for a stream job.
 */
function shop(...extra: Parameters<typeof design>): Design {
  return design(
    node('browser', 'web-client', { label: 'Browser' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('checkout', 'microservice', { label: 'Checkout' }),
    node('model', 'triton', { label: 'Fraud model' }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    node('erp', 'legacy-system', { label: 'ERP' }),
    node('events', 'kafka', { label: 'Events' }),
    node('scoring', 'flink-job', { label: 'Scoring' }),
    edge('e1', 'browser', 'gw'),
    edge('e2', 'gw', 'checkout'),
    edge('e3', 'checkout', 'model', { protocol: 'grpc' }),
    edge('e4', 'checkout', 'db', { protocol: 'sql' }),
    edge('e5', 'checkout', 'erp', { label: 'book order' }),
    edge('e6', 'checkout', 'events', { mode: 'async', protocol: 'kafka' }),
    edge('e7', 'events', 'scoring', { mode: 'async', protocol: 'kafka' }),
    ...extra,
  );
}

describe('RuleContext lookups', () => {
  it('finds elements by id and names them as the user wrote them', () => {
    const c = new RuleContext(shop());
    expect(c.node('gw')?.label).toBe('Gateway');
    expect(c.edge('e3')?.target).toBe('model');
    expect(c.node('nope')).toBeUndefined();
    expect(c.label('checkout')).toBe('Checkout');
    expect(c.label('e5')).toBe('book order');
    expect(c.label('e3')).toBe('Checkout → Fraud model');
    expect(c.label('unknown-id')).toBe('unknown-id');
  });

  it('lists edges out of and into a node, in design order', () => {
    const c = new RuleContext(shop());
    expect(c.outgoing('checkout').map((e) => e.id)).toEqual(['e3', 'e4', 'e5', 'e6']);
    expect(c.incoming('checkout').map((e) => e.id)).toEqual(['e2']);
    expect(c.outgoing('nope')).toEqual([]);
  });

  it('knows roles from the catalog', () => {
    const c = new RuleContext(shop());
    expect(c.is(c.node('gw'), 'gateway')).toBe(true);
    expect(c.is(c.node('gw'), 'service', 'entry-point')).toBe(true);
    expect(c.is(c.node('gw'), 'db')).toBe(false);
    expect(c.is(undefined, 'gateway')).toBe(false);
    expect(ids(c.withRole('stream-log', 'stream-job'))).toEqual(['events', 'scoring']);
    expect(c.isClient(c.node('browser')!)).toBe(true);
    expect(c.isRuntime(c.node('checkout')!)).toBe(true);
    expect(c.isRuntime(c.node('erp')!)).toBe(false);
    expect(c.isRuntime(c.node('db')!)).toBe(false);
    expect(c.isStore(c.node('db')!)).toBe(true);
    expect(c.isExternal(c.node('erp')!)).toBe(true);
    expect(c.isExternal(c.node('browser')!)).toBe(true);
  });

  it('memoises a computation per context', () => {
    const c = new RuleContext(shop());
    let calls = 0;
    const compute = () => {
      calls += 1;
      return calls;
    };
    expect(c.cached('k', compute)).toBe(1);
    expect(c.cached('k', compute)).toBe(1);
    expect(new RuleContext(shop()).cached('k', compute)).toBe(2);
  });
});

describe('RuleContext.prop', () => {
  it('falls back to the type default when the node leaves a property unset', () => {
    const replicas = catalogDefault('microservice', 'replicas');
    if (replicas.kind !== 'number') throw new Error('replicas is a number');
    const d = design(node('a', 'microservice'), node('b', 'microservice', { props: { replicas: 7 } }));
    const c = new RuleContext(d);
    expect(d.nodes[0]!.props.replicas).toBeUndefined();
    expect(c.prop(c.node('a')!, 'replicas')).toBe(replicas.default);
    expect(c.num(c.node('a')!, 'replicas')).toBe(replicas.default);
    expect(c.prop(c.node('b')!, 'replicas')).toBe(7);
  });

  it('uses the default instance type of the design’s provider (AWS when none)', () => {
    const def = catalogDefault('triton', 'instanceType');
    if (def.kind !== 'instance-type') throw new Error('instanceType is an instance type');
    const neutral = new RuleContext(design(node('m', 'triton')));
    expect(neutral.text(neutral.node('m')!, 'instanceType')).toBe(def.defaults.aws);
    const gcp = new RuleContext(design(node('m', 'triton'), fields({ workload: { provider: 'gcp' } })));
    expect(gcp.text(gcp.node('m')!, 'instanceType')).toBe(def.defaults.gcp);
  });

  it('is undefined for a property the type does not declare, or a type nobody knows', () => {
    const c = new RuleContext(design(node('a', 'microservice'), node('odd', 'not-in-catalog')));
    expect(c.prop(c.node('a')!, 'partitions')).toBeUndefined();
    expect(c.hasProp(c.node('a')!, 'partitions')).toBe(false);
    expect(c.hasProp(c.node('a')!, 'replicas')).toBe(true);
    expect(c.prop(c.node('odd')!, 'replicas')).toBeUndefined();
    expect(c.type(c.node('odd')!)).toBeUndefined();
    expect(c.roles(c.node('odd')!).size).toBe(0);
  });

  it('keeps a value the node sets, even when it equals nothing in the type', () => {
    const c = new RuleContext(design(node('a', 'microservice', { props: { releaseRole: 'canary' } })));
    expect(c.text(c.node('a')!, 'releaseRole')).toBe('canary');
    expect(c.flag(c.node('a')!, 'releaseRole')).toBe(false);
    expect(c.num(c.node('a')!, 'releaseRole')).toBeUndefined();
  });

  it('reads defaults of the design’s custom types', () => {
    const d = design(
      node('q', 'custom-queue'),
      fields({
        customTypes: [
          {
            id: 'custom-queue',
            name: 'Home-made queue',
            category: 'ingestion',
            c4: 'queue',
            icon: 'inbox',
            props: [
              { kind: 'number', key: 'depth', label: 'Depth', unit: 'count', default: 50, min: 0, max: 1000 },
              { kind: 'boolean', key: 'durable', label: 'Durable', default: true },
            ],
          },
        ],
      }),
    );
    const c = new RuleContext(d);
    expect(c.num(c.node('q')!, 'depth')).toBe(50);
    expect(c.flag(c.node('q')!, 'durable')).toBe(true);
    expect(c.is(c.node('q'), 'queue')).toBe(true);
  });
});

describe('RuleContext.entryPoints', () => {
  it('are the components a client calls synchronously', () => {
    const c = new RuleContext(shop(node('phone', 'mobile-client'), node('lb', 'load-balancer'), edge('e8', 'phone', 'lb')));
    expect(ids(c.entryPoints)).toEqual(['gw', 'lb']);
  });

  it('ignore asynchronous sends and calls between clients', () => {
    const d = design(
      node('sensor', 'iot-device'),
      node('ingest', 'kafka'),
      node('user', 'person'),
      node('app', 'web-client'),
      node('gw', 'api-gateway'),
      node('svc', 'microservice'),
      edge('a', 'sensor', 'ingest', { mode: 'async', protocol: 'mqtt' }),
      edge('b', 'user', 'app'),
      edge('c', 'gw', 'svc'),
    );
    // No client calls the system synchronously: the entry-point types nobody calls stand in.
    expect(ids(new RuleContext(d).entryPoints)).toEqual(['gw']);
  });

  it('fall back to entry-point components nobody calls when no client calls in', () => {
    const d = design(
      node('dns', 'global-dns'),
      node('lb', 'load-balancer'),
      node('gw', 'api-gateway'),
      node('svc', 'microservice'),
      edge('a', 'dns', 'lb'),
      edge('b', 'lb', 'svc'),
    );
    expect(ids(new RuleContext(d).entryPoints)).toEqual(['dns', 'gw']);
  });

  it('are empty in a design without clients or entry-point types', () => {
    const d = design(node('a', 'microservice'), node('b', 'relational-db'), edge('e', 'a', 'b'));
    expect(new RuleContext(d).entryPoints).toEqual([]);
  });
});

describe('RuleContext.critical', () => {
  it('holds what is reached synchronously from an entry point, without clients and external systems', () => {
    const c = new RuleContext(shop());
    expect(sorted(c.critical)).toEqual(['checkout', 'db', 'gw', 'model']);
    expect(c.isOnCriticalPath(c.node('model')!)).toBe(true);
    expect(c.isOnCriticalPath(c.node('events')!)).toBe(false);
    expect(c.isOnCriticalPath(c.node('browser')!)).toBe(false);
    expect(c.isOnCriticalPath(c.node('erp')!)).toBe(false);
    expect(c.criticalEdges.map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
  });

  it('is empty when nothing enters the system', () => {
    const c = new RuleContext(design(node('a', 'microservice'), node('b', 'microservice'), edge('e', 'a', 'b')));
    expect(c.critical.size).toBe(0);
    expect(c.criticalCutPoints.size).toBe(0);
  });

  it('follows everything downstream, asynchronous edges included, for downstream()', () => {
    const c = new RuleContext(shop());
    expect(sorted(c.downstream(['checkout']))).toEqual(['checkout', 'db', 'erp', 'events', 'model', 'scoring']);
  });
});

describe('RuleContext.criticalCutPoints', () => {
  it('are the components whose loss splits the critical subgraph', () => {
    const c = new RuleContext(shop());
    // gw — checkout — {model, db}: only checkout joins the others.
    expect(sorted(c.criticalCutPoints)).toEqual(['checkout']);
  });

  it('go away when a second path joins the same components', () => {
    const c = new RuleContext(
      shop(node('checkout-b', 'microservice'), edge('f1', 'gw', 'checkout-b'), edge('f2', 'checkout-b', 'model'), edge('f3', 'checkout-b', 'db')),
    );
    expect(c.criticalCutPoints.size).toBe(0);
  });

  it('treat the critical subgraph as undirected and ignore async edges', () => {
    // gw → a → b and gw → b: a triangle, no cut point, even though the edges are directed.
    const triangle = design(
      node('u', 'web-client'),
      node('gw', 'api-gateway'),
      node('a', 'microservice'),
      node('b', 'microservice'),
      node('log', 'kafka'),
      edge('e1', 'u', 'gw'),
      edge('e2', 'gw', 'a'),
      edge('e3', 'a', 'b'),
      edge('e4', 'gw', 'b'),
      edge('e5', 'b', 'log', { mode: 'async' }),
    );
    expect(new RuleContext(triangle).criticalCutPoints.size).toBe(0);
  });
});

describe('RuleContext.syncChains', () => {
  it('gives each calling client its longest synchronous chain, with the edges along it', () => {
    const c = new RuleContext(shop(node('idle', 'mobile-client'), node('batch', 'web-client'), edge('e9', 'batch', 'events', { mode: 'async' })));
    expect(c.syncChains).toEqual([{ client: 'browser', nodes: ['browser', 'gw', 'checkout', 'model'], edges: ['e1', 'e2', 'e3'] }]);
  });

  it('takes the longest branch, and ends on a cycle', () => {
    const d = design(
      node('u', 'web-client'),
      node('gw', 'api-gateway'),
      node('a', 'microservice'),
      node('b', 'microservice'),
      node('c', 'microservice'),
      node('db', 'relational-db'),
      edge('e1', 'u', 'gw'),
      edge('e2', 'gw', 'db'),
      edge('e3', 'gw', 'a'),
      edge('e4', 'a', 'b'),
      edge('e5', 'b', 'c'),
      edge('e6', 'c', 'a'),
    );
    expect(new RuleContext(d).syncChains).toEqual([{ client: 'u', nodes: ['u', 'gw', 'a', 'b', 'c'], edges: ['e1', 'e3', 'e4', 'e5'] }]);
  });

  it('is empty without clients', () => {
    expect(new RuleContext(design(node('a', 'microservice'))).syncChains).toEqual([]);
  });
});

/** Region eu (zone eu-a (system shop (checkout))), region us (zone us-a (api)), and a lone db. */
function regions(...extra: Parameters<typeof design>): Design {
  return design(
    group('eu', 'region'),
    group('eu-a', 'zone', { parent: 'eu' }),
    group('shop', 'system', { parent: 'eu-a' }),
    group('us', 'region'),
    group('us-a', 'zone', { parent: 'us' }),
    node('checkout', 'microservice', { parent: 'shop' }),
    node('cache', 'cache', { parent: 'eu-a' }),
    node('api', 'microservice', { parent: 'us-a' }),
    node('db', 'relational-db'),
    edge('local', 'checkout', 'cache'),
    edge('far', 'checkout', 'api'),
    edge('out', 'checkout', 'db'),
    ...extra,
  );
}

describe('RuleContext.ancestors and enclosing', () => {
  it('lists the groups around a node or a group, innermost first', () => {
    const c = new RuleContext(regions());
    expect(ids(c.ancestors('checkout'))).toEqual(['shop', 'eu-a', 'eu']);
    expect(ids(c.ancestors('shop'))).toEqual(['eu-a', 'eu']);
    expect(ids(c.ancestors('eu'))).toEqual([]);
    expect(ids(c.ancestors('db'))).toEqual([]);
    expect(ids(c.ancestors('nope'))).toEqual([]);
  });

  it('finds the innermost enclosing group of a kind', () => {
    const c = new RuleContext(regions());
    expect(c.enclosing('checkout', 'region')?.id).toBe('eu');
    expect(c.enclosing('checkout', 'zone')?.id).toBe('eu-a');
    expect(c.enclosing('checkout', 'system')?.id).toBe('shop');
    expect(c.enclosing('checkout', 'trust-zone')).toBeUndefined();
    expect(c.enclosing('db', 'region')).toBeUndefined();
  });

  it('stops on a parent cycle instead of looping (a corrupt design that skipped validation)', () => {
    const d = clone(regions());
    d.groups.find((g) => g.id === 'eu')!.parent = 'shop';
    const c = new RuleContext(d);
    expect(ids(c.ancestors('checkout'))).toEqual(['shop', 'eu-a', 'eu']);
  });
});

describe('RuleContext.isCrossRegion', () => {
  it('is true between two region groups, false within one or when a side is in none', () => {
    const c = new RuleContext(regions());
    expect(c.isCrossRegion(c.edge('far')!)).toBe(true);
    expect(c.isCrossRegion(c.edge('local')!)).toBe(false);
    expect(c.isCrossRegion(c.edge('out')!)).toBe(false);
  });

  it('is true for an edge marked crossRegion, whatever the groups say', () => {
    const c = new RuleContext(regions(edge('marked', 'checkout', 'cache', { props: { crossRegion: true } })));
    expect(c.isCrossRegion(c.edge('marked')!)).toBe(true);
  });
});

describe('RuleContext.isInternal', () => {
  it('is true between two components of the system, false when an end is a client or external system', () => {
    const c = new RuleContext(shop());
    expect(c.isInternal(c.edge('e2')!)).toBe(true);
    expect(c.isInternal(c.edge('e6')!)).toBe(true);
    expect(c.isInternal(c.edge('e1')!)).toBe(false);
    expect(c.isInternal(c.edge('e5')!)).toBe(false);
  });
});

describe('RuleContext on a frozen design', () => {
  it('answers every query without mutating the design', () => {
    const d = deepFreeze(shop());
    const before = JSON.stringify(d);
    const c = new RuleContext(d);
    void [c.entryPoints, c.critical, c.criticalEdges, c.criticalCutPoints, c.syncChains, c.syncNext, c.next];
    expect(JSON.stringify(d)).toBe(before);
  });
});
