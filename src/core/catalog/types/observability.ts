import { defineType } from '../defineType';
import { prop } from '../properties';

/** Observability: telemetry collection, metrics, traces, logs, model monitoring and alerting. */

/** Small general-purpose CPU nodes. */
const CPU_SMALL = { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' };
/** Memory-optimised CPU nodes, for in-memory time series. */
const CPU_MEMORY = { aws: 'aws:r5.xlarge', gcp: 'gcp:n2-highmem-4', azure: 'azure:Standard_E4s_v5' };

export const OBSERVABILITY_TYPES = [
  defineType({
    id: 'prometheus',
    category: 'observability',
    name: { en: 'Prometheus metrics', fr: 'Métriques Prometheus' },
    description: {
      en: 'Scrapes and stores time-series metrics (request rate, latency, errors, GPU use, batch size, queue time) and evaluates recording and alerting rules such as SLO burn rates.',
      fr: 'Collecte et stocke des métriques en séries temporelles (débit, latence, erreurs, usage GPU, taille des lots, temps d’attente) et évalue des règles d’enregistrement et d’alerte, comme le taux de consommation des SLO.',
    },
    tags: {
      en: ['prometheus', 'metrics', 'time series', 'promql', 'thanos', 'mimir', 'victoriametrics', 'slo', 'monitoring'],
      fr: ['prometheus', 'métriques', 'séries temporelles', 'promql', 'thanos', 'mimir', 'victoriametrics', 'slo', 'supervision'],
    },
    icon: 'activity',
    c4: 'container',
    technology: 'Prometheus 2.55',
    roles: ['metrics', 'alerting'],
    props: [
      prop('instanceType', { defaults: CPU_MEMORY }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('retentionDays', { default: 15 }),
      prop('storageGb', { default: 200 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon Managed Service for Prometheus',
      gcp: 'Google Cloud Managed Service for Prometheus',
      azure: 'Azure Monitor managed service for Prometheus',
    },
  }),
  defineType({
    id: 'grafana',
    category: 'observability',
    name: { en: 'Grafana dashboards', fr: 'Tableaux de bord Grafana' },
    description: {
      en: 'Dashboards over metrics, logs and traces for operators and data scientists: service health, SLOs, GPU saturation, model quality per version.',
      fr: 'Tableaux de bord sur les métriques, journaux et traces pour les opérateurs et les data scientists : santé des services, SLO, saturation des GPU, qualité des modèles par version.',
    },
    tags: {
      en: ['grafana', 'dashboards', 'visualization', 'kibana', 'monitoring', 'slo'],
      fr: ['grafana', 'tableaux de bord', 'visualisation', 'kibana', 'supervision', 'slo'],
    },
    icon: 'chart-line',
    c4: 'container',
    technology: 'Grafana 11.3',
    roles: ['dashboards'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon Managed Grafana', azure: 'Azure Managed Grafana' },
  }),
  defineType({
    id: 'otel-collector',
    category: 'observability',
    name: { en: 'OpenTelemetry Collector', fr: 'Collecteur OpenTelemetry' },
    description: {
      en: 'Receives metrics, logs and traces from every runtime node over OTLP, enriches, samples and batches them, and exports them to the telemetry backends.',
      fr: 'Reçoit les métriques, journaux et traces de chaque nœud d’exécution en OTLP, les enrichit, les échantillonne et les regroupe, puis les exporte vers les systèmes de télémétrie.',
    },
    tags: {
      en: ['opentelemetry', 'otel', 'otlp', 'collector', 'telemetry', 'fluent bit', 'vector', 'sampling'],
      fr: ['opentelemetry', 'otel', 'otlp', 'collecteur', 'télémétrie', 'fluent bit', 'vector', 'échantillonnage'],
    },
    icon: 'satellite-dish',
    c4: 'container',
    technology: 'OpenTelemetry Collector Contrib 0.114',
    roles: ['otel-collector'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('throughputPerReplicaRps', { default: 10_000 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'AWS Distro for OpenTelemetry', gcp: 'Google-Built OpenTelemetry Collector' },
  }),
  defineType({
    id: 'tracing',
    category: 'observability',
    name: { en: 'Distributed tracing', fr: 'Traçage distribué' },
    description: {
      en: 'Stores and queries distributed traces, so the latency of one request can be followed hop by hop, across sync calls and async messages, to find the slow dependency.',
      fr: 'Stocke et interroge les traces distribuées, pour suivre la latence d’une requête saut par saut, à travers appels synchrones et messages asynchrones, et trouver la dépendance lente.',
    },
    tags: {
      en: ['tracing', 'distributed tracing', 'jaeger', 'tempo', 'zipkin', 'spans', 'apm', 'trace context'],
      fr: ['traçage', 'traçage distribué', 'jaeger', 'tempo', 'zipkin', 'spans', 'apm', 'contexte de trace'],
    },
    icon: 'git-branch',
    c4: 'container',
    technology: 'Grafana Tempo 2.6',
    roles: ['tracing'],
    props: [
      prop('storageGb', { default: 200 }),
      prop('retentionDays', { default: 14 }),
    ],
    cost: { model: 'storage', price: 'object-storage-gb-month' },
    providerNames: { aws: 'AWS X-Ray', gcp: 'Cloud Trace', azure: 'Azure Monitor Application Insights' },
  }),
  defineType({
    id: 'logging',
    category: 'observability',
    name: { en: 'Log aggregation', fr: 'Agrégation des journaux' },
    description: {
      en: 'Centralises the structured logs of all services and jobs, indexed by labels (service, tenant, trace id), for search, troubleshooting and audits.',
      fr: 'Centralise les journaux structurés de tous les services et traitements, indexés par étiquettes (service, locataire, identifiant de trace), pour la recherche, le diagnostic et les audits.',
    },
    tags: {
      en: ['logging', 'logs', 'loki', 'elasticsearch', 'opensearch', 'elk', 'splunk', 'log search'],
      fr: ['journalisation', 'journaux', 'logs', 'loki', 'elasticsearch', 'opensearch', 'elk', 'splunk'],
    },
    icon: 'file-text',
    c4: 'container',
    technology: 'Grafana Loki 3.3',
    roles: ['logging'],
    props: [
      prop('storageGb', { default: 500 }),
      prop('retentionDays', { default: 30 }),
    ],
    cost: { model: 'storage', price: 'object-storage-gb-month' },
    providerNames: { aws: 'Amazon CloudWatch Logs', gcp: 'Cloud Logging', azure: 'Azure Monitor Logs' },
  }),
  defineType({
    id: 'model-monitoring',
    category: 'observability',
    name: { en: 'Model monitoring (drift)', fr: 'Surveillance des modèles (dérive)' },
    description: {
      en: 'Compares production inputs and predictions with the training reference to detect data and concept drift, tracks model quality once labels arrive, and triggers retraining or alerts.',
      fr: 'Compare les entrées et prédictions de production à la référence d’entraînement pour détecter la dérive des données et des concepts, suit la qualité du modèle quand les étiquettes arrivent, et déclenche un réentraînement ou des alertes.',
    },
    tags: {
      en: ['model monitoring', 'drift', 'data drift', 'concept drift', 'evidently', 'whylabs', 'arize', 'data quality', 'mlops'],
      fr: ['surveillance des modèles', 'dérive', 'dérive des données', 'dérive conceptuelle', 'evidently', 'whylabs', 'arize', 'qualité des données', 'mlops'],
    },
    icon: 'scan-search',
    c4: 'container',
    technology: 'Evidently 0.4',
    roles: ['model-monitoring'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 1 }),
      prop('retentionDays', { default: 90 }),
      prop('storageGb', { default: 50 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'SageMaker Model Monitor',
      gcp: 'Vertex AI Model Monitoring',
      azure: 'Azure ML model monitoring',
    },
  }),
  defineType({
    id: 'alerting',
    category: 'observability',
    name: { en: 'Alerting', fr: 'Alertes' },
    description: {
      en: 'Deduplicates, groups and routes alerts (SLO burn, DLQ depth, drift, GPU saturation) to the on-call team by chat, e-mail or paging, with silences and escalation.',
      fr: 'Déduplique, regroupe et achemine les alertes (consommation des SLO, profondeur de la DLQ, dérive, saturation GPU) vers l’équipe d’astreinte par messagerie, courriel ou appel, avec mises en sourdine et escalade.',
    },
    tags: {
      en: ['alerting', 'alertmanager', 'pagerduty', 'opsgenie', 'on-call', 'incident', 'alarms', 'notifications'],
      fr: ['alertes', 'alertmanager', 'pagerduty', 'opsgenie', 'astreinte', 'incident', 'alarmes', 'notifications'],
    },
    icon: 'bell',
    c4: 'container',
    technology: 'Prometheus Alertmanager 0.27',
    roles: ['alerting'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 3 }),
      prop('zones', { default: 3 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon CloudWatch alarms', gcp: 'Cloud Monitoring alerting', azure: 'Azure Monitor alerts' },
  }),
];
