import type { Role } from '../../catalog/vocabulary';
import { defineRule } from '../defineRule';
import { setEdgeProps } from '../fixCommands';
import type { RawFinding } from '../types';
import { inflows } from './flow';

/** Stores that hold training datasets, whose versions can be pinned. */
const DATASET_ROLES: readonly Role[] = ['table', 'object-store', 'warehouse', 'db', 'feature-store-offline', 'data-versioning'];

/** Training reads an immutable, pinned version of its data, never “latest”. */
export const pinnedDataVersion = defineRule({
  id: 'data/pinned-data-version',
  category: 'data',
  severity: 'warning',
  module: 2,
  scope: 'node',
  title: { en: 'Training reads a pinned data version', fr: 'L’entraînement lit une version figée des données' },
  why: {
    en: 'A model can only be reproduced, audited or compared if the exact data it was trained on can be read again. Reading the latest state of a mutable table trains each run on different data. Pin an immutable version on the connection: a DVC hash, a Delta Lake version or timestamp, an Iceberg snapshot or tag; record it in the model registry, and protect pinned versions from VACUUM and expire_snapshots. A connection from the training job counts as a read when its access is not stated. [S5][S3][S6]',
    fr: 'Un modèle ne peut être reproduit, audité ou comparé que si les données exactes de son entraînement peuvent être relues. Lire l’état le plus récent d’une table modifiable entraîne chaque exécution sur des données différentes. Figez une version immuable sur la connexion : une empreinte DVC, une version ou un horodatage Delta Lake, un instantané ou une étiquette Iceberg ; enregistrez-la dans le registre de modèles, et protégez les versions figées de VACUUM et d’expire_snapshots. Une connexion partant de l’entraînement compte comme une lecture si son accès n’est pas précisé. [S5][S3][S6]',
  },
  fix: {
    en: 'Read a pinned version (DVC hash, Delta version, Iceberg snapshot) and record it with the model.',
    fr: 'Lisez une version figée (empreinte DVC, version Delta, instantané Iceberg) et enregistrez-la avec le modèle.',
  },
  source: 'DOMAIN.md §1 Data architectures, Data versioning [S5][S3][S6]',
  messages: {
    default: {
      en: '{training} trains on {store} without a pinned data version.',
      fr: '{training} s’entraîne sur {store} sans version figée des données.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const training of context.scopeNodes('training')) {
      for (const f of inflows(context, training.id)) {
        if (context.edgeProp(f.edge, 'pinnedVersion') === true || !context.is(context.node(f.from), ...DATASET_ROLES)) continue;
        const e = f.edge;
        findings.push({
          params: { training: training.label, store: context.label(f.from) },
          nodes: [f.from, training.id],
          edges: [e.id],
          fix: {
            label: { en: 'Pin the data version', fr: 'Figer la version des données' },
            command: () => setEdgeProps(e, { pinnedVersion: true }),
          },
        });
      }
    }
    return findings;
  },
});
