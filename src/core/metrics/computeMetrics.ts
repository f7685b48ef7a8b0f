import type { Localized } from '../catalog/schema';
import type { Design } from '../model/types';
import type { Currency, PricingModel, Provider } from '../model/vocabulary';
import { computeAvailability, type EntryAvailability, type NodeAvailability } from './availability';
import { NETWORK_RTT } from './coefficients';
import { costDesign, type CostResult, type NodeCost } from './cost';
import { MetricsGraph } from './graph';
import { latencyBudget, type LatencyResult } from './latency';
import { propagateLoad, type LoadSource, type NodeLoad } from './loadPropagation';
import { sizeNodes, type NodeSizing, type SizingOptions } from './sizing';

/**
 * All the metrics of a design (issue 6): load, sizing, latency budget, availability and cost, in
 * one pure, deterministic call, with the assumptions they rest on. Every number is a Figure that
 * unfolds into its formula, inputs and sources. O(nodes + edges), plus, for availability, the
 * components each entry point reaches.
 */

export interface Assumption {
  /** A stable key (`peak-all-month`), for tests and for a UI that wants its own wording. */
  readonly id: string;
  readonly text: Localized;
  /** The components or connections it is about, when it is about some. */
  readonly elements?: readonly string[];
}

export interface WorkloadSummary {
  readonly peakRps: number;
  readonly payloadKb: number;
  readonly latencySloMs: number;
  readonly availabilityTargetPct: number;
  readonly provider?: Provider;
  readonly region: string;
  readonly pricing: PricingModel;
  readonly headroomPct: number;
  readonly currency: Currency;
  /** Where load enters the design, and at what rate. */
  readonly sources: readonly LoadSource[];
}

export interface NodeMetrics {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly load: NodeLoad;
  readonly sizing: NodeSizing;
  readonly availability?: NodeAvailability;
  readonly cost: NodeCost;
}

export interface EdgeLoad {
  readonly id: string;
  /** What the connection carries at peak, per second. */
  readonly rate: number;
}

export interface DesignMetrics {
  readonly workload: WorkloadSummary;
  /** One per component, in design order. */
  readonly nodes: readonly NodeMetrics[];
  /** One per connection, in design order. */
  readonly edges: readonly EdgeLoad[];
  readonly latency: LatencyResult;
  /** One per entry point, in design order. */
  readonly availability: readonly EntryAvailability[];
  /** Totals, pricing models and every cost line; each component's own cost is in `nodes[].cost`. */
  readonly cost: Omit<CostResult, 'nodes'>;
  /** Components whose configured capacity is below their load. */
  readonly overCapacity: readonly string[];
  readonly assumptions: readonly Assumption[];
}

export type MetricsOptions = SizingOptions;

const fmt = (value: number, language: 'en' | 'fr') => value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 4 });

let standing: readonly Assumption[] | undefined;

/** What every computation assumes, whatever the design (built once). */
function standingAssumptions(): Assumption[] {
  standing ??= buildStandingAssumptions();
  return [...standing];
}

function buildStandingAssumptions(): Assumption[] {
  const rtt = (language: 'en' | 'fr') =>
    `${fmt(NETWORK_RTT['same-zone'].value, language)} / ${fmt(NETWORK_RTT['cross-zone'].value, language)} / ${fmt(NETWORK_RTT['cross-region'].value, language)}`;
  return [
    {
      id: 'peak-all-month',
      text: {
        en: 'Rates are peaks: monthly request counts and per-request prices take the peak rate around the clock, an upper bound.',
        fr: 'Les débits sont des pics : le nombre de requêtes du mois et les prix à la requête prennent le débit de pointe jour et nuit, une borne haute.',
      },
    },
    {
      id: 'payload',
      text: {
        en: 'Every message carries the workload’s mean payload; units are decimal (1 KB = 1,000 bytes, 1 GB = 10⁹ bytes).',
        fr: 'Chaque message porte la charge utile moyenne de la charge de travail ; les unités sont décimales (1 Ko = 1 000 octets, 1 Go = 10⁹ octets).',
      },
    },
    {
      id: 'independent-failures',
      text: {
        en: 'Availability assumes independent failures, so it is optimistic: a zone outage or a shared control plane takes several components down at once. Replicas count as redundant once per zone.',
        fr: 'La disponibilité suppose des pannes indépendantes, elle est donc optimiste : la perte d’une zone ou d’un plan de contrôle partagé arrête plusieurs composants à la fois. Les réplicas ne comptent comme redondants qu’une fois par zone.',
      },
    },
    {
      id: 'latency-worst-case',
      text: {
        en: 'The p99 latency adds the p99 of every hop: a worst case, since slow hops rarely coincide. Calls from one component run in parallel; the client’s own network is not counted; queueing is the batching delay, an upper bound.',
        fr: 'La latence p99 additionne le p99 de chaque saut : un pire cas, car les sauts lents coïncident rarement. Les appels d’un même composant sont parallèles ; le réseau du client n’est pas compté ; l’attente est le délai de mise en lots, une borne haute.',
      },
    },
    {
      id: 'network-defaults',
      text: {
        en: `Network round trips within a zone, across zones and across regions: ${rtt('en')} ms, estimates to replace with measurements.`,
        fr: `Allers-retours réseau dans une zone, entre zones et entre régions : ${rtt('fr')} ms, des estimations à remplacer par des mesures.`,
      },
    },
    {
      id: 'discounts',
      text: {
        en: 'Spot and commitment discounts are typical values, not the providers’ “up to” ceilings, and apply to instance-hours only; managed services, storage and requests stay at list price.',
        fr: 'Les remises spot et d’engagement sont des valeurs typiques, pas les plafonds « jusqu’à » des fournisseurs, et ne s’appliquent qu’aux heures d’instance ; services managés, stockage et requêtes restent au prix catalogue.',
      },
    },
    {
      id: 'storage',
      text: {
        en: 'Stored data is counted uncompressed and without overhead unless stated; caches’ storage is memory and is not priced as disk.',
        fr: 'Les données stockées sont comptées sans compression ni surcoût sauf indication contraire ; le stockage des caches est de la mémoire et n’est pas facturé comme disque.',
      },
    },
    {
      id: 'not-priced',
      text: {
        en: 'Not priced: serverless compute time (only invocations), data transfer, support plans and taxes.',
        fr: 'Non facturés : le temps de calcul serverless (seulement les invocations), les transferts de données, le support et les taxes.',
      },
    },
    {
      id: 'retries',
      text: {
        en: 'Retries add no load in steady state; under failure they multiply it.',
        fr: 'Les relances n’ajoutent pas de charge en régime normal ; en cas de panne, elles la multiplient.',
      },
    },
  ];
}

export function computeMetrics(design: Design, options: MetricsOptions = {}): DesignMetrics {
  const graph = new MetricsGraph(design);
  const load = propagateLoad(graph);
  const sizing = sizeNodes(graph, load, options);
  const availability = computeAvailability(graph, sizing);
  const latency = latencyBudget(graph);
  const cost = costDesign(graph, load, sizing);
  const { workload } = design;

  const nodes: NodeMetrics[] = new Array<NodeMetrics>(design.nodes.length);
  for (let i = 0; i < design.nodes.length; i += 1) {
    const node = design.nodes[i]!;
    const own = availability.nodes[i];
    nodes[i] = own === undefined
      ? { id: node.id, label: node.label, type: node.type, load: load.nodes[i]!, sizing: sizing.nodes[i]!, cost: cost.nodes[i]! }
      : { id: node.id, label: node.label, type: node.type, load: load.nodes[i]!, sizing: sizing.nodes[i]!, availability: own, cost: cost.nodes[i]! };
  }
  const edges: EdgeLoad[] = new Array<EdgeLoad>(design.edges.length);
  for (let k = 0; k < design.edges.length; k += 1) edges[k] = { id: design.edges[k]!.id, rate: load.edgeRates[k]! };

  const { nodes: _perNode, ...costSummary } = cost;
  const assumptions = standingAssumptions();
  const cut = [...new Set([...load.cutEdges, ...latency.cutEdges])];
  if (cut.length > 0) {
    assumptions.push({
      id: 'cycles-cut',
      text: {
        en: 'These connections close a cycle: their load is not fed back and they are left out of the request paths.',
        fr: 'Ces connexions ferment un cycle : leur charge n’est pas réinjectée et elles sont écartées des chemins de requête.',
      },
      elements: cut,
    });
  }
  if (load.silentClients.length > 0) {
    assumptions.push({
      id: 'silent-clients',
      text: {
        en: 'These clients have no rate in the workload while another client of the same entry point has one: they add no load. Give them one in the workload’s rates per entry.',
        fr: 'Ces clients n’ont pas de débit dans la charge de travail alors qu’un autre client du même point d’entrée en a un : ils n’ajoutent aucune charge. Donnez-leur un débit par entrée dans la charge de travail.',
      },
      elements: load.silentClients,
    });
  }
  if (graph.entryPoints().length === 0) {
    assumptions.push({
      id: 'no-entry-point',
      text: {
        en: 'No entry point: no client calls the design synchronously and no entry component stands alone, so there is no request path to time.',
        fr: 'Aucun point d’entrée : aucun client n’appelle la conception de façon synchrone et aucun composant d’entrée n’est isolé, il n’y a donc pas de chemin de requête à chronométrer.',
      },
    });
  }
  const instanceFallbacks = cost.fallbacks.filter((f) => f.kind === 'instance');
  if (instanceFallbacks.length > 0) {
    assumptions.push({
      id: 'unknown-instance',
      text: {
        en: `Instance types not in the price tables are priced as their type’s default: ${instanceFallbacks.map((f) => `${f.wanted || '?'} → ${f.used}`).join(', ')}.`,
        fr: `Les types d’instance absents des tables de prix sont facturés comme le type par défaut : ${instanceFallbacks.map((f) => `${f.wanted || '?'} → ${f.used}`).join(', ')}.`,
      },
      elements: [...new Set(instanceFallbacks.map((f) => f.node))],
    });
  }
  const providerFallbacks = cost.fallbacks.filter((f) => f.kind === 'provider');
  if (providerFallbacks.length > 0) {
    assumptions.push({
      id: 'provider-price',
      text: {
        en: `No price for the design’s provider, AWS’s used instead: ${[...new Set(providerFallbacks.map((f) => f.wanted))].join(', ')}.`,
        fr: `Pas de prix pour le fournisseur de la conception, celui d’AWS est pris à la place : ${[...new Set(providerFallbacks.map((f) => f.wanted))].join(', ')}.`,
      },
      elements: [...new Set(providerFallbacks.map((f) => f.node))],
    });
  }
  const noAvailability = [...new Set(availability.entries.flatMap((e) => e.unknown).filter((id) => !graph.isClient(graph.indexOf.get(id)!)))];
  if (noAvailability.length > 0) {
    assumptions.push({
      id: 'no-availability',
      text: {
        en: 'These components on request paths state no availability: they are left out of the products (counted as always up).',
        fr: 'Ces composants sur des chemins de requête n’indiquent aucune disponibilité : ils sont écartés des produits (comptés comme toujours disponibles).',
      },
      elements: noAvailability,
    });
  }
  const noLatency = [...new Set(latency.entries.flatMap((e) => e.unknown))];
  if (noLatency.length > 0) {
    assumptions.push({
      id: 'no-latency',
      text: {
        en: 'These components on the slowest paths state no service time: they count as 0 ms.',
        fr: 'Ces composants sur les chemins les plus lents n’indiquent aucun temps de service : ils comptent pour 0 ms.',
      },
      elements: noLatency,
    });
  }
  if (workload.currency !== 'USD') {
    const rate = cost.exchangeRate;
    const source = rate.sources?.[0];
    const estimate = source?.estimate === true;
    assumptions.push({
      id: 'exchange-rate',
      text: {
        en: `Prices are list prices in US dollars, converted at 1 USD = ${fmt(rate.value, 'en')} ${workload.currency} (${source?.id ?? '?'}, ${source?.date ?? '?'}${estimate ? ', an estimate' : ''}).`,
        fr: `Les prix sont des prix catalogue en dollars américains, convertis à 1 USD = ${fmt(rate.value, 'fr')} ${workload.currency} (${source?.id ?? '?'}, ${source?.date ?? '?'}${estimate ? ', une estimation' : ''}).`,
      },
    });
  }

  return {
    workload: {
      peakRps: workload.peakRps,
      payloadKb: workload.payloadKb,
      latencySloMs: workload.latencySloMs,
      availabilityTargetPct: workload.availabilityTargetPct,
      ...(workload.provider === undefined ? {} : { provider: workload.provider }),
      region: workload.region,
      pricing: workload.pricing,
      headroomPct: workload.headroomPct,
      currency: workload.currency,
      sources: load.sources,
    },
    nodes,
    edges,
    latency,
    availability: availability.entries,
    cost: costSummary,
    overCapacity: sizing.overCapacity,
    assumptions,
  };
}
