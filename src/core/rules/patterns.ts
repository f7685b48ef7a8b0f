import type { PatternId } from '../model/vocabulary';
import type { RuleContext } from './context';
import type { Localized } from './types';

/** A target pattern a design may declare: its name, what it is, and how to spot it in a design. */
export interface PatternInfo {
  readonly id: PatternId;
  readonly name: Localized;
  readonly summary: Localized;
  /** The IA007 module that teaches it. */
  readonly module: number;
  /** Whether the design looks like this pattern (the engine then suggests declaring it). */
  readonly recognize: (context: RuleContext) => boolean;
}

const fact = (context: RuleContext, key: string, value: string) => context.nodes.some((n) => context.own(n, key) === value);

export const PATTERN_INFO: Readonly<Record<PatternId, PatternInfo>> = {
  lambda: {
    id: 'lambda', module: 2,
    name: { en: 'Lambda architecture', fr: 'Architecture Lambda' },
    summary: { en: 'A batch layer recomputing views from the master dataset, a speed layer for recent data, and a serving layer merging both.', fr: 'Une couche batch qui recalcule les vues depuis le jeu de données maître, une couche de vitesse pour les données récentes, et une couche de service qui fusionne les deux.' },
    recognize: (c) => c.withRole('batch-job').some((n) => !c.is(n, 'training')) && c.withRole('stream-job').length > 0 && c.withRole('stream-log').length > 0,
  },
  kappa: {
    id: 'kappa', module: 2,
    name: { en: 'Kappa architecture', fr: 'Architecture Kappa' },
    summary: { en: 'One replayable log as the source of truth; every view is computed by stream jobs, and reprocessing replays the log.', fr: 'Un journal rejouable comme source de vérité ; toutes les vues sont calculées par des traitements de flux, et le retraitement rejoue le journal.' },
    recognize: (c) => c.withRole('stream-log').length > 0 && c.withRole('stream-job').length > 0 && c.nodes.every((n) => !c.is(n, 'batch-job') || c.is(n, 'training')),
  },
  lakehouse: {
    id: 'lakehouse', module: 2,
    name: { en: 'Lakehouse (medallion)', fr: 'Lakehouse (médaillon)' },
    summary: { en: 'ACID tables on object storage, in bronze, silver and gold layers.', fr: 'Des tables ACID sur stockage objet, organisées en couches bronze, argent et or.' },
    recognize: (c) => c.withRole('table').length >= 2,
  },
  'event-sourcing-cqrs': {
    id: 'event-sourcing-cqrs', module: 1,
    name: { en: 'Event sourcing and CQRS', fr: 'Historisation des événements et CQRS' },
    summary: { en: 'Writers append events to an event store; read models are projected from the events and answer queries.', fr: 'Les écrivains ajoutent des événements à un magasin d’événements ; des modèles de lecture projetés depuis ces événements répondent aux requêtes.' },
    recognize: (c) => c.withRole('event-store').length > 0 || c.withRole('read-model').length > 0,
  },
  'microservice-resilience': {
    id: 'microservice-resilience', module: 1,
    name: { en: 'Resilient microservices', fr: 'Microservices résilients' },
    summary: { en: 'Services found by name, calls guarded by timeouts, bounded retries, circuit breakers and bulkheads.', fr: 'Des services trouvés par leur nom, des appels protégés par des délais d’expiration, des relances bornées, des disjoncteurs et des cloisons.' },
    recognize: (c) => c.edges.filter((e) => c.isSync(e) && c.is(c.source(e), 'service') && c.is(c.target(e), 'service')).length >= 2,
  },
  serverless: {
    id: 'serverless', module: 1,
    name: { en: 'Serverless', fr: 'Sans serveur' },
    summary: { en: 'Event-triggered stateless functions scaled per request.', fr: 'Des fonctions sans état, déclenchées par des événements et mises à l’échelle à chaque requête.' },
    recognize: (c) => c.withRole('function').length > 0,
  },
  'edge-federated': {
    id: 'edge-federated', module: 1,
    name: { en: 'Edge computing and federated learning', fr: 'Informatique en périphérie et apprentissage fédéré' },
    summary: { en: 'Inference near the sources, on devices and fog nodes; models trained locally and aggregated centrally, without sending raw data.', fr: 'L’inférence près des sources, sur les appareils et les nœuds fog ; des modèles entraînés localement et agrégés au centre, sans envoi des données brutes.' },
    recognize: (c) => c.withRole('fl-aggregator').length > 0 || (c.withRole('edge-device').length > 0 && c.withRole('fog-node').length > 0),
  },
  'zero-trust': {
    id: 'zero-trust', module: 6,
    name: { en: 'Zero trust', fr: 'Zéro confiance' },
    summary: { en: 'Every call authenticated and encrypted; policy enforced in the data path by a PEP that consults a PDP (NIST SP 800-207).', fr: 'Chaque appel authentifié et chiffré ; la politique appliquée sur le chemin des données par un PEP qui consulte un PDP (NIST SP 800-207).' },
    recognize: (c) => c.withRole('pdp').length > 0,
  },
  'high-availability': {
    id: 'high-availability', module: 3,
    name: { en: 'High availability', fr: 'Haute disponibilité' },
    summary: { en: 'Replicas over two or more zones on every critical-path component, replicated stores, automatic failover.', fr: 'Des réplicas sur deux zones ou plus pour chaque composant du chemin critique, des stockages répliqués, une bascule automatique.' },
    recognize: (c) => c.design.workload.availabilityTargetPct >= 99.95 && c.critical.size > 0,
  },
  'multi-region-dr': {
    id: 'multi-region-dr', module: 8,
    name: { en: 'Multi-region disaster recovery', fr: 'Reprise après sinistre multirégion' },
    summary: { en: 'A second region with replicated data and a failover route (pilot light, warm standby or active-active).', fr: 'Une seconde région avec des données répliquées et un routage de bascule (veilleuse, veille active ou actif-actif).' },
    recognize: (c) => c.groups.filter((g) => g.kind === 'region').length >= 2,
  },
  canary: {
    id: 'canary', module: 4,
    name: { en: 'Canary release', fr: 'Déploiement canari' },
    summary: { en: 'Stable and canary versions behind a weighted router, with weights raised in steps and automated metric analysis.', fr: 'Versions stable et canari derrière un routeur pondéré, avec des poids augmentés par paliers et une analyse automatique des métriques.' },
    recognize: (c) => fact(c, 'releaseRole', 'canary'),
  },
  'blue-green': {
    id: 'blue-green', module: 4,
    name: { en: 'Blue-green release', fr: 'Déploiement bleu-vert' },
    summary: { en: 'Two full environments behind one switchable router; the switch is atomic and the old environment is kept for rollback.', fr: 'Deux environnements complets derrière un routeur commutable ; la bascule est atomique et l’ancien environnement est gardé pour revenir en arrière.' },
    recognize: (c) => fact(c, 'releaseRole', 'blue') || fact(c, 'releaseRole', 'green'),
  },
  shadow: {
    id: 'shadow', module: 4,
    name: { en: 'Shadow release', fr: 'Déploiement fantôme' },
    summary: { en: 'Live traffic mirrored to the new version, its responses discarded and its writes disabled.', fr: 'Le trafic réel est copié vers la nouvelle version, ses réponses sont ignorées et ses écritures désactivées.' },
    recognize: (c) => fact(c, 'releaseRole', 'shadow'),
  },
  'ab-testing': {
    id: 'ab-testing', module: 4,
    name: { en: 'A/B testing', fr: 'Tests A/B' },
    summary: { en: 'A router assigns each user to one variant (sticky) and outcome metrics are captured per variant.', fr: 'Un routeur affecte chaque utilisateur à une variante, toujours la même, et les métriques de résultat sont mesurées par variante.' },
    recognize: (c) => fact(c, 'releaseRole', 'variant-a') || fact(c, 'releaseRole', 'variant-b'),
  },
  'multi-tenancy': {
    id: 'multi-tenancy', module: 6,
    name: { en: 'Multi-tenancy', fr: 'Architecture multilocataire' },
    summary: { en: 'Silo, pool or bridge isolation per layer, tenant context from the identity, per-tenant limits.', fr: 'Isolation en silo, mutualisée ou en pont à chaque couche, contexte du locataire tiré de l’identité, limites par locataire.' },
    recognize: (c) => c.nodes.some((n) => c.own(n, 'tenancy') === 'silo' || c.own(n, 'tenancy') === 'bridge'),
  },
};
