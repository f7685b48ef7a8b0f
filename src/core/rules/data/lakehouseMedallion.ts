import type { DesignEdge, DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import type { Localized, RawFinding } from '../types';
import { inflows } from './flow';

const LAYERS = ['bronze', 'silver', 'gold'] as const;
type Layer = (typeof LAYERS)[number];

const LAYER_NAMES: Readonly<Record<Layer, Localized>> = {
  bronze: { en: 'bronze', fr: 'bronze' },
  silver: { en: 'silver', fr: 'argent' },
  gold: { en: 'gold', fr: 'or' },
};

function layerOf(context: RuleContext, node: DesignNode): Layer | undefined {
  if (!context.is(node, 'table')) return undefined;
  const layer = context.text(node, 'medallionLayer');
  return LAYERS.find((l) => l === layer);
}

/** What a table is built from: the data sources one hop back, through the job that writes it. */
interface Input {
  readonly node: string;
  readonly via?: string;
  readonly edges: readonly DesignEdge[];
}

function inputsOf(context: RuleContext, table: DesignNode): Input[] {
  const inputs: Input[] = [];
  for (const f of inflows(context, table.id)) {
    const writer = context.node(f.from)!;
    if (context.is(writer, 'orchestrator')) continue;
    if (!context.is(writer, 'batch-job', 'stream-job')) {
      inputs.push({ node: writer.id, edges: [f.edge] });
      continue;
    }
    for (const g of inflows(context, writer.id)) {
      if (g.from === table.id) continue;
      const source = context.node(g.from)!;
      if (!context.isStore(source) && !context.isExternal(source) && !context.is(source, 'cdc')) continue;
      inputs.push({ node: source.id, via: writer.id, edges: [g.edge, f.edge] });
    }
  }
  return inputs;
}

/** Silver tables are built from bronze ones, gold tables from silver ones: no layer skipped. */
export const lakehouseMedallion = defineRule({
  id: 'data/lakehouse-medallion',
  category: 'data',
  severity: 'warning',
  module: 2,
  scope: 'node',
  patterns: ['lakehouse'],
  title: { en: 'Medallion layers built in order', fr: 'Couches médaillon construites dans l’ordre' },
  why: {
    en: 'Bronze keeps the raw data as it arrived, append-only; silver cleans, deduplicates and conforms it; gold aggregates silver for consumers. A silver or gold table built straight from a source skips that chain: its data cannot be rebuilt from bronze after a bug, cleaning rules get duplicated, and lineage stops at the source. A table may be built from tables of its own layer. A table of a later layer found upstream of a job is taken as one of the job’s outputs, since a connection whose access is not stated counts as both read and write. [S3][S4]',
    fr: 'La couche bronze conserve les données brutes telles qu’elles sont arrivées, en ajout seul ; la couche argent les nettoie, les dédoublonne et les harmonise ; la couche or agrège les données argent pour les consommateurs. Une table argent ou or construite directement depuis une source court-circuite cette chaîne : ses données ne peuvent pas être reconstruites depuis le bronze après une erreur, les règles de nettoyage sont dupliquées, et le lignage s’arrête à la source. Une table peut être construite à partir de tables de sa propre couche. Une table d’une couche ultérieure trouvée en amont d’un traitement est considérée comme l’une de ses sorties, car une connexion dont l’accès n’est pas précisé compte à la fois comme lecture et comme écriture. [S3][S4]',
  },
  fix: {
    en: 'Land the source in a bronze table first, build silver from bronze and gold from silver.',
    fr: 'Déposez d’abord la source dans une table bronze, puis construisez la couche argent depuis le bronze et la couche or depuis l’argent.',
  },
  source: 'DOMAIN.md §1 Data architectures, Lakehouse / medallion [S3][S4]',
  messages: {
    default: {
      en: '{table}, a {layer} table, is built from {input}, which is not a {previous} table: it skips a layer.',
      fr: '{table}, table de la couche {layer}, est construite à partir de {input}, qui n’est pas une table de la couche {previous} : elle saute une couche.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const table of context.nodes) {
      const layer = layerOf(context, table);
      if (layer === undefined || layer === 'bronze') continue;
      const rank = LAYERS.indexOf(layer);
      const previous = LAYERS[rank - 1]!;
      const seen = new Set<string>();
      for (const input of inputsOf(context, table)) {
        if (seen.has(input.node)) continue;
        seen.add(input.node);
        const from = layerOf(context, context.node(input.node)!);
        if (from !== undefined && LAYERS.indexOf(from) >= rank - 1) continue;
        findings.push({
          params: { table: table.label, layer: LAYER_NAMES[layer], input: context.label(input.node), previous: LAYER_NAMES[previous] },
          nodes: input.via === undefined ? [table.id, input.node] : [table.id, input.via, input.node],
          edges: input.edges.map((e) => e.id),
        });
      }
    }
    return findings;
  },
});
