import type { PropertyDef } from './schema';

/**
 * Architecture facts: properties any component or connection may carry, whatever its type,
 * because the rules need them (which version a release is, what data flows on an edge).
 * The inspector shows them under "Architecture facts"; unset means "not stated".
 */

export const NODE_FACTS: readonly PropertyDef[] = [
  {
    kind: 'enum', key: 'releaseRole', default: 'none',
    label: { en: 'Release role', fr: 'Rôle dans la mise en production' },
    help: { en: 'Which version this is in a canary, blue-green, shadow or A/B release', fr: 'Quelle version c’est dans un déploiement canari, bleu-vert, fantôme ou A/B' },
    options: [
      { value: 'none', label: { en: 'Not stated', fr: 'Non précisé' } },
      { value: 'stable', label: { en: 'Stable', fr: 'Stable' } },
      { value: 'canary', label: { en: 'Canary', fr: 'Canari' } },
      { value: 'blue', label: { en: 'Blue environment', fr: 'Environnement bleu' } },
      { value: 'green', label: { en: 'Green environment', fr: 'Environnement vert' } },
      { value: 'shadow', label: { en: 'Shadow', fr: 'Fantôme' } },
      { value: 'variant-a', label: { en: 'Variant A', fr: 'Variante A' } },
      { value: 'variant-b', label: { en: 'Variant B', fr: 'Variante B' } },
    ],
  },
  {
    kind: 'enum', key: 'dataClass', default: 'internal',
    label: { en: 'Data classification', fr: 'Classification des données' },
    help: { en: 'The most sensitive data this component handles', fr: 'Les données les plus sensibles que traite ce composant' },
    options: [
      { value: 'public', label: { en: 'Public', fr: 'Publique' } },
      { value: 'internal', label: { en: 'Internal', fr: 'Interne' } },
      { value: 'confidential', label: { en: 'Confidential', fr: 'Confidentielle' } },
      { value: 'restricted', label: { en: 'Restricted (personal, health, payment)', fr: 'Restreinte (personnelle, santé, paiement)' } },
    ],
  },
];

export const EDGE_FACTS: readonly PropertyDef[] = [
  {
    kind: 'enum', key: 'access', default: 'read-write',
    label: { en: 'Data access', fr: 'Accès aux données' },
    help: { en: 'Whether the caller reads, writes or both', fr: 'Si l’appelant lit, écrit ou les deux' },
    options: [
      { value: 'read', label: { en: 'Reads', fr: 'Lecture' } },
      { value: 'write', label: { en: 'Writes', fr: 'Écriture' } },
      { value: 'read-write', label: { en: 'Reads and writes', fr: 'Lecture et écriture' } },
    ],
  },
  {
    kind: 'enum', key: 'carries', default: 'requests',
    label: { en: 'Carries', fr: 'Transporte' },
    options: [
      { value: 'requests', label: { en: 'Requests', fr: 'Des requêtes' } },
      { value: 'raw-data', label: { en: 'Raw data', fr: 'Des données brutes' } },
      { value: 'summaries', label: { en: 'Summaries or features', fr: 'Des résumés ou caractéristiques' } },
      { value: 'model-updates', label: { en: 'Model updates', fr: 'Des mises à jour de modèle' } },
      { value: 'models', label: { en: 'Models', fr: 'Des modèles' } },
      { value: 'telemetry', label: { en: 'Telemetry', fr: 'De la télémétrie' } },
      { value: 'mirrored-traffic', label: { en: 'Mirrored traffic (shadow)', fr: 'Du trafic copié (fantôme)' } },
    ],
  },
  {
    kind: 'boolean', key: 'pinnedVersion', default: false,
    label: { en: 'Reads a pinned data version', fr: 'Lit une version figée des données' },
    help: { en: 'A DVC hash, Delta version or Iceberg snapshot, not “latest”', fr: 'Un hash DVC, une version Delta ou un instantané Iceberg, pas « la dernière »' },
  },
  {
    kind: 'boolean', key: 'idempotent', default: false,
    label: { en: 'Idempotent calls', fr: 'Appels idempotents' },
    help: { en: 'Safe to retry: an idempotency key or a read', fr: 'Peut être rejoué sans risque : clé d’idempotence ou lecture' },
  },
  {
    kind: 'boolean', key: 'crossRegion', default: false,
    label: { en: 'Crosses regions', fr: 'Traverse des régions' },
    help: { en: 'Also deduced from region groups', fr: 'Aussi déduit des groupes de région' },
  },
];
