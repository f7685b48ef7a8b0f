import { defineType } from '../defineType';
import { prop } from '../properties';

/** Integration: entry points, traffic management, services and the bridges to existing systems. */

/** Small general-purpose CPU nodes. */
const CPU_SMALL = { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' };
/** Medium general-purpose CPU nodes. */
const CPU_MEDIUM = { aws: 'aws:m5.xlarge', gcp: 'gcp:n2-standard-4', azure: 'azure:Standard_D4s_v5' };

export const INTEGRATION_TYPES = [
  defineType({
    id: 'api-gateway',
    category: 'integration',
    name: { en: 'API gateway', fr: 'Passerelle d’API' },
    description: {
      en: 'The single entry point of clients: authenticates callers, enforces rate limits and quotas per tenant, routes to backends that are not public and records request telemetry.',
      fr: 'Point d’entrée unique des clients : authentifie les appelants, applique limites de débit et quotas par locataire, route vers des services non exposés et collecte la télémétrie des requêtes.',
    },
    tags: {
      en: ['api gateway', 'envoy', 'kong', 'apigee', 'nginx', 'rate limiting', 'throttling', 'authentication', 'jwt', 'quota'],
      fr: ['passerelle api', 'envoy', 'kong', 'apigee', 'nginx', 'limitation de débit', 'quotas', 'authentification', 'jwt', 'point d’entrée'],
    },
    icon: 'router',
    c4: 'container',
    technology: 'Envoy 1.31',
    roles: ['gateway', 'entry-point', 'pep'],
    props: [
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 5_000 }),
      prop('latencyP50Ms', { default: 2 }),
      prop('latencyP99Ms', { default: 8 }),
      prop('availabilitySlaPct', { default: 99.95 }),
      prop('tenancy', { default: 'pool' }),
    ],
    cost: { model: 'per-request', price: 'api-gateway-million-requests' },
    providerNames: { aws: 'Amazon API Gateway', gcp: 'Google Cloud API Gateway', azure: 'Azure API Management' },
  }),
  defineType({
    id: 'load-balancer',
    category: 'integration',
    name: { en: 'Load balancer', fr: 'Répartiteur de charge' },
    description: {
      en: 'Spreads requests over healthy replicas in several zones (layer 4 or layer 7) so callers resolve one name instead of instance addresses.',
      fr: 'Répartit les requêtes entre les réplicas sains de plusieurs zones (couche 4 ou 7), pour que les appelants visent un nom plutôt que des adresses d’instances.',
    },
    tags: {
      en: ['load balancer', 'alb', 'nlb', 'haproxy', 'nginx', 'envoy', 'layer 7', 'health check', 'ingress'],
      fr: ['répartiteur de charge', 'équilibreur de charge', 'alb', 'haproxy', 'nginx', 'envoy', 'couche 7', 'contrôle de santé', 'ingress'],
    },
    icon: 'network',
    c4: 'container',
    technology: 'HAProxy 3.0',
    roles: ['load-balancer', 'entry-point'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 20_000 }),
      prop('latencyP50Ms', { default: 0.5 }),
      prop('latencyP99Ms', { default: 2 }),
      prop('availabilitySlaPct', { default: 99.99 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Application Load Balancer', gcp: 'Cloud Load Balancing', azure: 'Azure Load Balancer' },
  }),
  defineType({
    id: 'service-mesh',
    category: 'integration',
    name: { en: 'Service mesh', fr: 'Maillage de services' },
    description: {
      en: 'Sidecar or ambient proxies with a control plane that give every service mutual TLS, workload identity, retries, timeouts, traffic splitting and traces without code changes.',
      fr: 'Proxys sidecar ou ambient pilotés par un plan de contrôle, qui apportent à chaque service TLS mutuel, identité de charge de travail, nouvelles tentatives, délais d’expiration, répartition du trafic et traces sans changer le code.',
    },
    tags: {
      en: ['service mesh', 'istio', 'linkerd', 'envoy', 'sidecar', 'mtls', 'zero trust', 'traffic mirroring', 'canary'],
      fr: ['maillage de services', 'istio', 'linkerd', 'envoy', 'sidecar', 'mtls', 'zéro confiance', 'miroir de trafic', 'canari'],
    },
    icon: 'waypoints',
    c4: 'container',
    technology: 'Istio 1.24',
    roles: ['service-mesh', 'pep'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('latencyP50Ms', { default: 0.5 }),
      prop('latencyP99Ms', { default: 3 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { gcp: 'Cloud Service Mesh', azure: 'Istio-based service mesh add-on for AKS' },
  }),
  defineType({
    id: 'esb',
    category: 'integration',
    name: { en: 'Enterprise service bus', fr: 'Bus de services d’entreprise (ESB)' },
    description: {
      en: 'A central integration hub that routes, transforms and orchestrates messages between the enterprise’s applications; the usual way AI services reach an existing information system that is already organised around one.',
      fr: 'Hub d’intégration central qui route, transforme et orchestre les messages entre les applications de l’entreprise ; le chemin habituel des services d’IA vers un SI existant déjà organisé autour de lui.',
    },
    tags: {
      en: ['esb', 'enterprise service bus', 'mulesoft', 'wso2', 'tibco', 'apache camel', 'soa', 'integration', 'mediation'],
      fr: ['esb', 'bus de services', 'mulesoft', 'wso2', 'tibco', 'apache camel', 'soa', 'intégration', 'médiation'],
    },
    icon: 'cable',
    c4: 'container',
    technology: 'WSO2 Micro Integrator 4.3',
    roles: ['esb'],
    props: [
      prop('instanceType', { defaults: CPU_MEDIUM }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 1_000 }),
      prop('latencyP50Ms', { default: 15 }),
      prop('latencyP99Ms', { default: 80 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'instance-hours' },
  }),
  defineType({
    id: 'microservice',
    category: 'integration',
    name: { en: 'Microservice', fr: 'Microservice' },
    description: {
      en: 'An independently deployed service owning one business capability and its data, such as a decision service that fetches features, calls the model and applies business rules.',
      fr: 'Service déployé indépendamment, propriétaire d’une capacité métier et de ses données, par exemple un service de décision qui lit les caractéristiques, appelle le modèle et applique les règles métier.',
    },
    tags: {
      en: ['microservice', 'service', 'rest api', 'grpc', 'spring boot', 'fastapi', 'decision service', 'backend', 'container'],
      fr: ['microservice', 'service', 'api rest', 'grpc', 'spring boot', 'fastapi', 'service de décision', 'backend', 'conteneur'],
    },
    icon: 'box',
    c4: 'container',
    technology: 'Python 3.12 (FastAPI) in containers',
    roles: ['service'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 500 }),
      prop('concurrencyPerReplica', { default: 64 }),
      prop('latencyP50Ms', { default: 5 }),
      prop('latencyP99Ms', { default: 25 }),
      prop('availabilitySlaPct', { default: 99.9 }),
      prop('tenancy', { default: 'pool' }),
    ],
    cost: { model: 'instance-hours' },
  }),
  defineType({
    id: 'anti-corruption-layer',
    category: 'integration',
    name: { en: 'Anti-corruption layer', fr: 'Couche anticorruption' },
    description: {
      en: 'A translation service between the modern platform and a legacy system: it converts models and protocols so legacy concepts never leak into modern APIs.',
      fr: 'Service de traduction entre la plateforme moderne et un système hérité : il convertit modèles et protocoles pour que les notions héritées ne contaminent pas les API modernes.',
    },
    tags: {
      en: ['anti-corruption layer', 'acl', 'adapter', 'facade', 'translator', 'strangler fig', 'legacy migration', 'ddd'],
      fr: ['couche anticorruption', 'acl', 'adaptateur', 'façade', 'traducteur', 'figuier étrangleur', 'migration', 'ddd'],
    },
    icon: 'arrow-left-right',
    c4: 'container',
    technology: 'Java 21 (Spring Boot 3) adapter',
    roles: ['acl', 'service'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 300 }),
      prop('latencyP50Ms', { default: 5 }),
      prop('latencyP99Ms', { default: 30 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'instance-hours' },
  }),
  defineType({
    id: 'legacy-system',
    category: 'integration',
    name: { en: 'Legacy system', fr: 'Système hérité' },
    description: {
      en: 'An existing system outside the design’s control (mainframe, ERP, core banking) that the AI platform must read from or write to, usually through an anti-corruption layer.',
      fr: 'Système existant hors du périmètre de la conception (mainframe, ERP, système bancaire central) que la plateforme d’IA doit lire ou alimenter, en général via une couche anticorruption.',
    },
    tags: {
      en: ['legacy', 'mainframe', 'erp', 'sap', 'cobol', 'soap', 'core banking', 'existing system'],
      fr: ['hérité', 'patrimonial', 'mainframe', 'erp', 'sap', 'cobol', 'soap', 'si existant'],
    },
    icon: 'landmark',
    c4: 'external',
    technology: 'On-premises ERP (SOAP over HTTP)',
    roles: ['legacy', 'external'],
    props: [
      prop('throughputPerReplicaRps', { default: 100 }),
      prop('latencyP50Ms', { default: 80 }),
      prop('latencyP99Ms', { default: 500 }),
      prop('availabilitySlaPct', { default: 99.5 }),
    ],
    cost: { model: 'free' },
  }),
];
