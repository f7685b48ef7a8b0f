/** Closed vocabularies of the design document: each list is the source of its zod enum. */

export const GROUP_KINDS = ['system', 'trust-zone', 'region', 'zone', 'cluster', 'edge-site'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const EDGE_MODES = ['sync', 'async'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export const PROTOCOLS = [
  'https',
  'http',
  'grpc',
  'websocket',
  'graphql',
  'kafka',
  'amqp',
  'mqtt',
  'sql',
  'redis',
  's3',
  'tcp',
  'other',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const AUTHN_METHODS = ['none', 'mtls', 'oauth2', 'oidc', 'jwt', 'api-key', 'iam'] as const;
export type AuthnMethod = (typeof AUTHN_METHODS)[number];

export const PROVIDERS = ['aws', 'gcp', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PRICING_MODELS = ['on-demand', 'spot', 'commit-1y', 'commit-3y'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export const CURRENCIES = ['USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const PATTERNS = [
  'lambda',
  'kappa',
  'lakehouse',
  'event-sourcing-cqrs',
  'microservice-resilience',
  'serverless',
  'edge-federated',
  'zero-trust',
  'high-availability',
  'multi-region-dr',
  'canary',
  'blue-green',
  'shadow',
  'ab-testing',
  'multi-tenancy',
] as const;
export type PatternId = (typeof PATTERNS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];
