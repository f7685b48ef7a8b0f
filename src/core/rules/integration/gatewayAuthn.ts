import type { DesignEdge } from '../../model/types';
import type { AuthnMethod } from '../../model/vocabulary';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { setSecurity } from '../fixCommands';
import { gatewayEntries } from './entries';

/** The authentication a fix sets: OIDC for people and their apps, OAuth 2 for systems, mTLS for devices. */
function suitedAuthn(context: RuleContext, edge: DesignEdge): AuthnMethod {
  const source = context.source(edge);
  if (context.is(source, 'edge-device')) return 'mtls';
  if (context.is(source, 'external')) return 'oauth2';
  return 'oidc';
}

const METHOD_NAMES: Readonly<Record<AuthnMethod, string>> = {
  none: 'none', mtls: 'mTLS', oauth2: 'OAuth 2', oidc: 'OIDC', jwt: 'JWT', 'api-key': 'API key', iam: 'IAM',
};

/** The gateway authenticates every caller that comes from outside. */
export const gatewayAuthn = defineRule({
  id: 'integration/gateway-authn',
  category: 'integration',
  severity: 'error',
  module: 5,
  title: { en: 'Authentication at the API gateway', fr: 'Authentification à la passerelle API' },
  why: {
    en: 'The gateway is the one door from the outside: if it lets anonymous requests through, every backend behind it is public, quotas cannot be tied to anyone, and each service has to re-implement the check (or forgets to). Authenticating there, with tokens from an identity provider, gives every request an identity that later rate limits, tenant isolation and audit rely on.',
    fr: 'La passerelle est l’unique porte depuis l’extérieur : si elle laisse passer des requêtes anonymes, chaque service derrière elle est public, les quotas ne peuvent être rattachés à personne, et chaque service doit refaire la vérification (ou l’oublie). Authentifier à cet endroit, avec des jetons émis par un fournisseur d’identité, donne à chaque requête une identité sur laquelle s’appuient ensuite limites de débit, isolation des locataires et audit.',
  },
  fix: {
    en: 'Require authentication on the gateway’s entry: OIDC for users and their apps, OAuth 2 client credentials for partner systems, mTLS for devices.',
    fr: 'Exigez une authentification à l’entrée de la passerelle : OIDC pour les utilisateurs et leurs applications, identifiants client OAuth 2 pour les systèmes partenaires, mTLS pour les appareils.',
  },
  source: 'DOMAIN.md §1 Integration, API gateway [S10]',
  messages: {
    default: {
      en: 'Requests from {source} enter the gateway {gateway} without authentication.',
      fr: 'Les requêtes de {source} entrent dans la passerelle {gateway} sans authentification.',
    },
  },
  check(context) {
    return gatewayEntries(context)
      .filter((e) => context.authn(e) === 'none')
      .map((e) => {
        const authn = suitedAuthn(context, e);
        return {
          params: { source: context.label(e.source), gateway: context.label(e.target) },
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: {
            label: { en: `Require ${METHOD_NAMES[authn]}`, fr: `Exiger ${METHOD_NAMES[authn]}` },
            command: () => setSecurity(e, authn === 'mtls' ? { tls: true, mtls: true, authn } : { authn }),
          },
        };
      });
  },
});
