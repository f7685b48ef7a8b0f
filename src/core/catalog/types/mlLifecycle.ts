import { defineType } from '../defineType';
import { prop } from '../properties';

/** The model lifecycle: features, training, experiments, versions, registry and labels. */
export const ML_LIFECYCLE_TYPES = [
  defineType({
    id: 'feature-store-offline',
    category: 'ml-lifecycle',
    name: { en: 'Offline feature store', fr: 'Magasin de caractéristiques hors ligne' },
    description: {
      en: 'The full history of feature values, used to build training sets by point-in-time joins on entity key and event time, so no value newer than the label leaks in.',
      fr: 'L’historique complet des valeurs de caractéristiques, qui sert à construire les jeux d’entraînement par jointure à date (point-in-time) sur la clé d’entité et l’horodatage, sans fuite de valeurs postérieures au label.',
    },
    tags: {
      en: ['feature store', 'offline store', 'feast', 'point-in-time', 'training set', 'features', 'tecton', 'hopsworks'],
      fr: ['magasin de caractéristiques', 'feature store', 'hors ligne', 'feast', 'jointure à date', 'jeu d’entraînement', 'caractéristiques'],
    },
    icon: 'layers',
    c4: 'database',
    technology: 'Feast offline store (Parquet on object storage)',
    roles: ['feature-store-offline', 'stateful-store'],
    props: [
      prop('storageGb', { default: 500 }),
      prop('retentionDays', { default: 730 }),
      prop('zones', { default: 3 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'storage', price: 'object-storage-gb-month' },
    providerNames: {
      aws: 'Amazon SageMaker Feature Store (offline store)',
      gcp: 'Vertex AI Feature Store (BigQuery offline store)',
      azure: 'Azure Machine Learning managed feature store (offline)',
    },
  }),
  defineType({
    id: 'feature-store-online',
    category: 'ml-lifecycle',
    name: { en: 'Online feature store', fr: 'Magasin de caractéristiques en ligne' },
    description: {
      en: 'The latest feature values per entity, read on the request path by model servers in a few milliseconds; materialised from the same definitions as the offline store to avoid training–serving skew.',
      fr: 'Les dernières valeurs de caractéristiques par entité, lues par les serveurs de modèles sur le chemin des requêtes en quelques millisecondes ; matérialisées à partir des mêmes définitions que le magasin hors ligne, pour éviter l’écart entre entraînement et service.',
    },
    tags: {
      en: ['feature store', 'online store', 'feast', 'redis', 'low latency', 'features', 'tecton', 'serving'],
      fr: ['magasin de caractéristiques', 'feature store', 'en ligne', 'feast', 'redis', 'faible latence', 'caractéristiques'],
    },
    icon: 'gauge',
    c4: 'database',
    technology: 'Feast online store on Redis 7',
    roles: ['feature-store-online', 'stateful-store'],
    props: [
      prop('replicas', { default: 2 }),
      prop('zones', { default: 2 }),
      prop('storageGb', { default: 20 }),
      prop('throughputPerReplicaRps', { default: 20000 }),
      prop('latencyP50Ms', { default: 1 }),
      prop('latencyP99Ms', { default: 5 }),
      prop('availabilitySlaPct', { default: 99.9 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'managed-hours', price: 'cache-node-hour' },
    providerNames: {
      aws: 'Amazon SageMaker Feature Store (online store)',
      gcp: 'Vertex AI Feature Store (online serving)',
      azure: 'Azure Machine Learning managed feature store (online)',
    },
  }),
  defineType({
    id: 'model-registry',
    category: 'ml-lifecycle',
    name: { en: 'Model registry', fr: 'Registre de modèles' },
    description: {
      en: 'Versions models with their artefacts, metrics, dataset lineage and stage (staging, production), and is where deployments fetch the approved version.',
      fr: 'Versionne les modèles avec leurs artefacts, leurs métriques, la traçabilité des jeux de données et leur statut (préproduction, production) ; c’est là que les déploiements récupèrent la version approuvée.',
    },
    tags: {
      en: ['model registry', 'mlflow', 'model versions', 'lineage', 'mlops', 'artefacts', 'promotion'],
      fr: ['registre de modèles', 'mlflow', 'versions de modèles', 'traçabilité', 'mlops', 'artefacts', 'promotion'],
    },
    icon: 'box',
    c4: 'container',
    technology: 'MLflow Model Registry 2.17',
    roles: ['registry'],
    props: [
      prop('replicas', { default: 1 }),
      prop('instanceType', {
        defaults: { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' },
      }),
      prop('storageGb', { default: 100 }),
      prop('availabilitySlaPct', { default: 99.9 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon SageMaker Model Registry',
      gcp: 'Vertex AI Model Registry',
      azure: 'Azure Machine Learning registry',
    },
  }),
  defineType({
    id: 'experiment-tracking',
    category: 'ml-lifecycle',
    name: { en: 'Experiment tracking', fr: 'Suivi des expériences' },
    description: {
      en: 'Records each training run’s parameters, code version, data version, metrics and artefacts, so results can be compared and reproduced.',
      fr: 'Enregistre pour chaque entraînement les paramètres, la version du code et des données, les métriques et les artefacts, pour comparer et reproduire les résultats.',
    },
    tags: {
      en: ['experiment tracking', 'mlflow', 'weights & biases', 'wandb', 'runs', 'metrics', 'reproducibility'],
      fr: ['suivi des expériences', 'mlflow', 'weights & biases', 'wandb', 'exécutions', 'métriques', 'reproductibilité'],
    },
    icon: 'flask-conical',
    c4: 'container',
    technology: 'MLflow Tracking 2.17',
    roles: ['experiment-tracking'],
    props: [
      prop('replicas', { default: 1 }),
      prop('instanceType', {
        defaults: { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' },
      }),
      prop('storageGb', { default: 100 }),
      prop('encryptedAtRest', { default: true }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon SageMaker managed MLflow',
      gcp: 'Vertex AI Experiments',
      azure: 'Azure Machine Learning (MLflow tracking)',
    },
  }),
  defineType({
    id: 'data-versioning',
    category: 'ml-lifecycle',
    name: { en: 'Data versioning', fr: 'Versionnage des données' },
    description: {
      en: 'Gives datasets immutable versions: pointers and hashes in Git, content in an object-storage remote; training pins a version for reproducibility and lineage.',
      fr: 'Attribue aux jeux de données des versions immuables : pointeurs et empreintes dans Git, contenu dans un dépôt distant sur stockage objet ; l’entraînement fige une version pour la reproductibilité et la traçabilité.',
    },
    tags: {
      en: ['dvc', 'data versioning', 'lakefs', 'dataset version', 'reproducibility', 'lineage', 'git'],
      fr: ['dvc', 'versioning des données', 'versionnage', 'lakefs', 'version de jeu de données', 'reproductibilité', 'traçabilité', 'git'],
    },
    icon: 'git-branch',
    c4: 'database',
    technology: 'DVC 3 (object-storage remote)',
    roles: ['data-versioning'],
    props: [prop('storageGb', { default: 200 }), prop('encryptedAtRest', { default: true })],
    cost: { model: 'storage', price: 'object-storage-gb-month' },
  }),
  defineType({
    id: 'training-job',
    category: 'ml-lifecycle',
    name: { en: 'Training job', fr: 'Tâche d’entraînement' },
    description: {
      en: 'Trains or fine-tunes a model on GPU instances from a pinned dataset version, then registers the candidate with its evaluation; runs on a schedule or on a trigger, often on Spot capacity.',
      fr: 'Entraîne ou affine un modèle sur des instances GPU à partir d’une version figée du jeu de données, puis enregistre le candidat avec son évaluation ; se lance selon un calendrier ou sur déclenchement, souvent sur des instances ponctuelles (Spot).',
    },
    tags: {
      en: ['training', 'gpu', 'fine-tuning', 'pytorch', 'sagemaker training', 'vertex training', 'distributed training', 'spot'],
      fr: ['entraînement', 'apprentissage', 'gpu', 'affinage', 'pytorch', 'entraînement distribué', 'instances ponctuelles'],
    },
    icon: 'brain',
    c4: 'container',
    technology: 'PyTorch 2.5 on GPU',
    roles: ['training', 'batch-job'],
    props: [
      prop('instanceType', {
        defaults: { aws: 'aws:g5.xlarge', gcp: 'gcp:g2-standard-4', azure: 'azure:Standard_NC4as_T4_v3' },
      }),
      prop('gpusPerReplica', { default: 1 }),
      prop('replicas', { default: 1 }),
      prop('runHoursPerDay', { default: 2 }),
      prop('confidentialCompute'),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon SageMaker Training',
      gcp: 'Vertex AI Training',
      azure: 'Azure Machine Learning training',
    },
  }),
  defineType({
    id: 'labelling',
    category: 'ml-lifecycle',
    name: { en: 'Data labelling', fr: 'Annotation des données' },
    description: {
      en: 'A tool where annotators (or a model with human review) label examples for supervised training and evaluation, with quality control and export to versioned datasets.',
      fr: 'Un outil où des annotateurs (ou un modèle relu par des humains) étiquettent des exemples pour l’entraînement supervisé et l’évaluation, avec contrôle qualité et export vers des jeux de données versionnés.',
    },
    tags: {
      en: ['labelling', 'labeling', 'annotation', 'label studio', 'ground truth', 'human in the loop', 'ground-truth data'],
      fr: ['annotation', 'étiquetage', 'label studio', 'vérité terrain', 'humain dans la boucle', 'labels'],
    },
    icon: 'tag',
    c4: 'container',
    technology: 'Label Studio 1.14',
    roles: ['labelling'],
    props: [
      prop('replicas', { default: 1 }),
      prop('instanceType', {
        defaults: { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' },
      }),
      prop('storageGb', { default: 50 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: {
      aws: 'Amazon SageMaker Ground Truth',
      azure: 'Azure Machine Learning data labeling',
    },
  }),
];
