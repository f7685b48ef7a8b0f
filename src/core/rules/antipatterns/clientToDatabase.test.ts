import { describe, expect, it } from 'vitest';
import { design, edge, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { clientToDatabase } from './clientToDatabase';

const direct = () =>
  design(
    node('web', 'web-client', { label: 'Web app' }),
    node('db', 'nosql-db', { label: 'Profiles' }),
    edge('e1', 'web', 'db', { protocol: 'tcp', security: { tls: true, authn: 'api-key' } }),
  );

describe('anti-pattern/client-to-database', () => {
  it('fires on a client connected straight to a database', () => {
    const found = findings(clientToDatabase, direct());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['web', 'db']);
    expect(found[0]!.edges).toEqual(['e1']);
    expect(messageOf(clientToDatabase, found[0]!)).toBe('Web app connects straight to the database Profiles.');
    expect(messageOf(clientToDatabase, found[0]!, 'fr')).toBe('Web app se connecte directement à la base de données Profiles.');
  });

  it('does not fire through a service, nor on devices producing to a log or apps uploading to object storage', () => {
    const d = design(
      node('web', 'web-client'), node('gw', 'api-gateway'), node('svc', 'microservice'), node('db', 'relational-db'),
      node('iot', 'iot-device'), node('k', 'kafka'), node('bucket', 'object-storage'),
      edge('a', 'web', 'gw'), edge('b', 'gw', 'svc'), edge('c', 'svc', 'db'),
      edge('d', 'iot', 'k', { mode: 'async', protocol: 'kafka' }), edge('e', 'web', 'bucket', { protocol: 's3' }),
    );
    expect(findings(clientToDatabase, d)).toEqual([]);
  });

  it('its fix puts a data service between them and the finding goes', () => {
    const d = direct();
    const fixed = applyFix(d, findings(clientToDatabase, d)[0]!);
    const service = fixed.nodes.find((n) => n.type === 'microservice')!;
    expect(service.label).toBe('Profiles service');
    expect(fixed.edges.find((e) => e.source === 'web')).toMatchObject({ target: service.id, protocol: 'https', security: { tls: true, authn: 'api-key' } });
    expect(fixed.edges.find((e) => e.target === 'db')).toMatchObject({ source: service.id, protocol: 'tcp' });
    expect(findings(clientToDatabase, fixed)).toEqual([]);
    expect(applyFix(d, findings(clientToDatabase, d)[0]!, 'fr').nodes.find((n) => n.type === 'microservice')!.label).toBe('Service Profiles');
  });
});
