import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';
import { setSecurity } from '../fixCommands';

/** Zero trust tenet 2: every call between components authenticated and encrypted with mTLS. */
export const zeroTrustMtls = defineRule({
  id: 'security/zero-trust-mtls',
  category: 'security',
  severity: 'error',
  module: 6,
  patterns: ['zero-trust'],
  title: { en: 'Mutual TLS on every internal connection', fr: 'TLS mutuel sur chaque connexion interne' },
  why: {
    en: 'Zero trust grants nothing for being inside the network (NIST SP 800-207, tenet 2): every call between services is encrypted and both ends prove their identity, usually with mesh-issued workload certificates.',
    fr: 'L’approche zéro confiance n’accorde rien au simple fait d’être dans le réseau (NIST SP 800-207, principe 2) : chaque appel entre services est chiffré et les deux extrémités prouvent leur identité, en général avec des certificats de charge de travail émis par le maillage.',
  },
  fix: {
    en: 'Turn on mTLS (and so TLS) on every internal connection, for instance with a service mesh and workload identities (SPIFFE).',
    fr: 'Activez le mTLS (et donc le TLS) sur chaque connexion interne, par exemple avec un maillage de services et des identités de charge de travail (SPIFFE).',
  },
  source: 'DOMAIN.md §1 Security, zero trust [S21]',
  messages: {
    default: {
      en: '{count} internal connections lack mutual TLS, among them {first}.',
      fr: '{count} connexions internes n’ont pas de TLS mutuel, dont {first}.',
    },
    one: {
      en: 'The internal connection {first} lacks mutual TLS.',
      fr: 'La connexion interne {first} n’a pas de TLS mutuel.',
    },
  },
  check(context) {
    const plain = context.edgesWhere('security/zero-trust-mtls:plain', (c, e) => c.isInternal(e) && !c.mtls(e));
    if (plain.length === 0) return [];
    const commands = (): Command[] => plain.map((e) => {
      const authn = context.authn(e);
      return setSecurity(e, { tls: true, mtls: true, authn: authn === 'none' ? 'mtls' : authn });
    });
    return [{
      message: plain.length === 1 ? 'one' : 'default',
      params: { count: plain.length, first: context.label(plain[0]!.id) },
      nodes: [],
      edges: plain.map((e) => e.id),
      fix: {
        label: { en: 'Turn on mTLS on all internal connections', fr: 'Activer le mTLS sur toutes les connexions internes' },
        command: () => ({ op: 'batch', commands: commands() }),
      },
    }];
  },
});
