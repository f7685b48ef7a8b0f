import type { Role } from '../../catalog/vocabulary';
import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';
import type { RawFinding } from '../types';
import { outflows, unique } from './flow';

/** Who reads data for machine learning or business intelligence. */
const ML_BI_ROLES: readonly Role[] = [
  'training', 'model-server', 'batch-job', 'feature-store-offline', 'labelling',
  'warehouse', 'dashboards', 'client', 'service', 'function',
];

/** Tables and lakes that ML and BI read are in an ACID table format, not plain files. */
export const lakehouseTableFormat = defineRule<'one'>({
  id: 'data/lakehouse-table-format',
  category: 'data',
  severity: 'error',
  module: 2,
  scope: 'node',
  patterns: ['lakehouse'],
  title: { en: 'ACID table format for data that ML and BI read', fr: 'Format de table ACID pour les données lues par le ML et la BI' },
  why: {
    en: 'A lakehouse is tables on object storage with a transaction log (Delta Lake, Apache Iceberg, Apache Hudi): readers see only whole commits, concurrent writers do not corrupt each other, and every version stays readable (time travel) for reproducible training and audits. Over plain files, a job or a dashboard can read a half-written partition, two writers can lose data, and no version can be pinned. Consumers counted here: training jobs, batch jobs, model servers, offline feature stores, labelling, warehouses, dashboards, services, functions and clients. [S3][S4]',
    fr: 'Un lakehouse, ce sont des tables sur stockage objet dotées d’un journal de transactions (Delta Lake, Apache Iceberg, Apache Hudi) : les lecteurs ne voient que des transactions entièrement validées, des écritures concurrentes ne se corrompent pas mutuellement, et chaque version reste lisible (voyage dans le temps) pour des entraînements et des audits reproductibles. Sur des fichiers bruts, un traitement ou un tableau de bord peut lire une partition à moitié écrite, deux écritures simultanées peuvent perdre des données, et aucune version ne peut être figée. Consommateurs pris en compte : entraînements, traitements par lots, serveurs de modèles, magasins de caractéristiques hors ligne, annotation, entrepôts de données, tableaux de bord, services, fonctions et clients. [S3][S4]',
  },
  fix: {
    en: 'Store the table in Delta Lake, Iceberg or Hudi format.',
    fr: 'Stockez la table au format Delta Lake, Iceberg ou Hudi.',
  },
  source: 'DOMAIN.md §1 Data architectures, Lakehouse / medallion [S3][S4]',
  messages: {
    default: {
      en: '{table} holds plain files without an ACID table format, yet {count} ML or BI consumers read it, among them {reader}.',
      fr: '{table} contient des fichiers bruts sans format de table ACID, alors que {count} consommateurs ML ou BI les lisent, dont {reader}.',
    },
    one: {
      en: '{table} holds plain files without an ACID table format, yet {reader} reads it for ML or BI.',
      fr: '{table} contient des fichiers bruts sans format de table ACID, alors que {reader} les lit pour du ML ou de la BI.',
    },
  },
  check(context) {
    const findings: RawFinding<'one' | 'default'>[] = [];
    for (const table of context.nodes) {
      if (!context.is(table, 'table', 'object-store') || !context.hasProp(table, 'tableFormat')) continue;
      if (context.text(table, 'tableFormat') !== 'none') continue;
      const reads = outflows(context, table.id).filter((f) => context.is(context.node(f.to), ...ML_BI_ROLES));
      const readers = unique(reads.map((f) => f.to));
      if (readers.length === 0) continue;
      findings.push({
        message: readers.length === 1 ? 'one' : 'default',
        params: { table: table.label, reader: context.label(readers[0]!), count: readers.length },
        nodes: [table.id, ...readers],
        edges: unique(reads.map((f) => f.edge.id)),
        fix: {
          label: { en: 'Use the Delta Lake format', fr: 'Utiliser le format Delta Lake' },
          command: () => setNodeProps(table, { tableFormat: 'delta' }),
        },
      });
    }
    return findings;
  },
});
