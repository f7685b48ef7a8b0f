import { describe, expect, it } from 'vitest';
import { design, edge, group, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { telemetry } from './telemetry';

const shop = (...parts: Part[]) =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('orders', 'microservice', { label: 'Orders' }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    edge('e1', 'web', 'orders'),
    edge('e2', 'orders', 'db'),
    ...parts,
  );

describe('operations/telemetry', () => {
  it('fires on a runtime component that sends telemetry nowhere (not on clients or stores)', () => {
    const found = findings(telemetry, shop());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['orders']);
    expect(messageOf(telemetry, found[0]!)).toBe('Orders emits no telemetry: it has no connection to a collector, and no collector runs in its group.');
    expect(messageOf(telemetry, found[0]!, 'fr')).toBe('Orders n’émet aucune télémétrie\u00a0: aucune connexion vers un collecteur, et aucun collecteur dans son groupe.');
  });

  it('does not fire with a connection to a collector, tracing or logging, nor when Prometheus scrapes it', () => {
    expect(findings(telemetry, shop(node('otel', 'otel-collector'), edge('t', 'orders', 'otel', { mode: 'async' })))).toEqual([]);
    expect(findings(telemetry, shop(node('logs', 'logging'), edge('t', 'orders', 'logs', { mode: 'async' })))).toEqual([]);
    expect(findings(telemetry, shop(node('prom', 'prometheus'), edge('t', 'prom', 'orders')))).toEqual([]);
  });

  it('does not fire when a collector runs in a group enclosing the component', () => {
    const d = design(
      group('k8s', 'cluster'),
      group('ns', 'system', { parent: 'k8s' }),
      node('otel', 'otel-collector', { parent: 'k8s' }),
      node('orders', 'microservice', { parent: 'ns' }),
    );
    expect(findings(telemetry, d)).toEqual([]);
  });

  it('fires when the only collector runs in another cluster', () => {
    const d = design(
      group('a', 'cluster'), group('b', 'cluster'),
      node('otel', 'otel-collector', { parent: 'b' }),
      node('orders', 'microservice', { label: 'Orders', parent: 'a' }),
    );
    expect(findings(telemetry, d).map((f) => f.nodes)).toEqual([['orders']]);
  });

  it('its fix connects the component to the nearest existing collector, asynchronously, carrying telemetry', () => {
    const d = design(
      group('eu', 'region'),
      group('a', 'cluster', { parent: 'eu' }),
      group('b', 'cluster', { parent: 'eu' }),
      node('far', 'otel-collector'),
      node('near', 'otel-collector', { parent: 'b' }),
      node('orders', 'microservice', { parent: 'a' }),
    );
    const fixed = applyFix(d, findings(telemetry, d)[0]!);
    const link = fixed.edges.find((e) => e.source === 'orders')!;
    expect(link).toMatchObject({ target: 'near', mode: 'async', props: { carries: 'telemetry' } });
    expect(link.security.tls).toBe(true);
    expect(findings(telemetry, fixed)).toEqual([]);
  });

  it('its fix adds a collector when there is none', () => {
    const d = shop();
    const fixed = applyFix(d, findings(telemetry, d)[0]!, 'fr');
    const collector = fixed.nodes.find((n) => n.type === 'otel-collector')!;
    expect(collector.label).toBe('Collecteur OpenTelemetry');
    expect(fixed.edges.some((e) => e.source === 'orders' && e.target === collector.id)).toBe(true);
    expect(findings(telemetry, fixed)).toEqual([]);
  });
});
