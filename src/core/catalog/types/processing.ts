import { defineType } from '../defineType';
import { prop } from '../properties';

/** Compute that transforms data: batch and stream jobs, ETL, orchestrators, functions. */
export const PROCESSING_TYPES = [
  defineType({
    id: 'spark-job',
    category: 'processing',
    name: { en: 'Spark batch job', fr: 'Traitement par lots Spark' },
    description: {
      en: 'A distributed batch job that recomputes views, builds training sets or scores a pinned dataset version; the batch layer of a Lambda architecture.',
      fr: 'Un traitement distribué par lots qui recalcule des vues, construit des jeux d’entraînement ou score une version figée d’un jeu de données ; la couche batch d’une architecture Lambda.',
    },
    tags: {
      en: ['spark', 'pyspark', 'batch', 'emr', 'dataproc', 'databricks', 'big data', 'executors'],
      fr: ['spark', 'pyspark', 'lots', 'batch', 'emr', 'dataproc', 'databricks', 'traitement distribué'],
    },
    icon: 'boxes',
    c4: 'container',
    technology: 'Apache Spark 3.5',
    roles: ['batch-job'],
    props: [
      prop('runHoursPerDay', { default: 2 }),
      prop('replicas', { default: 4 }),
      prop('instanceType', {
        defaults: { aws: 'aws:m5.2xlarge', gcp: 'gcp:n2-standard-8', azure: 'azure:Standard_D8s_v5' },
      }),
      prop('confidentialCompute'),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon EMR',
      gcp: 'Dataproc',
      azure: 'Azure Databricks',
    },
  }),
  defineType({
    id: 'flink-job',
    category: 'processing',
    name: { en: 'Flink streaming job', fr: 'Traitement de flux Flink' },
    description: {
      en: 'A stateful stream job with exactly-once checkpoints: computes windowed features, projections and incremental views from an event log; the speed layer of Lambda, the whole of Kappa.',
      fr: 'Un traitement de flux avec état et points de reprise exactly-once : calcule des caractéristiques fenêtrées, des projections et des vues incrémentales à partir d’un journal d’événements ; la couche vitesse de Lambda, tout le Kappa.',
    },
    tags: {
      en: ['flink', 'stream processing', 'streaming', 'windowing', 'real-time', 'kafka streams', 'beam', 'dataflow'],
      fr: ['flink', 'traitement de flux', 'temps réel', 'fenêtrage', 'diffusion en continu', 'kafka streams', 'beam', 'dataflow'],
    },
    icon: 'repeat',
    c4: 'container',
    technology: 'Apache Flink 1.20',
    roles: ['stream-job'],
    props: [
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('instanceType'),
      prop('latencyP99Ms', { default: 500 }),
      prop('confidentialCompute'),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon Managed Service for Apache Flink',
    },
  }),
  defineType({
    id: 'etl-job',
    category: 'processing',
    name: { en: 'ETL/ELT job', fr: 'Traitement ETL/ELT' },
    description: {
      en: 'Extracts, cleans and loads data on a schedule (or transforms it inside the warehouse, ELT), turning raw sources into curated tables for analytics and training.',
      fr: 'Extrait, nettoie et charge les données selon un calendrier (ou les transforme dans l’entrepôt, en ELT), pour passer des sources brutes à des tables préparées pour l’analyse et l’entraînement.',
    },
    tags: {
      en: ['etl', 'elt', 'dbt', 'glue', 'data pipeline', 'transformation', 'data factory', 'batch'],
      fr: ['etl', 'elt', 'dbt', 'glue', 'chaîne de données', 'transformation', 'data factory', 'lots'],
    },
    icon: 'filter',
    c4: 'container',
    technology: 'dbt Core 1.9',
    roles: ['batch-job'],
    props: [
      prop('runHoursPerDay', { default: 1 }),
      prop('replicas', { default: 1 }),
      prop('instanceType', {
        defaults: { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' },
      }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'AWS Glue',
      gcp: 'Cloud Data Fusion',
      azure: 'Azure Data Factory',
    },
  }),
  defineType({
    id: 'airflow',
    category: 'processing',
    name: { en: 'Airflow orchestrator', fr: 'Orchestrateur Airflow' },
    description: {
      en: 'Schedules and chains data and ML tasks as DAGs (ingestion, feature materialisation, retraining), with retries, backfills and lineage.',
      fr: 'Planifie et enchaîne les tâches de données et de ML sous forme de DAG (ingestion, matérialisation des caractéristiques, réentraînement), avec nouvelles tentatives, rattrapages et traçabilité.',
    },
    tags: {
      en: ['airflow', 'orchestrator', 'workflow', 'dag', 'scheduler', 'mwaa', 'composer', 'dagster', 'prefect'],
      fr: ['airflow', 'orchestrateur', 'flux de travail', 'dag', 'planificateur', 'mwaa', 'composer', 'ordonnancement'],
    },
    icon: 'workflow',
    c4: 'container',
    technology: 'Apache Airflow 2.10',
    roles: ['orchestrator'],
    props: [
      prop('replicas', { default: 1 }),
      prop('zones', { default: 2 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'managed-hours', price: 'managed-airflow-hour' },
    providerNames: {
      aws: 'Amazon MWAA',
      gcp: 'Cloud Composer',
      azure: 'Azure Data Factory Managed Airflow',
    },
  }),
  defineType({
    id: 'kubeflow-pipelines',
    category: 'processing',
    name: { en: 'Kubeflow Pipelines', fr: 'Pipelines Kubeflow' },
    description: {
      en: 'Runs ML workflows on Kubernetes as containerised steps (data preparation, training, evaluation, registration), each run tracked with its inputs and artefacts.',
      fr: 'Exécute les chaînes de ML sur Kubernetes sous forme d’étapes conteneurisées (préparation des données, entraînement, évaluation, enregistrement), chaque exécution étant tracée avec ses entrées et ses artefacts.',
    },
    tags: {
      en: ['kubeflow', 'kfp', 'ml pipeline', 'mlops', 'kubernetes', 'vertex pipelines', 'argo', 'orchestrator'],
      fr: ['kubeflow', 'kfp', 'chaîne ml', 'mlops', 'kubernetes', 'vertex pipelines', 'argo', 'orchestrateur'],
    },
    icon: 'blocks',
    c4: 'container',
    technology: 'Kubeflow Pipelines 2.3',
    roles: ['orchestrator'],
    props: [prop('replicas', { default: 2 }), prop('zones', { default: 2 }), prop('instanceType')],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon SageMaker Pipelines',
      gcp: 'Vertex AI Pipelines',
      azure: 'Azure Machine Learning pipelines',
    },
  }),
  defineType({
    id: 'serverless-function',
    category: 'processing',
    name: { en: 'Serverless function', fr: 'Fonction sans serveur' },
    description: {
      en: 'Stateless code triggered by events or requests and scaled per request; fits light pre- and post-processing, not heavy GPU models or latency-critical paths with cold starts.',
      fr: 'Du code sans état déclenché par des événements ou des requêtes et mis à l’échelle à la requête ; convient aux pré- et post-traitements légers, pas aux gros modèles GPU ni aux chemins critiques sensibles aux démarrages à froid.',
    },
    tags: {
      en: ['serverless', 'faas', 'lambda', 'function', 'cloud functions', 'azure functions', 'event-driven'],
      fr: ['sans serveur', 'serverless', 'faas', 'lambda', 'fonction', 'cloud functions', 'événementiel'],
    },
    icon: 'zap',
    c4: 'container',
    technology: 'Python 3.12 function',
    roles: ['function'],
    props: [
      prop('coldStartMs', { default: 800 }),
      prop('provisionedConcurrency', { default: false }),
      prop('latencyP50Ms', { default: 20 }),
      prop('latencyP99Ms', { default: 100 }),
      prop('zones', { default: 3 }),
      prop('availabilitySlaPct', { default: 99.95 }),
    ],
    cost: { model: 'per-request', price: 'serverless-million-requests' },
    providerNames: {
      aws: 'AWS Lambda',
      gcp: 'Cloud Run functions',
      azure: 'Azure Functions',
    },
  }),
];
