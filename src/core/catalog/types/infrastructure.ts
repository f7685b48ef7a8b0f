import { defineType } from '../defineType';
import { prop } from '../properties';

/** Infrastructure: clusters and GPU capacity, global traffic entry, edge and fog, federated learning. */

/** Small general-purpose CPU nodes. */
const CPU_SMALL = { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' };
/** Medium general-purpose CPU nodes. */
const CPU_MEDIUM = { aws: 'aws:m5.xlarge', gcp: 'gcp:n2-standard-4', azure: 'azure:Standard_D4s_v5' };
/** One mid-range GPU per node (A10G / L4 / T4). */
const GPU_SMALL = { aws: 'aws:g5.xlarge', gcp: 'gcp:g2-standard-4', azure: 'azure:Standard_NC4as_T4_v3' };

export const INFRASTRUCTURE_TYPES = [
  defineType({
    id: 'kubernetes-cluster',
    category: 'infrastructure',
    name: { en: 'Kubernetes cluster', fr: 'Cluster Kubernetes' },
    description: {
      en: 'Orchestrates the containers of the platform (scheduling, self-healing, autoscaling, GPU scheduling through operators); priced here as its system node pool, workloads being priced on their own nodes.',
      fr: 'Orchestre les conteneurs de la plateforme (planification, autoréparation, mise à l’échelle automatique, planification GPU par des opérateurs) ; chiffré ici comme son pool de nœuds système, les charges étant chiffrées sur leurs propres nœuds.',
    },
    tags: {
      en: ['kubernetes', 'k8s', 'cluster', 'eks', 'gke', 'aks', 'openshift', 'containers', 'orchestration', 'operators'],
      fr: ['kubernetes', 'k8s', 'cluster', 'eks', 'gke', 'aks', 'openshift', 'conteneurs', 'orchestration', 'opérateurs'],
    },
    icon: 'container',
    c4: 'container',
    technology: 'Kubernetes 1.31',
    roles: ['cluster'],
    props: [
      prop('instanceType', { defaults: CPU_MEDIUM }),
      prop('replicas', { default: 3 }),
      prop('zones', { default: 3 }),
      prop('availabilitySlaPct', { default: 99.95 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon EKS', gcp: 'Google Kubernetes Engine (GKE)', azure: 'Azure Kubernetes Service (AKS)' },
  }),
  defineType({
    id: 'gpu-node-pool',
    category: 'infrastructure',
    name: { en: 'GPU node pool', fr: 'Pool de nœuds GPU' },
    description: {
      en: 'A group of GPU nodes (replicas are nodes) that training jobs and model servers are scheduled on, with the NVIDIA drivers and device plugin; spread over zones and autoscaled on pending pods.',
      fr: 'Groupe de nœuds GPU (les réplicas sont les nœuds) sur lequel sont planifiés les entraînements et les serveurs de modèles, avec les pilotes NVIDIA et le plugin de périphériques ; réparti sur plusieurs zones et mis à l’échelle selon les pods en attente.',
    },
    tags: {
      en: ['gpu', 'node pool', 'node group', 'nvidia', 'gpu operator', 'karpenter', 'cluster autoscaler', 'mig', 'accelerator'],
      fr: ['gpu', 'pool de nœuds', 'groupe de nœuds', 'nvidia', 'gpu operator', 'karpenter', 'mise à l’échelle automatique', 'mig', 'accélérateur'],
    },
    icon: 'microchip',
    c4: 'container',
    technology: 'NVIDIA GPU Operator 24.9 on Kubernetes',
    roles: ['gpu-pool'],
    props: [
      prop('instanceType', { defaults: GPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('gpusPerReplica', { default: 1 }),
      prop('zones', { default: 2 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'Amazon EKS GPU node group', gcp: 'GKE GPU node pool', azure: 'AKS GPU node pool' },
  }),
  defineType({
    id: 'cdn',
    category: 'infrastructure',
    name: { en: 'Content delivery network', fr: 'Réseau de diffusion de contenu (CDN)' },
    description: {
      en: 'Caches static assets, model files for edge devices and cacheable responses in points of presence close to users, and absorbs traffic spikes before they reach the origin.',
      fr: 'Met en cache les ressources statiques, les fichiers de modèles destinés aux appareils en périphérie et les réponses cachables dans des points de présence proches des utilisateurs, et absorbe les pics avant qu’ils n’atteignent l’origine.',
    },
    tags: {
      en: ['cdn', 'edge cache', 'cloudflare', 'fastly', 'akamai', 'cloudfront', 'pop', 'caching'],
      fr: ['cdn', 'cache de périphérie', 'cloudflare', 'fastly', 'akamai', 'cloudfront', 'point de présence', 'mise en cache'],
    },
    icon: 'globe',
    c4: 'container',
    technology: 'Cloudflare CDN',
    roles: ['cdn', 'entry-point'],
    props: [
      prop('latencyP50Ms', { default: 5 }),
      prop('latencyP99Ms', { default: 40 }),
      prop('availabilitySlaPct', { default: 99.9 }),
    ],
    cost: { model: 'free' },
    providerNames: { aws: 'Amazon CloudFront', gcp: 'Cloud CDN', azure: 'Azure Front Door' },
  }),
  defineType({
    id: 'global-dns',
    category: 'infrastructure',
    name: { en: 'Global DNS and traffic routing', fr: 'DNS global et routage du trafic' },
    description: {
      en: 'Resolves the public names of the platform and steers clients to a healthy region by latency, geography or failover policy; the first step of multi-region disaster recovery.',
      fr: 'Résout les noms publics de la plateforme et oriente les clients vers une région saine selon la latence, la géographie ou une politique de basculement ; le premier maillon de la reprise après sinistre multirégion.',
    },
    tags: {
      en: ['dns', 'global dns', 'route 53', 'traffic manager', 'geo routing', 'failover', 'anycast', 'multi-region'],
      fr: ['dns', 'dns global', 'route 53', 'traffic manager', 'routage géographique', 'basculement', 'anycast', 'multirégion'],
    },
    icon: 'globe',
    c4: 'container',
    technology: 'Anycast DNS with health-checked failover routing',
    roles: ['dns', 'entry-point'],
    props: [prop('availabilitySlaPct', { default: 99.99 })],
    cost: { model: 'free' },
    providerNames: { aws: 'Amazon Route 53', gcp: 'Cloud DNS', azure: 'Azure Traffic Manager' },
  }),
  defineType({
    id: 'fog-gateway',
    category: 'infrastructure',
    name: { en: 'Fog gateway', fr: 'Passerelle fog' },
    description: {
      en: 'A small server near the devices (factory, store, vehicle) that runs local inference and aggregation, buffers data when the link to the cloud drops (store and forward) and sends summaries up.',
      fr: 'Petit serveur proche des appareils (usine, magasin, véhicule) qui exécute l’inférence et l’agrégation locales, met les données en tampon quand le lien vers le cloud tombe (stockage et retransmission) et remonte des résumés.',
    },
    tags: {
      en: ['fog', 'fog computing', 'edge gateway', 'iot gateway', 'greengrass', 'iot edge', 'k3s', 'mqtt', 'store and forward'],
      fr: ['fog', 'informatique en brouillard', 'passerelle de périphérie', 'passerelle iot', 'greengrass', 'iot edge', 'k3s', 'mqtt', 'stockage et retransmission'],
    },
    icon: 'server',
    c4: 'container',
    technology: 'K3s 1.31 with Eclipse Mosquitto 2 (MQTT)',
    roles: ['fog-node'],
    props: [
      prop('instanceType', { defaults: CPU_SMALL }),
      prop('replicas', { default: 2 }),
      prop('latencyP50Ms', { default: 5 }),
      prop('latencyP99Ms', { default: 20 }),
      prop('storageGb', { default: 500 }),
      prop('retentionDays', { default: 3 }),
    ],
    cost: { model: 'instance-hours' },
    providerNames: { aws: 'AWS IoT Greengrass', azure: 'Azure IoT Edge' },
  }),
  defineType({
    id: 'fl-aggregator',
    category: 'infrastructure',
    name: { en: 'Federated learning aggregator', fr: 'Agrégateur d’apprentissage fédéré' },
    description: {
      en: 'Coordinates federated training rounds: clients train locally and send only model updates, which it combines by FedAvg under secure aggregation so that only the sum is visible.',
      fr: 'Coordonne les tours d’apprentissage fédéré : les clients s’entraînent localement et n’envoient que des mises à jour du modèle, qu’il combine par FedAvg avec agrégation sécurisée, de sorte que seule la somme est visible.',
    },
    tags: {
      en: ['federated learning', 'fedavg', 'flower', 'secure aggregation', 'differential privacy', 'tensorflow federated', 'nvflare', 'privacy'],
      fr: ['apprentissage fédéré', 'fedavg', 'flower', 'agrégation sécurisée', 'confidentialité différentielle', 'tensorflow federated', 'nvflare', 'vie privée'],
    },
    icon: 'share-2',
    c4: 'container',
    technology: 'Flower 1.13 (FedAvg with SecAgg+)',
    roles: ['fl-aggregator'],
    props: [
      prop('instanceType', { defaults: CPU_MEDIUM }),
      prop('replicas', { default: 1 }),
      prop('confidentialCompute', { default: false }),
    ],
    cost: { model: 'instance-hours' },
  }),
];
