import { describe, expect, it } from 'vitest';
import { design, edge, fields, group, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { antiCorruptionLayer } from './antiCorruptionLayer';

const billing = (...extra: Parameters<typeof design>) =>
  design(
    group('new', 'system'),
    node('claims', 'microservice', { label: 'Claims', parent: 'new' }),
    node('mainframe', 'legacy-system', { label: 'Policy mainframe' }),
    edge('lookup', 'claims', 'mainframe', { protocol: 'tcp', resilience: { timeoutMs: 800, circuitBreaker: true } }),
    fields({ layout: { elements: { mainframe: { x: 600, y: 50 } } } }),
    ...extra,
  );

describe('integration/anti-corruption-layer', () => {
  it('fires when a modern service calls a legacy system directly', () => {
    const found = findings(antiCorruptionLayer, billing());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['claims', 'mainframe']);
    expect(found[0]!.edges).toEqual(['lookup']);
    expect(messageOf(antiCorruptionLayer, found[0]!)).toBe('Claims calls the legacy system Policy mainframe without an anti-corruption layer.');
    expect(messageOf(antiCorruptionLayer, found[0]!, 'fr')).toBe('Claims appelle le système hérité Policy mainframe sans couche anticorruption.');
  });

  it('does not fire through an ACL, from the legacy side, or from clients', () => {
    const d = design(
      node('svc', 'microservice'),
      node('acl', 'anti-corruption-layer'),
      node('old', 'legacy-system'),
      node('older', 'legacy-system'),
      node('clerk', 'person'),
      edge('a', 'svc', 'acl'),
      edge('b', 'acl', 'old'),
      edge('c', 'old', 'older'),
      edge('d', 'old', 'svc'),
      edge('e', 'clerk', 'old'),
    );
    expect(findings(antiCorruptionLayer, d)).toEqual([]);
  });

  it('its fix inserts an anti-corruption layer in the caller’s group and rewires the call through it', () => {
    const d = billing();
    const fixed = applyFix(d, findings(antiCorruptionLayer, d)[0]!);
    const acl = fixed.nodes.find((n) => n.type === 'anti-corruption-layer')!;
    expect(acl).toMatchObject({ id: 'mainframe-acl', label: 'Policy mainframe anti-corruption layer', parent: 'new' });
    expect(fixed.layout.elements['mainframe-acl']).toEqual({ x: 380, y: 50 });
    expect(fixed.edges.some((e) => e.id === 'lookup')).toBe(false);
    expect(fixed.edges.find((e) => e.source === 'claims')).toMatchObject({ target: 'mainframe-acl', protocol: 'tcp', resilience: { timeoutMs: 800, circuitBreaker: true } });
    expect(fixed.edges.find((e) => e.target === 'mainframe')).toMatchObject({ source: 'mainframe-acl', protocol: 'tcp' });
    expect(findings(antiCorruptionLayer, fixed)).toEqual([]);
    expect(applyFix(d, findings(antiCorruptionLayer, d)[0]!, 'fr').nodes.find((n) => n.id === 'mainframe-acl')!.label).toBe('Couche anticorruption Policy mainframe');
  });

  it('a second caller is routed through the layer the legacy system already has', () => {
    const d = billing(
      node('pricing', 'microservice', { label: 'Pricing', parent: 'new' }),
      node('acl', 'anti-corruption-layer', { label: 'Mainframe ACL', parent: 'new' }),
      edge('p', 'pricing', 'acl'),
      edge('q', 'acl', 'mainframe'),
    );
    const found = findings(antiCorruptionLayer, d);
    expect(found.map((f) => f.edges)).toEqual([['lookup']]);
    const fixed = applyFix(d, found[0]!);
    expect(fixed.nodes.filter((n) => n.type === 'anti-corruption-layer')).toHaveLength(1);
    expect(fixed.edges.find((e) => e.id === 'lookup')).toMatchObject({ source: 'claims', target: 'acl' });
    expect(findings(antiCorruptionLayer, fixed)).toEqual([]);
  });
});
