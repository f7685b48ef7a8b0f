/**
 * Reference-architecture templates (issue 8, workshop mode): one design file per template in
 * this folder, in the design file format, each declaring the patterns it passes, written in
 * English, and beside it `<id>.fr.json`, its texts in French (designTranslation.ts). A trainer
 * adds a template by adding both files and its entry below (see docs/templates.md).
 */
import type { Localized } from '../../catalog/schema';
import { parseDesign } from '../../document/parseDesign';
import type { Language } from '../../i18n';
import type { Design } from '../../model/types';
import { PATTERNS, type PatternId } from '../../model/vocabulary';
import { applyTranslation } from '../applyTranslation';
import { designTranslationSchema, type DesignTranslation } from '../designTranslation';
import realtimeRecommendation from './realtime-recommendation.archlab.json' with { type: 'json' };
import batchAnalytics from './batch-analytics.archlab.json' with { type: 'json' };
import edgeIot from './edge-iot.archlab.json' with { type: 'json' };
import fraudDetection from './fraud-detection.archlab.json' with { type: 'json' };
import mlDataPipeline from './ml-data-pipeline.archlab.json' with { type: 'json' };
import multiModelServing from './multi-model-serving.archlab.json' with { type: 'json' };
import ragLlmServing from './rag-llm-serving.archlab.json' with { type: 'json' };
import zeroTrustInference from './zero-trust-inference.archlab.json' with { type: 'json' };
import multiRegionPlatform from './multi-region-platform.archlab.json' with { type: 'json' };
import realtimeRecommendationFr from './realtime-recommendation.fr.json' with { type: 'json' };
import batchAnalyticsFr from './batch-analytics.fr.json' with { type: 'json' };
import edgeIotFr from './edge-iot.fr.json' with { type: 'json' };
import fraudDetectionFr from './fraud-detection.fr.json' with { type: 'json' };
import mlDataPipelineFr from './ml-data-pipeline.fr.json' with { type: 'json' };
import multiModelServingFr from './multi-model-serving.fr.json' with { type: 'json' };
import ragLlmServingFr from './rag-llm-serving.fr.json' with { type: 'json' };
import zeroTrustInferenceFr from './zero-trust-inference.fr.json' with { type: 'json' };
import multiRegionPlatformFr from './multi-region-platform.fr.json' with { type: 'json' };

/** What the template gallery shows of a template, in both languages. */
export interface TemplateInfo {
  /** The id of the template, and of the design in its file. */
  readonly id: string;
  readonly name: Localized;
  /** One or two sentences: what the architecture does and shows. */
  readonly summary: Localized;
  /** The patterns the design declares; it passes all their checks. */
  readonly patterns: readonly PatternId[];
  /** The IA007 modules whose content it illustrates (1 to 9). */
  readonly modules: readonly number[];
  /** Workshops and situations it fits. */
  readonly useCases?: readonly Localized[];
}

/** A template as listed below: its metadata, its design file (patterns are read from the file) and its French texts. */
interface Entry extends Omit<TemplateInfo, 'patterns'> {
  readonly file: unknown;
  /** The translation file `<id>.fr.json`; without one, a French design keeps the file's texts. */
  readonly fr?: unknown;
}

const ENTRIES: readonly Entry[] = [
  {
    id: 'realtime-recommendation', file: realtimeRecommendation, fr: realtimeRecommendationFr, modules: [1, 4, 7],
    name: { en: 'Real-time recommendation', fr: 'Recommandation en temps réel' },
    summary: {
      en: 'Product recommendations within 120 ms: API gateway, recommendation service, nearest-neighbour retrieval, GPU ranking on Triton, online features kept fresh by a Flink job over Kafka (Kappa), cached fallback.',
      fr: 'Des recommandations de produits en moins de 120 ms : passerelle API, service de recommandation, recherche des plus proches voisins, classement sur GPU avec Triton, caractéristiques en ligne tenues à jour par un traitement Flink sur Kafka (Kappa), repli sur un cache.',
    },
    useCases: [{ en: 'Module 1 workshop: real-time recommendation', fr: 'Atelier du module 1 : recommandation temps réel' }],
  },
  {
    id: 'batch-analytics', file: batchAnalytics, fr: batchAnalyticsFr, modules: [1, 2],
    name: { en: 'Batch analytics and scoring', fr: 'Analyse et scoring par lots' },
    summary: {
      en: 'A medallion lakehouse of Iceberg tables built nightly by Spark, monthly training on a pinned snapshot, nightly batch scoring and BI dashboards, on Google Cloud.',
      fr: 'Un lakehouse médaillon de tables Iceberg construit chaque nuit par Spark, un entraînement mensuel sur un instantané figé, un scoring par lots chaque nuit et des tableaux de bord BI, sur Google Cloud.',
    },
    useCases: [{ en: 'Module 1 workshop: batch analytics', fr: 'Atelier du module 1 : analyse par lots' }],
  },
  {
    id: 'edge-iot', file: edgeIot, fr: edgeIotFr, modules: [1, 3],
    name: { en: 'Edge IoT and federated learning', fr: 'IoT en périphérie et apprentissage fédéré' },
    summary: {
      en: 'Inference on the production line’s edge devices, store and forward through a fog gateway, federated learning with secure aggregation, serverless ingestion and fleet API in the cloud.',
      fr: 'L’inférence sur les équipements de la ligne de production, le stockage et la retransmission par une passerelle fog, l’apprentissage fédéré avec agrégation sécurisée, l’ingestion et l’API de flotte sans serveur dans le cloud.',
    },
    useCases: [{ en: 'Module 1 workshop: edge IoT', fr: 'Atelier du module 1 : IoT de périphérie' }],
  },
  {
    id: 'fraud-detection', file: fraudDetection, fr: fraudDetectionFr, modules: [3, 4],
    name: { en: 'Real-time fraud detection', fr: 'Détection de fraude en temps réel' },
    summary: {
      en: 'Card payments scored within 150 ms on AWS, after the IA007 notes: SageMaker endpoint in blue/green over three zones, Route 53 health checks, streaming velocity features, Model Monitor drift alarms, Spot training.',
      fr: 'Le scoring des paiements par carte en moins de 150 ms sur AWS, d’après les notes du cours IA007 : point de terminaison SageMaker en bleu-vert sur trois zones, contrôles de santé Route 53, caractéristiques de vélocité en flux, alertes de dérive de Model Monitor, entraînement sur instances Spot.',
    },
    useCases: [
      { en: 'Module 3: high availability and cost', fr: 'Module 3 : haute disponibilité et coûts' },
      { en: 'Module 4: blue-green deployment', fr: 'Module 4 : déploiement bleu-vert' },
    ],
  },
  {
    id: 'ml-data-pipeline', file: mlDataPipeline, fr: mlDataPipelineFr, modules: [2],
    name: { en: 'ML data pipeline (Lambda)', fr: 'Chaîne de données ML (Lambda)' },
    summary: {
      en: 'Lambda architecture with Kafka: a Flink speed layer and a Spark batch layer over an Iceberg lakehouse write the same features online and offline; DVC-versioned training sets, data quality gates and drift monitoring.',
      fr: 'Architecture Lambda avec Kafka : une couche de vitesse Flink et une couche batch Spark sur un lakehouse Iceberg écrivent les mêmes caractéristiques en ligne et hors ligne ; jeux d’entraînement versionnés avec DVC, contrôles de qualité des données et surveillance de la dérive.',
    },
    useCases: [{ en: 'Module 2 workshop: designing an ML data pipeline', fr: 'Atelier du module 2 : conception d’une chaîne de données ML' }],
  },
  {
    id: 'multi-model-serving', file: multiModelServing, fr: multiModelServingFr, modules: [4],
    name: { en: 'Multi-model serving', fr: 'Déploiement multimodèle' },
    summary: {
      en: 'Five model deployments behind one inference graph: a CPU-to-GPU cascade, an A/B test of two large-model variants with outcome metrics, a canary of the vision model with automated analysis, a prediction cache.',
      fr: 'Cinq déploiements de modèles derrière un même graphe d’inférence : une cascade du CPU vers le GPU, un test A/B de deux variantes du grand modèle avec métriques de résultat, un canari du modèle de vision avec analyse automatique, un cache de prédictions.',
    },
    useCases: [{ en: 'Module 4 workshop: designing a model serving architecture', fr: 'Atelier du module 4 : conception d’une architecture de distribution' }],
  },
  {
    id: 'rag-llm-serving', file: ragLlmServing, fr: ragLlmServingFr, modules: [4, 7],
    name: { en: 'LLM with retrieval-augmented generation (RAG)', fr: 'LLM et génération augmentée par récupération (RAG)' },
    summary: {
      en: 'An enterprise assistant on Azure: synchronous retrieval (embedding model, hybrid vector index), asynchronous generation on a self-hosted LLM behind a queue, answers streamed over WebSocket, a candidate LLM evaluated in shadow mode.',
      fr: 'Un assistant d’entreprise sur Azure : recherche synchrone (modèle d’embeddings, index vectoriel hybride), génération asynchrone sur un LLM auto-hébergé derrière une file, réponses diffusées par WebSocket, un LLM candidat évalué en mode fantôme.',
    },
    useCases: [
      { en: 'Module 4: synchronous and asynchronous serving', fr: 'Module 4 : distribution synchrone et asynchrone' },
      { en: 'Module 7: asynchronous processing and backpressure', fr: 'Module 7 : traitement asynchrone et contre-pression' },
    ],
  },
  {
    id: 'zero-trust-inference', file: zeroTrustInference, fr: zeroTrustInferenceFr, modules: [6],
    name: { en: 'Zero-trust inference', fr: 'Inférence zéro confiance' },
    summary: {
      en: 'Medical imaging triage for several hospitals on Google Cloud: mutual TLS everywhere, enforcement points that consult Open Policy Agent, per-hospital keys for silo storage, per-tenant rate limits, immutable audit.',
      fr: 'Le tri des examens d’imagerie médicale pour plusieurs hôpitaux sur Google Cloud : TLS mutuel partout, des points d’application qui consultent Open Policy Agent, des clés par hôpital pour le stockage en silo, des limites de débit par locataire, un audit immuable.',
    },
    useCases: [{ en: 'Module 6 workshop: designing a secure architecture', fr: 'Atelier du module 6 : conception d’une architecture sécurisée' }],
  },
  {
    id: 'multi-region-platform', file: multiRegionPlatform, fr: multiRegionPlatformFr, modules: [3, 8],
    name: { en: 'Cloud-native multi-region platform', fr: 'Plateforme cloud native multirégion' },
    summary: {
      en: 'Active-active serving from two AWS regions: Route 53 latency routing, EKS with Istio, a DynamoDB global table and mirrored Kafka, replicated model buckets, Terraform and Argo CD GitOps.',
      fr: 'Un service actif-actif depuis deux régions AWS : routage Route 53 selon la latence, EKS avec Istio, table globale DynamoDB et Kafka en miroir, compartiments de modèles répliqués, Terraform et GitOps avec Argo CD.',
    },
    useCases: [{ en: 'Module 8 workshop: a complete cloud-native architecture', fr: 'Atelier du module 8 : conception d’une architecture cloud native complète' }],
  },
];

/** The patterns a design file declares, read without parsing the whole file (the tests check it parses). */
function declaredPatterns(file: unknown): PatternId[] {
  const design = (file as { design?: { patterns?: unknown } }).design;
  const patterns: unknown[] = Array.isArray(design?.patterns) ? design.patterns : [];
  return patterns.filter((p): p is PatternId => (PATTERNS as readonly unknown[]).includes(p));
}

/** The templates, in gallery order. */
export const TEMPLATES: readonly TemplateInfo[] = ENTRIES.map(({ file, fr: _fr, ...info }) => ({ ...info, patterns: declaredPatterns(file) }));

/** The design file of a template as it is stored (raw JSON, not yet checked), if there is one. */
export function templateFile(id: string): unknown {
  return ENTRIES.find((e) => e.id === id)?.file;
}

/**
 * The stored translation file of a template's texts into `language` (raw JSON, not yet checked),
 * if there is one; English is the design file's own language, so there is none for it.
 */
export function templateTranslationFile(id: string, language: Language): unknown {
  return language === 'fr' ? ENTRIES.find((e) => e.id === id)?.fr : undefined;
}

/** The template of this id, if there is one. */
export function getTemplate(id: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export interface TemplateDesignOptions {
  /** Validate without zod's compiled validators (the browser's Content-Security-Policy). */
  readonly jitless?: boolean;
}

/** A template's translation, checked; throws for a file that does not load (a bug the tests catch). */
function translationOf(entry: Entry, language: Language, jitless: boolean): DesignTranslation | undefined {
  const file = templateTranslationFile(entry.id, language);
  if (file === undefined) return undefined;
  const result = designTranslationSchema.safeParse(file, { jitless });
  if (!result.success) throw new Error(`template ${entry.id}: its ${language} texts do not load: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/**
 * A fresh design from a template: parsed from its file (a new object on every call), with the id
 * `newId` (or `newId('design')` when given a function making ids from a prefix), the template's
 * name in `language`, and in French the texts of its translation file (description, labels,
 * descriptions and technologies, decision records). Throws for an unknown id or a file that does
 * not load, both bugs that the tests catch.
 */
export function templateDesign(
  id: string,
  language: Language,
  newId: string | ((prefix: string) => string),
  options: TemplateDesignOptions = {},
): Design {
  const entry = ENTRIES.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no template ${id}`);
  const result = parseDesign(entry.file, { jitless: options.jitless === true });
  if (!result.ok) throw new Error(`template ${id} does not load: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const design: Design = { ...result.design, id: typeof newId === 'string' ? newId : newId('design'), name: entry.name[language] };
  const translation = translationOf(entry, language, options.jitless === true);
  return translation === undefined ? design : applyTranslation(design, translation);
}
