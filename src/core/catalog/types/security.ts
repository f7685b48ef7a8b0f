import { defineType } from '../defineType';
import { prop } from '../properties';

/** Security: identities, policy decision and enforcement (zero trust), keys, filtering, audit. */

/** Small general-purpose CPU nodes. */
const CPU_SMALL = { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' };

export const SECURITY_TYPES = [
  defineType({
    id: 'identity-provider',
    category: 'security',
    name: { en: 'Identity provider', fr: 'Fournisseur d’identité' },
    description: {
      en: 'Authenticates users and client applications and issues short-lived OIDC / OAuth 2.0 tokens whose claims (subject, tenant, roles) the gateways and policies rely on.',
      fr: 'Authentifie les utilisateurs et les applications clientes et émet des jetons OIDC / OAuth 2.0 de courte durée, dont les attributs (sujet, locataire, rôles) servent aux passerelles et aux politiques.',
    },
    tags: {
      en: ['identity provider', 'idp', 'keycloak', 'oidc', 'oauth2', 'sso', 'saml', 'auth0', 'okta', 'authentication'],
      fr: ['fournisseur d’identité', 'idp', 'keycloak', 'oidc', 'oauth2', 'authentification unique', 'saml', 'auth0', 'okta', 'authentification'],
    },
    icon: 'user',
    c4: 'container',
    technology: 'Keycloak 26',
    roles: ['identity-provider'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('latencyP50Ms', { default: 10 }),
      prop('latencyP99Ms', { default: 50 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon Cognito', gcp: 'Identity Platform', azure: 'Microsoft Entra ID' },
  }),
  defineType({
    id: 'policy-decision-point',
    category: 'security',
    name: { en: 'Policy decision point', fr: 'Point de décision de politique' },
    description: {
      en: 'Evaluates access policies written as code (identity, resource, tenant, context) and answers allow or deny to the enforcement points; the policy engine of a zero-trust architecture.',
      fr: 'Évalue des politiques d’accès écrites sous forme de code (identité, ressource, locataire, contexte) et répond « autoriser » ou « refuser » aux points d’application ; le moteur de politiques d’une architecture zéro confiance.',
    },
    tags: {
      en: ['pdp', 'policy engine', 'opa', 'open policy agent', 'rego', 'cedar', 'authorization', 'policy as code', 'zero trust'],
      fr: ['pdp', 'moteur de politiques', 'opa', 'open policy agent', 'rego', 'cedar', 'autorisation', 'politique en tant que code', 'zéro confiance'],
    },
    icon: 'shield-check',
    c4: 'container',
    technology: 'Open Policy Agent 1.0',
    roles: ['pdp'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('latencyP50Ms', { default: 1 }),
      prop('latencyP99Ms', { default: 5 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon Verified Permissions' },
  }),
  defineType({
    id: 'policy-enforcement-point',
    category: 'security',
    name: { en: 'Policy enforcement point', fr: 'Point d’application de politique' },
    description: {
      en: 'Sits in the data path in front of a resource (sidecar proxy or in-process filter), asks the policy decision point for every request and blocks what is not allowed; priced with the workload it guards.',
      fr: 'Placé sur le chemin des données devant une ressource (proxy sidecar ou filtre intégré), il consulte le point de décision à chaque requête et bloque ce qui n’est pas autorisé ; son coût est compté avec la charge qu’il protège.',
    },
    tags: {
      en: ['pep', 'envoy', 'ext_authz', 'sidecar', 'authorization proxy', 'oauth2-proxy', 'zero trust', 'enforcement'],
      fr: ['pep', 'envoy', 'ext_authz', 'sidecar', 'proxy d’autorisation', 'oauth2-proxy', 'zéro confiance', 'contrôle d’accès'],
    },
    icon: 'lock',
    c4: 'container',
    technology: 'Envoy 1.31 sidecar with ext_authz',
    roles: ['pep'],
    props: [
      prop('latencyP50Ms', { default: 0.5 }),
      prop('latencyP99Ms', { default: 2 }),
    ],
    cost: { model: 'free' },
  }),
  defineType({
    id: 'key-management',
    category: 'security',
    name: { en: 'Key management and secrets vault', fr: 'Gestion des clés et coffre de secrets' },
    description: {
      en: 'Holds the encryption keys of the stores (envelope encryption, per-tenant keys for silo tenants) and the secrets of the services, with rotation, access policies and an audit trail.',
      fr: 'Conserve les clés de chiffrement des stockages (chiffrement d’enveloppe, clés par locataire en silo) et les secrets des services, avec rotation, politiques d’accès et journal d’audit.',
    },
    tags: {
      en: ['kms', 'key management', 'vault', 'hashicorp vault', 'openbao', 'secrets', 'hsm', 'encryption', 'key rotation'],
      fr: ['kms', 'gestion des clés', 'coffre-fort', 'hashicorp vault', 'openbao', 'secrets', 'hsm', 'chiffrement', 'rotation des clés'],
    },
    icon: 'key-round',
    c4: 'container',
    technology: 'HashiCorp Vault 1.18',
    roles: ['kms'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 3 }),
      prop('zones', { default: 3 }),
      prop('latencyP50Ms', { default: 5 }),
      prop('latencyP99Ms', { default: 20 }),
      prop('availabilitySlaPct', { default: 99.95 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'AWS KMS', gcp: 'Cloud KMS', azure: 'Azure Key Vault' },
  }),
  defineType({
    id: 'waf',
    category: 'security',
    name: { en: 'Web application firewall', fr: 'Pare-feu applicatif web (WAF)' },
    description: {
      en: 'Filters incoming HTTP traffic at the edge against injection, bots and abuse (OWASP rules, IP reputation, rate rules) before it reaches the gateway or the model endpoints.',
      fr: 'Filtre le trafic HTTP entrant en bordure contre les injections, les robots et les abus (règles OWASP, réputation d’IP, limites de débit) avant qu’il n’atteigne la passerelle ou les points de terminaison des modèles.',
    },
    tags: {
      en: ['waf', 'web application firewall', 'owasp', 'modsecurity', 'coraza', 'bot protection', 'ddos', 'cloudflare'],
      fr: ['waf', 'pare-feu applicatif', 'owasp', 'modsecurity', 'coraza', 'protection anti-robots', 'ddos', 'cloudflare'],
    },
    icon: 'shield',
    c4: 'container',
    technology: 'OWASP Coraza 3 with Core Rule Set 4',
    roles: ['waf', 'pep', 'entry-point'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 5_000 }),
      prop('latencyP50Ms', { default: 1 }),
      prop('latencyP99Ms', { default: 5 }),
      prop('availabilitySlaPct', { default: 99.95 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'AWS WAF', gcp: 'Google Cloud Armor', azure: 'Azure Web Application Firewall' },
  }),
  defineType({
    id: 'workload-identity',
    category: 'security',
    name: { en: 'Workload identity', fr: 'Identité des charges de travail' },
    description: {
      en: 'Gives every service a verifiable identity with short-lived certificates or tokens (SPIFFE IDs) after attesting where it runs, so services authenticate each other with mTLS instead of shared secrets.',
      fr: 'Donne à chaque service une identité vérifiable, par des certificats ou jetons de courte durée (identifiants SPIFFE) délivrés après attestation de son environnement, pour que les services s’authentifient en mTLS plutôt qu’avec des secrets partagés.',
    },
    tags: {
      en: ['workload identity', 'spiffe', 'spire', 'svid', 'mtls', 'service identity', 'zero trust', 'attestation'],
      fr: ['identité de charge de travail', 'spiffe', 'spire', 'svid', 'mtls', 'identité de service', 'zéro confiance', 'attestation'],
    },
    icon: 'tag',
    c4: 'container',
    technology: 'SPIRE 1.11',
    roles: ['workload-identity'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon EKS Pod Identity', gcp: 'Workload Identity Federation for GKE', azure: 'Microsoft Entra Workload ID' },
  }),
  defineType({
    id: 'audit-log',
    category: 'security',
    name: { en: 'Audit log', fr: 'Journal d’audit' },
    description: {
      en: 'An append-only, tamper-evident record of who accessed or changed what (data, models, policies, keys), kept for compliance and investigations.',
      fr: 'Registre en ajout seul et infalsifiable de qui a consulté ou modifié quoi (données, modèles, politiques, clés), conservé pour la conformité et les enquêtes.',
    },
    tags: {
      en: ['audit', 'audit trail', 'compliance', 'cloudtrail', 'siem', 'worm', 'immutable log', 'gdpr', 'ai act'],
      fr: ['audit', 'piste d’audit', 'conformité', 'cloudtrail', 'siem', 'worm', 'journal immuable', 'rgpd', 'ai act'],
    },
    icon: 'scroll-text',
    c4: 'database',
    technology: 'Object storage with object lock (WORM)',
    roles: ['logging'],
    props: [
      prop('storageGb', { default: 500 }),
      prop('retentionDays', { default: 365 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'storage', price: 'object-storage-gb-month' },
    providerNames: { aws: 'AWS CloudTrail Lake', gcp: 'Cloud Audit Logs', azure: 'Azure Monitor activity log' },
  }),
];
