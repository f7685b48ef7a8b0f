import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';

/** Zero trust tenet 6: no call between components is accepted without proving who makes it. */
export const zeroTrustAuthn = defineRule({
  id: 'security/zero-trust-authn',
  category: 'security',
  severity: 'error',
  module: 6,
  patterns: ['zero-trust'],
  title: { en: 'Every internal connection authenticates its caller', fr: 'Chaque connexion interne authentifie l’appelant' },
  why: {
    en: 'In zero trust, being inside the network proves nothing: authentication and authorisation are enforced before each access (NIST SP 800-207, tenets 3 and 6). A connection with no authentication accepts anyone who reaches it, so one compromised component opens every service it can talk to. Per-service identities (mTLS workload certificates, short-lived tokens) remove the trusted subnet.',
    fr: 'En zéro confiance, être dans le réseau ne prouve rien : l’authentification et l’autorisation sont imposées avant chaque accès (NIST SP 800-207, principes 3 et 6). Une connexion sans authentification accepte quiconque l’atteint : un seul composant compromis ouvre tous les services avec lesquels il peut communiquer. Des identités propres à chaque service (certificats mTLS de charge de travail, jetons de courte durée) suppriment le sous-réseau de confiance.',
  },
  fix: {
    en: 'Authenticate every internal call: mTLS with workload identities (SPIFFE) from a service mesh, or short-lived tokens (JWT, OAuth 2.0).',
    fr: 'Authentifiez chaque appel interne : mTLS avec des identités de charge de travail (SPIFFE) fournies par un maillage de services, ou jetons de courte durée (JWT, OAuth 2.0).',
  },
  source: 'DOMAIN.md §1 Security, zero trust [S21]',
  messages: {
    default: {
      en: '{count} internal connections do not authenticate their caller, among them {first}.',
      fr: '{count} connexions internes n’authentifient pas l’appelant, dont {first}.',
    },
    one: {
      en: 'The internal connection {first} does not authenticate its caller.',
      fr: 'La connexion interne {first} n’authentifie pas l’appelant.',
    },
  },
  check(context) {
    const open = context.edgesWhere('security/zero-trust-authn:open', (c, e) => c.isInternal(e) && c.authn(e) === 'none');
    if (open.length === 0) return [];
    // Workload certificates: the authentication a mesh gives every internal call, which needs mTLS (and so TLS).
    const commands = (): Command[] => open.map((e) => ({
      op: 'update-edge',
      id: e.id,
      patch: { security: { tls: true, mtls: true, authn: 'mtls' } },
    }));
    return [{
      message: open.length === 1 ? 'one' : 'default',
      params: { count: open.length, first: context.label(open[0]!.id) },
      edges: open.map((e) => e.id),
      fix: {
        label: { en: 'Authenticate all internal connections with mTLS', fr: 'Authentifier toutes les connexions internes par mTLS' },
        command: () => ({ op: 'batch', commands: commands() }),
      },
    }];
  },
});
