import { getDiscount, getExchangeRate, getInstanceType, getUnitPrice } from '../catalog/prices';
import type { Discount, InstanceType, Localized, UnitPrice } from '../catalog/schema';
import type { Category } from '../catalog/vocabulary';
import { PRICING_MODELS, type Currency, type PricingModel, type Provider } from '../model/vocabulary';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, SECONDS_PER_MONTH } from './coefficients';
import { figure, input, uniqueSources, type Figure, type FigureInput, type FigureSource } from './figure';
import type { MetricsGraph } from './graph';
import type { LoadResult } from './loadPropagation';
import type { SizingResult } from './sizing';

/**
 * Cost (issue 6, item 6; DOMAIN.md §2.7): the monthly cost of every component from its type's
 * cost model and the dated price tables, in the design's currency.
 *
 * - instance-hours: replicas to run × the instance type's hourly price × 730 h (a batch job: its
 *   running hours per day × 30.4 days), less the pricing model's discount (spot: the GPU or CPU
 *   figure of the instance's provider; 1- or 3-year commitment);
 * - managed-hours: units (replicas to run, i.e. brokers or nodes; or partitions for a
 *   shard-priced stream) × the unit price per hour × 730 h;
 * - storage: GB (the larger of the configured size and what retention needs) × price per GB-month;
 * - per-request: the propagated rate × 2,628,000 s a month ÷ 1,000,000 × price per million;
 * - attached storage: a component that runs on instances or nodes and declares `storageGb` pays
 *   for its disks too (block storage; Kafka broker storage for a Kafka cluster), except caches,
 *   whose storageGb is memory, and where the provider includes storage in the service.
 *
 * Discounts apply to instance-hours only. Each line keeps its formula inputs and the source and
 * date of every price, discount and exchange rate it used.
 */

export type CostKind = 'instance-hours' | 'managed-hours' | 'storage' | 'per-request' | 'attached-storage';

export interface CostLine {
  readonly node: string;
  readonly kind: CostKind;
  readonly provider: Provider;
  readonly category: Category;
  /** Per month, in the design's currency. */
  readonly monthly: Figure;
  /** The same at on-demand list prices, in USD: what the pricing comparison discounts. */
  readonly listUsd: number;
  /** For instance-hours: whether the instance has GPUs (the spot discount differs). */
  readonly hardware?: 'gpu' | 'cpu';
}

export interface NodeCost {
  readonly id: string;
  /** Per month, in the design's currency; 0 for a component that is not priced. */
  readonly monthly: Figure;
  readonly lines: readonly CostLine[];
}

export interface PricingOption {
  readonly pricing: PricingModel;
  /** Per month, in the design's currency. */
  readonly total: Figure;
  /** Saving against on-demand, in percent. */
  readonly savingPct: number;
}

/** A price looked up in place of a missing one, for the assumptions. */
export interface PriceFallback {
  readonly node: string;
  /** `instance`: an unknown instance type, priced as its type's default; `provider`: no price for the provider, AWS's used. */
  readonly kind: 'instance' | 'provider';
  /** What the design names (the instance type or the unit price key). */
  readonly wanted: string;
  /** What was priced instead. */
  readonly used: string;
}

export interface CostResult {
  readonly currency: Currency;
  readonly pricing: PricingModel;
  /** Units of the currency per US dollar, with its source. */
  readonly exchangeRate: Figure;
  /** One per node, in design order. */
  readonly nodes: readonly NodeCost[];
  /** Every cost line, in design order. */
  readonly lines: readonly CostLine[];
  readonly total: Figure;
  readonly byCategory: Readonly<Partial<Record<Category, number>>>;
  readonly byProvider: Readonly<Partial<Record<Provider, number>>>;
  readonly byKind: Readonly<Partial<Record<CostKind, number>>>;
  /** The total under each pricing model, with its saving against on-demand. */
  readonly pricingOptions: readonly PricingOption[];
  /** Monthly total ÷ millions of requests entering the design in a month; absent without load. */
  readonly costPerMillionRequests?: Figure;
  readonly fallbacks: readonly PriceFallback[];
}

const F = {
  instance: {
    en: 'replicas × instance price per hour × 730 h × (1 − discount) × exchange rate',
    fr: 'réplicas × prix horaire de l’instance × 730 h × (1 − remise) × taux de change',
  },
  batch: {
    en: 'replicas × instance price per hour × running hours per day × 30.4 days × (1 − discount) × exchange rate',
    fr: 'réplicas × prix horaire de l’instance × heures d’exécution par jour × 30,4 jours × (1 − remise) × taux de change',
  },
  managed: { en: 'units × price per unit-hour × 730 h × exchange rate', fr: 'unités × prix par unité-heure × 730 h × taux de change' },
  storage: { en: 'GB × price per GB-month × exchange rate', fr: 'Go × prix par Go-mois × taux de change' },
  perRequest: {
    en: 'rate × 2,628,000 s per month ÷ 1,000,000 × price per million requests × exchange rate',
    fr: 'débit × 2 628 000 s par mois ÷ 1 000 000 × prix par million de requêtes × taux de change',
  },
  node: { en: 'Σ of the component’s cost lines', fr: 'Σ des lignes de coût du composant' },
  total: { en: 'Σ of the monthly cost of every component (by category here)', fr: 'Σ du coût mensuel de chaque composant (ici par catégorie)' },
  option: {
    en: 'Σ of the cost lines at list price, instance-hours less this pricing model’s discount, × exchange rate',
    fr: 'Σ des lignes de coût au prix catalogue, heures d’instance moins la remise de ce mode de tarification, × taux de change',
  },
  perMillion: {
    en: 'monthly total ÷ (requests entering per second × 2,628,000 s ÷ 1,000,000)',
    fr: 'total mensuel ÷ (requêtes entrantes par seconde × 2 628 000 s ÷ 1 000 000)',
  },
  exchange: { en: 'units of the currency for one US dollar', fr: 'unités de la devise pour un dollar américain' },
} satisfies Record<string, Localized>;

type Dated = { source: string; date: string; estimate: boolean };
const sourceCache = new WeakMap<Dated, FigureSource>();
/** The figure source of a dated price entry, one object per entry (so sources dedupe by identity). */
function sourceOf(dated: Dated): FigureSource {
  let source = sourceCache.get(dated);
  if (source === undefined) {
    source = { id: dated.source, date: dated.date, estimate: dated.estimate };
    sourceCache.set(dated, source);
  }
  return source;
}

/** Sources of several figures without repeats, by identity then by id and date. */
function collectSources(figures: readonly { sources?: readonly FigureSource[] }[]): FigureSource[] {
  const seen = new Set<FigureSource>();
  for (const f of figures) for (const source of f.sources ?? []) seen.add(source);
  return uniqueSources(seen);
}

/** The discount of a pricing model, percent off on-demand, for GPU or CPU instances. */
export function discountPct(discount: Discount | undefined, pricing: PricingModel, hardware: 'gpu' | 'cpu'): number {
  if (discount === undefined) return 0;
  switch (pricing) {
    case 'on-demand':
      return 0;
    case 'spot':
      return hardware === 'gpu' ? discount.spotGpuPct : discount.spotCpuPct;
    case 'commit-1y':
      return discount.commit1yPct;
    case 'commit-3y':
      return discount.commit3yPct;
  }
}

/** DOMAIN.md §2.7: monthly = hourly × 730. 6 × g5.xlarge at $1.006: 6 × 1.006 × 730 = $4,406.28. */
export function monthlyInstanceCost(replicas: number, hourlyUsd: number, hoursPerMonth = HOURS_PER_MONTH, discount = 0): number {
  return replicas * hourlyUsd * hoursPerMonth * (1 - discount / 100);
}

/** The instance a property value names: an id (`aws:g5.xlarge`), or a bare name for the design's provider. */
export function resolveInstance(value: string | undefined, provider: Provider): InstanceType | undefined {
  if (value === undefined) return undefined;
  return getInstanceType(value) ?? (value.includes(':') ? undefined : getInstanceType(`${provider}:${value}`));
}

type ProviderPrice = NonNullable<UnitPrice['prices']['aws']>;

const FREE = { model: 'free' } as const;
/** When a currency had no rate (it cannot: the catalog test checks every currency has one). */
const IDENTITY_RATE = { perUsd: 1, source: 'S90', date: '2026-11', estimate: false };

interface Pricing {
  readonly currency: Currency;
  readonly perUsd: number;
  readonly fxSources: readonly FigureSource[];
  readonly fxInputs: readonly FigureInput[];
}

export function costDesign(graph: MetricsGraph, load: LoadResult, sizing: SizingResult): CostResult {
  const { workload } = graph.design;
  const provider: Provider = workload.provider ?? 'aws';
  const rate: Dated & { perUsd: number } = getExchangeRate(workload.currency) ?? IDENTITY_RATE;
  const usd = workload.currency === 'USD';
  const fx: Pricing = {
    currency: workload.currency,
    perUsd: rate.perUsd,
    fxSources: usd ? [] : [sourceOf(rate)],
    fxInputs: usd ? [] : [input('exchangeRate', rate.perUsd, `${workload.currency}/USD`)],
  };
  const money = `${workload.currency}/month`;
  const fallbacks: PriceFallback[] = [];
  const lines: CostLine[] = [];
  const nodes: NodeCost[] = new Array<NodeCost>(graph.nodes.length);
  const zero = figure(0, money, F.node, []);
  const hoursInput = input('hoursPerMonth', HOURS_PER_MONTH, 'h');
  const secondsInput = input('secondsPerMonth', SECONDS_PER_MONTH, 's');

  /** A unit price for the design's provider, else AWS's (recorded as a fallback); undefined when neither. */
  const unitPrice = (i: number, key: string, strict: boolean): { price: ProviderPrice; provider: Provider } | undefined => {
    const price = getUnitPrice(key);
    const own = price?.prices[provider];
    if (own !== undefined) return { price: own, provider };
    if (strict || price?.prices.aws === undefined) return undefined;
    fallbacks.push({ node: graph.node(i).id, kind: 'provider', wanted: `${key} (${provider})`, used: `${key} (aws)` });
    return { price: price.prices.aws, provider: 'aws' };
  };
  const sources = (dated: Dated): FigureSource[] => (usd ? [sourceOf(dated)] : [sourceOf(dated), ...fx.fxSources]);

  for (let i = 0; i < graph.nodes.length; i += 1) {
    const node = graph.node(i);
    const type = graph.type(i);
    const category: Category = type?.category ?? 'infrastructure';
    const own: CostLine[] = [];
    const sized = sizing.nodes[i]!;
    const replicas = sized.replicas?.toRun ?? graph.num(i, 'replicas') ?? 1;
    const cost = type?.cost ?? FREE;

    if (cost.model === 'instance-hours') {
      const named = graph.text(i, 'instanceType');
      let instance = resolveInstance(named, provider);
      if (instance === undefined) {
        const def = type?.props.find((p) => p.kind === 'instance-type');
        const fallback = def?.kind === 'instance-type' ? getInstanceType(def.defaults[provider]) : undefined;
        if (fallback !== undefined) fallbacks.push({ node: node.id, kind: 'instance', wanted: named ?? '', used: fallback.id });
        instance = fallback;
      }
      if (instance !== undefined) {
        const runHours = graph.is(i, 'batch-job') ? graph.num(i, 'runHoursPerDay') : undefined;
        const hours = runHours === undefined ? HOURS_PER_MONTH : runHours * DAYS_PER_MONTH;
        const hardware = instance.gpus > 0 ? 'gpu' : 'cpu';
        const discount = workload.pricing === 'on-demand' ? undefined : getDiscount(instance.provider);
        const pct = discountPct(discount, workload.pricing, hardware);
        const listUsd = monthlyInstanceCost(replicas, instance.onDemandUsdPerHour, hours);
        const inputs: FigureInput[] = [input('replicas', replicas, 'count'), input('instanceType', instance.id), input('pricePerHour', instance.onDemandUsdPerHour, 'USD/h')];
        if (runHours === undefined) inputs.push(hoursInput);
        else inputs.push(input('runHoursPerDay', runHours, 'h'), input('daysPerMonth', DAYS_PER_MONTH, 'days'));
        if (workload.pricing !== 'on-demand') inputs.push(input('discountPct', pct, '%'));
        inputs.push(...fx.fxInputs);
        const used = [sourceOf(instance)];
        if (discount !== undefined) used.push(sourceOf(discount));
        used.push(...fx.fxSources);
        own.push({
          node: node.id,
          kind: 'instance-hours',
          provider: instance.provider,
          category,
          monthly: figure(listUsd * (1 - pct / 100) * fx.perUsd, money, runHours === undefined ? F.instance : F.batch, inputs, used),
          listUsd,
          hardware,
        });
      }
    } else if (cost.model === 'managed-hours') {
      const found = unitPrice(i, cost.price, false);
      if (found !== undefined) {
        const byReplica = graph.hasProp(i, 'replicas');
        const units = byReplica ? replicas : graph.hasProp(i, 'partitions') ? Math.max(graph.num(i, 'partitions') ?? 1, sized.partitions?.needed.value ?? 0) : 1;
        const listUsd = units * found.price.usd * HOURS_PER_MONTH;
        own.push({
          node: node.id,
          kind: 'managed-hours',
          provider: found.provider,
          category,
          monthly: figure(listUsd * fx.perUsd, money, F.managed, [
            input(byReplica ? 'replicas' : 'partitions', units, 'count'), input(cost.price, found.price.usd, 'USD/h'), hoursInput, ...fx.fxInputs,
          ], sources(found.price)),
          listUsd,
        });
      }
    } else if (cost.model === 'storage') {
      const found = unitPrice(i, cost.price, false);
      const gb = sized.storage?.toProvisionGb ?? graph.num(i, 'storageGb') ?? 0;
      if (found !== undefined) {
        const listUsd = gb * found.price.usd;
        own.push({
          node: node.id,
          kind: 'storage',
          provider: found.provider,
          category,
          monthly: figure(listUsd * fx.perUsd, money, F.storage, [input('storageGb', gb, 'GB'), input(cost.price, found.price.usd, 'USD/GB-month'), ...fx.fxInputs], sources(found.price)),
          listUsd,
        });
      }
    } else if (cost.model === 'per-request') {
      const perSecond = load.rates[i]!;
      const found = perSecond > 0 ? unitPrice(i, cost.price, false) : undefined;
      if (found !== undefined) {
        const listUsd = ((perSecond * SECONDS_PER_MONTH) / 1_000_000) * found.price.usd;
        own.push({
          node: node.id,
          kind: 'per-request',
          provider: found.provider,
          category,
          monthly: figure(listUsd * fx.perUsd, money, F.perRequest, [
            input('rate', perSecond, load.nodes[i]!.rate.unit), secondsInput, input(cost.price, found.price.usd, 'USD/million'), ...fx.fxInputs,
          ], sources(found.price)),
          listUsd,
        });
      }
    }

    // Disks of components that run on instances or managed nodes.
    if (cost.model === 'instance-hours' || cost.model === 'managed-hours') {
      const diskGb = sized.storage?.toProvisionGb ?? (graph.hasProp(i, 'storageGb') ? graph.num(i, 'storageGb') : undefined);
      if (diskGb !== undefined && diskGb > 0 && !graph.is(i, 'cache', 'feature-store-online')) {
        const key = cost.model === 'managed-hours' && cost.price === 'kafka-broker-hour' ? 'kafka-storage-gb-month' : 'block-storage-gb-month';
        const found = unitPrice(i, key, true);
        if (found !== undefined) {
          const listUsd = diskGb * found.price.usd;
          own.push({
            node: node.id,
            kind: 'attached-storage',
            provider: found.provider,
            category,
            monthly: figure(listUsd * fx.perUsd, money, F.storage, [input('storageGb', diskGb, 'GB'), input(key, found.price.usd, 'USD/GB-month'), ...fx.fxInputs], sources(found.price)),
            listUsd,
          });
        }
      }
    }

    if (own.length === 0) {
      nodes[i] = { id: node.id, monthly: zero, lines: own };
      continue;
    }
    let sum = 0;
    const parts: FigureInput[] = [];
    for (const line of own) {
      sum += line.monthly.value;
      parts.push(input(line.kind, line.monthly.value, money));
      lines.push(line);
    }
    nodes[i] = { id: node.id, monthly: figure(sum, money, F.node, parts, own.length === 1 ? own[0]!.monthly.sources : collectSources(own.map((l) => l.monthly))), lines: own };
  }

  // Totals, and the total under each pricing model.
  const byCategory: Partial<Record<Category, number>> = {};
  const byProvider: Partial<Record<Provider, number>> = {};
  const byKind: Partial<Record<CostKind, number>> = {};
  const options = new Float64Array(PRICING_MODELS.length);
  const discounted = new Set<Provider>();
  let total = 0;
  for (const line of lines) {
    const value = line.monthly.value;
    total += value;
    byCategory[line.category] = (byCategory[line.category] ?? 0) + value;
    byProvider[line.provider] = (byProvider[line.provider] ?? 0) + value;
    byKind[line.kind] = (byKind[line.kind] ?? 0) + value;
    const discount = line.kind === 'instance-hours' ? getDiscount(line.provider) : undefined;
    if (discount !== undefined) discounted.add(line.provider);
    for (let p = 0; p < PRICING_MODELS.length; p += 1) {
      options[p] = options[p]! + line.listUsd * (1 - discountPct(discount, PRICING_MODELS[p]!, line.hardware ?? 'cpu') / 100);
    }
  }
  const totalFigure = figure(total, money, F.total, Object.entries(byCategory).map(([category, value]) => input(category, value, money)), collectSources(lines.map((l) => l.monthly)));

  const onDemand = options[0]! * fx.perUsd;
  const discountSources = [...discounted].map((p) => sourceOf(getDiscount(p)!));
  const pricingOptions: PricingOption[] = PRICING_MODELS.map((pricing, p) => {
    const value = options[p]! * fx.perUsd;
    return {
      pricing,
      total: figure(value, money, F.option, [input('onDemandTotal', onDemand, money), input('pricing', pricing)], pricing === 'on-demand' ? fx.fxSources : [...discountSources, ...fx.fxSources]),
      savingPct: onDemand > 0 ? (1 - value / onDemand) * 100 : 0,
    };
  });

  let entering = 0;
  for (const source of load.sources) entering += source.rate;
  const result: CostResult = {
    currency: workload.currency,
    pricing: workload.pricing,
    exchangeRate: figure(fx.perUsd, `${workload.currency}/USD`, F.exchange, [], [sourceOf(rate)]),
    nodes,
    lines,
    total: totalFigure,
    byCategory,
    byProvider,
    byKind,
    pricingOptions,
    fallbacks,
  };
  if (entering > 0) {
    return {
      ...result,
      costPerMillionRequests: figure(total / ((entering * SECONDS_PER_MONTH) / 1_000_000), `${workload.currency}/million`, F.perMillion, [
        input('monthlyTotal', total, money), input('requestsPerSecond', entering, 'req/s'), secondsInput,
      ]),
    };
  }
  return result;
}
