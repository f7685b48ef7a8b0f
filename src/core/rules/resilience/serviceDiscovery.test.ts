import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { serviceDiscovery } from './serviceDiscovery';

const services = (...extra: Parameters<typeof design>) =>
  design(
    group('app', 'system'),
    node('orders', 'microservice', { label: 'Orders', parent: 'app' }),
    node('stock', 'microservice', { label: 'Stock', parent: 'app', props: { replicas: 3 } }),
    node('pricing', 'microservice', { label: 'Pricing', parent: 'app', props: { replicas: 1 } }),
    edge('e1', 'orders', 'stock'),
    edge('e2', 'orders', 'pricing'),
    fields({ patterns: ['microservice-resilience'], layout: { elements: { stock: { x: 200, y: 300 } } } }),
    ...extra,
  );

describe('resilience/service-discovery', () => {
  it('fires on calls to replicated services with no mesh, load balancer, DNS or cluster', () => {
    const found = findings(serviceDiscovery, services());
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ message: 'one', nodes: ['stock'], edges: ['e1'] });
    expect(messageOf(serviceDiscovery, found[0]!)).toBe('The call Orders → Stock reaches a replicated service with no service discovery (mesh, load balancer or DNS).');
    expect(messageOf(serviceDiscovery, found[0]!, 'fr')).toBe('L’appel Orders → Stock atteint un service répliqué sans découverte de services (maillage, répartiteur de charge ou DNS).');
    const two = services(node('model', 'triton', { label: 'Model' }), edge('e3', 'stock', 'model'));
    expect(messageOf(serviceDiscovery, findings(serviceDiscovery, two)[0]!)).toBe('2 calls reach replicated services with no service discovery (mesh, load balancer or DNS), among them Orders → Stock.');
  });

  it('does not fire with a mesh or DNS, behind a load balancer, in a cluster, or without the pattern', () => {
    expect(findings(serviceDiscovery, services(node('mesh', 'service-mesh')))).toEqual([]);
    expect(findings(serviceDiscovery, services(node('dns', 'global-dns')))).toEqual([]);
    const balanced = design(node('a', 'microservice'), node('lb', 'load-balancer'), node('b', 'microservice'), edge('x', 'a', 'b'), edge('y', 'lb', 'b'), fields({ patterns: ['microservice-resilience'] }));
    expect(findings(serviceDiscovery, balanced)).toEqual([]);
    const k8s = design(group('k8s', 'cluster'), node('a', 'microservice', { parent: 'k8s' }), node('b', 'microservice', { parent: 'k8s' }), edge('x', 'a', 'b'), fields({ patterns: ['microservice-resilience'] }));
    expect(findings(serviceDiscovery, k8s)).toEqual([]);
    const undeclared = services();
    expect(findings(serviceDiscovery, { ...undeclared, patterns: [] })).toEqual([]);
  });

  it('its fix adds a service mesh and the finding goes', () => {
    const d = services();
    const fixed = applyFix(d, findings(serviceDiscovery, d)[0]!);
    expect(fixed.nodes.find((n) => n.type === 'service-mesh')).toMatchObject({ id: 'service-mesh', label: 'Service mesh', parent: 'app' });
    expect(fixed.layout.elements['service-mesh']).toEqual({ x: 200, y: 140 });
    expect(findings(serviceDiscovery, fixed)).toEqual([]);
    expect(applyFix(d, findings(serviceDiscovery, d)[0]!, 'fr').nodes.find((n) => n.type === 'service-mesh')!.label).toBe('Maillage de services');
  });
});
