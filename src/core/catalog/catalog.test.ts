import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../model/vocabulary';
import {
  CATALOG,
  CATEGORIES,
  C4_KINDS,
  DISCOUNTS,
  EXCHANGE_RATES,
  ICONS,
  INSTANCE_TYPES,
  SOURCES,
  STANDARD_PROPERTIES,
  UNIT_PRICES,
  componentTypeSchema,
  discountSchema,
  exchangeRateSchema,
  getDiscount,
  getExchangeRate,
  getInstanceType,
  getUnitPrice,
  instanceTypeSchema,
  sourceSchema,
  unitPriceSchema,
  type ComponentType,
  type PropertyDef,
} from './index';

/**
 * The whole built-in catalog and the price tables, checked as data. Every check collects its
 * problems as `type id: what is wrong`, so a failure names every offending entry at once.
 */

/** Runs `check` on every type and returns the problems it reports, prefixed by the type id. */
function problemsOf(check: (type: ComponentType) => string[]): string[] {
  return CATALOG.flatMap((type) => check(type).map((problem) => `${type.id}: ${problem}`));
}

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'} ${issue.message}`).join('; ');
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

const sourceIds = new Set(SOURCES.map((source) => source.id));
const unitPriceUnits: Record<string, string> = {
  storage: 'GB-month',
  'per-request': 'million-requests',
};

describe('catalog types', () => {
  it('parse with the component type schema', () => {
    const problems = CATALOG.flatMap((type) => {
      const result = componentTypeSchema.safeParse(type);
      return result.success ? [] : [`${type.id}: ${issues(result.error)}`];
    });
    expect(problems).toEqual([]);
  });

  it('have unique ids', () => {
    expect(duplicates(CATALOG.map((type) => type.id))).toEqual([]);
  });

  it('has at least 60 types, in every category', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    const empty = CATEGORIES.filter((category) => !CATALOG.some((type) => type.category === category));
    expect(empty).toEqual([]);
  });

  it('lists the types by category, in palette order', () => {
    const order = CATALOG.map((type) => CATEGORIES.indexOf(type.category));
    const outOfOrder = CATALOG.filter((type, i) => i > 0 && order[i]! < order[i - 1]!).map((type) => type.id);
    expect(outOfOrder).toEqual([]);
  });

  it('have a name, a description and tags in both languages, translated', () => {
    const problems = problemsOf((type) => {
      const out: string[] = [];
      for (const language of ['fr', 'en'] as const) {
        if (type.name[language].trim() === '') out.push(`empty name (${language})`);
        if (type.description[language].trim() === '') out.push(`empty description (${language})`);
        if (type.tags[language].length === 0) out.push(`no tags (${language})`);
        if (type.tags[language].some((tag) => tag.trim() === '')) out.push(`empty tag (${language})`);
      }
      if (type.name.fr === type.name.en && type.description.fr === type.description.en) {
        out.push('French name and description are the English ones (copy-paste?)');
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('have an icon, a C4 kind and at least one role', () => {
    const problems = problemsOf((type) => [
      ...((ICONS as readonly string[]).includes(type.icon) ? [] : [`unknown icon "${type.icon}"`]),
      ...((C4_KINDS as readonly string[]).includes(type.c4) ? [] : [`unknown C4 kind "${type.c4}"`]),
      ...(type.roles.length > 0 ? [] : ['no role']),
      ...duplicates(type.roles).map((role) => `role "${role}" listed twice`),
    ]);
    expect(problems).toEqual([]);
  });

  it('have unique property keys', () => {
    const problems = problemsOf((type) => duplicates(type.props.map((p) => p.key)).map((key) => `property "${key}" declared twice`));
    expect(problems).toEqual([]);
  });

  it('give number properties a default within [min, max], whole where integer', () => {
    const problems = problemsOf((type) =>
      type.props.flatMap((p) => {
        if (p.kind !== 'number') return [];
        const out: string[] = [];
        if (p.min > p.max) out.push(`${p.key}: min ${p.min} > max ${p.max}`);
        if (p.default < p.min || p.default > p.max) out.push(`${p.key}: default ${p.default} outside [${p.min}, ${p.max}]`);
        if (p.integer === true) {
          for (const [what, value] of [['default', p.default], ['min', p.min], ['max', p.max]] as const) {
            if (!Number.isInteger(value)) out.push(`${p.key}: ${what} ${value} is not a whole number`);
          }
        }
        return out;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('give enum properties a default among their options, with unique values', () => {
    const problems = problemsOf((type) =>
      type.props.flatMap((p) => {
        if (p.kind !== 'enum') return [];
        const values = p.options.map((o) => o.value);
        return [
          ...(values.includes(p.default) ? [] : [`${p.key}: default "${p.default}" is not an option (${values.join(', ')})`]),
          ...duplicates(values).map((value) => `${p.key}: option "${value}" listed twice`),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('give instance-type properties defaults that exist, for the right provider', () => {
    const problems = problemsOf((type) =>
      type.props.flatMap((p) => {
        if (p.kind !== 'instance-type') return [];
        const out: string[] = [];
        for (const provider of PROVIDERS) {
          const id = p.defaults[provider];
          const instance = getInstanceType(id);
          if (instance === undefined) out.push(`${p.key}: ${provider} default "${id}" is not in INSTANCE_TYPES`);
          else if (instance.provider !== provider) out.push(`${p.key}: ${provider} default "${id}" is a ${instance.provider} instance`);
        }
        if (p.default !== p.defaults.aws) out.push(`${p.key}: default "${p.default}" is not the AWS default "${p.defaults.aws}"`);
        return out;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('use the standard properties with their standard kind and unit', () => {
    const problems = problemsOf((type) =>
      type.props.flatMap((p) => {
        const standard = (STANDARD_PROPERTIES as Readonly<Record<string, PropertyDef>>)[p.key];
        if (standard === undefined) return [];
        if (standard.kind !== p.kind) return [`${p.key}: kind "${p.kind}", the standard property is "${standard.kind}"`];
        if (standard.kind === 'number' && p.kind === 'number' && standard.unit !== p.unit) {
          return [`${p.key}: unit "${p.unit}", the standard property has "${standard.unit}"`];
        }
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('give a property key shared by several types the same kind and unit everywhere', () => {
    const seen = new Map<string, Map<string, string[]>>();
    for (const type of CATALOG) {
      for (const p of type.props) {
        const signature = p.kind === 'number' ? `number in ${p.unit}` : p.kind;
        const bySignature = seen.get(p.key) ?? new Map<string, string[]>();
        bySignature.set(signature, [...(bySignature.get(signature) ?? []), type.id]);
        seen.set(p.key, bySignature);
      }
    }
    const problems = [...seen]
      .filter(([, bySignature]) => bySignature.size > 1)
      .map(([key, bySignature]) => `${key}: ${[...bySignature].map(([signature, ids]) => `${signature} (${ids.join(', ')})`).join(' vs ')}`);
    expect(problems).toEqual([]);
  });

  it('price instance-hours with an instance type, and name existing unit prices of the right unit', () => {
    const problems = problemsOf((type) => {
      const { cost } = type;
      const keys = new Set(type.props.map((p) => p.key));
      const out: string[] = [];
      if (cost.model === 'instance-hours') {
        if (!type.props.some((p) => p.kind === 'instance-type')) out.push('cost "instance-hours" without an instance-type property');
        if (!keys.has('replicas')) out.push('cost "instance-hours" without a replicas property');
      }
      if (cost.model === 'managed-hours' || cost.model === 'storage' || cost.model === 'per-request') {
        const price = getUnitPrice(cost.price);
        if (price === undefined) {
          out.push(`cost price "${cost.price}" is not in UNIT_PRICES`);
        } else {
          const expected = unitPriceUnits[cost.model];
          if (expected !== undefined && price.unit !== expected) out.push(`cost "${cost.model}" uses "${cost.price}", priced per ${price.unit}, not per ${expected}`);
          if (cost.model === 'managed-hours' && !['broker-hour', 'node-hour', 'hour'].includes(price.unit)) {
            out.push(`cost "managed-hours" uses "${cost.price}", priced per ${price.unit}, not per hour`);
          }
        }
        if (cost.model === 'storage' && !keys.has('storageGb')) out.push('cost "storage" without a storageGb property');
        // Managed hours are counted per replica (broker, node), or per partition for shard-priced streams.
        if (cost.model === 'managed-hours' && !keys.has('replicas') && !keys.has('partitions'))
          out.push('cost "managed-hours" without a replicas or partitions property');
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('name provider products only with non-empty names', () => {
    const problems = problemsOf((type) =>
      Object.entries(type.providerNames)
        .filter(([, name]) => name === undefined || name.trim() === '')
        .map(([provider]) => `empty ${provider} product name`),
    );
    expect(problems).toEqual([]);
  });
});

describe('price data', () => {
  it('parses with its schemas', () => {
    const problems = [
      ...SOURCES.flatMap((s) => {
        const r = sourceSchema.safeParse(s);
        return r.success ? [] : [`source ${s.id}: ${issues(r.error)}`];
      }),
      ...INSTANCE_TYPES.flatMap((i) => {
        const r = instanceTypeSchema.safeParse(i);
        return r.success ? [] : [`instance ${i.id}: ${issues(r.error)}`];
      }),
      ...UNIT_PRICES.flatMap((u) => {
        const r = unitPriceSchema.safeParse(u);
        return r.success ? [] : [`unit price ${u.key}: ${issues(r.error)}`];
      }),
      ...DISCOUNTS.flatMap((d) => {
        const r = discountSchema.safeParse(d);
        return r.success ? [] : [`discount ${d.provider}: ${issues(r.error)}`];
      }),
      ...EXCHANGE_RATES.flatMap((x) => {
        const r = exchangeRateSchema.safeParse(x);
        return r.success ? [] : [`exchange rate ${x.currency}: ${issues(r.error)}`];
      }),
    ];
    expect(problems).toEqual([]);
  });

  it('has unique ids and keys', () => {
    expect(duplicates(SOURCES.map((s) => s.id))).toEqual([]);
    expect(duplicates(INSTANCE_TYPES.map((i) => i.id))).toEqual([]);
    expect(duplicates(UNIT_PRICES.map((u) => u.key))).toEqual([]);
    expect(duplicates(DISCOUNTS.map((d) => d.provider))).toEqual([]);
  });

  it('has the instance types the calculators and the course refer to', () => {
    const required = [
      'aws:m5.large', 'aws:m5.xlarge', 'aws:m5.2xlarge', 'aws:c5.xlarge', 'aws:r5.xlarge',
      'gcp:n2-standard-2', 'gcp:n2-standard-4', 'gcp:n2-standard-8', 'gcp:c2-standard-4', 'gcp:n2-highmem-4',
      'azure:Standard_D2s_v5', 'azure:Standard_D4s_v5', 'azure:Standard_D8s_v5', 'azure:Standard_F4s_v2', 'azure:Standard_E4s_v5',
      'aws:g4dn.xlarge', 'aws:g5.xlarge', 'aws:p4d.24xlarge', 'aws:p5.48xlarge',
      'gcp:g2-standard-4', 'gcp:a2-highgpu-1g', 'gcp:a3-highgpu-8g',
      'azure:Standard_NC4as_T4_v3', 'azure:Standard_NC24ads_A100_v4', 'azure:Standard_ND96isr_H100_v5',
    ];
    expect(required.filter((id) => getInstanceType(id) === undefined)).toEqual([]);
  });

  it('describes each instance consistently: provider prefix, name, GPU fields', () => {
    const problems = INSTANCE_TYPES.flatMap((i) => {
      const out: string[] = [];
      if (i.id !== `${i.provider}:${i.name}`) out.push(`id is not "${i.provider}:${i.name}"`);
      if (i.gpus > 0 && (i.gpuModel === undefined || i.gpuMemoryGiB === undefined)) out.push('GPUs without a GPU model or memory');
      if (i.gpus === 0 && (i.gpuModel !== undefined || i.gpuMemoryGiB !== undefined)) out.push('a GPU model or memory without GPUs');
      return out.map((problem) => `${i.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('carries the DOMAIN.md figures with their sources', () => {
    const figures = INSTANCE_TYPES.filter((i) =>
      ['aws:g4dn.xlarge', 'aws:g5.xlarge', 'aws:p4d.24xlarge', 'aws:p5.48xlarge', 'aws:m5.xlarge', 'gcp:a2-highgpu-1g', 'azure:Standard_NC24ads_A100_v4'].includes(i.id),
    ).map((i) => [i.id, i.onDemandUsdPerHour, i.source, i.estimate]);
    expect(figures).toEqual([
      ['aws:m5.xlarge', 0.192, 'S33', true],
      ['aws:g4dn.xlarge', 0.526, 'S33', true],
      ['aws:g5.xlarge', 1.006, 'S34', false],
      ['aws:p4d.24xlarge', 21.96, 'S33', true],
      ['aws:p5.48xlarge', 55.04, 'S33', true],
      ['gcp:a2-highgpu-1g', 3.67, 'S36', true],
      ['azure:Standard_NC24ads_A100_v4', 3.67, 'S36', true],
    ]);
    expect(getUnitPrice('kafka-broker-hour')?.prices.aws?.usd).toBe(0.21);
    expect(getUnitPrice('kafka-storage-gb-month')?.prices.aws?.usd).toBe(0.1);
    const storage = getUnitPrice('object-storage-gb-month')?.prices;
    expect([storage?.aws?.usd, storage?.gcp?.usd, storage?.azure?.usd]).toEqual([0.023, 0.02, 0.018]);
  });

  it('has the unit prices the cost models use', () => {
    expect(UNIT_PRICES.map((u) => u.key)).toEqual(
      expect.arrayContaining([
        'object-storage-gb-month', 'block-storage-gb-month', 'kafka-broker-hour', 'kafka-storage-gb-month',
        'stream-shard-hour', 'queue-million-requests', 'serverless-million-requests', 'api-gateway-million-requests',
        'managed-db-node-hour', 'cache-node-hour', 'warehouse-node-hour', 'managed-airflow-hour',
      ]),
    );
    const problems = UNIT_PRICES.filter((u) => Object.keys(u.prices).length === 0).map((u) => `${u.key}: no price`);
    expect(problems).toEqual([]);
    expect(UNIT_PRICES.every((u) => u.label.fr !== u.label.en)).toBe(true);
  });

  it('has one discount per provider, 3-year at least the 1-year one', () => {
    const problems = PROVIDERS.flatMap((provider) => {
      const d = getDiscount(provider);
      if (d === undefined) return [`${provider}: no discount`];
      return d.commit3yPct >= d.commit1yPct ? [] : [`${provider}: 3-year commitment ${d.commit3yPct}% < 1-year ${d.commit1yPct}%`];
    });
    expect(problems).toEqual([]);
  });

  it('names a known source and a date for every figure', () => {
    const dated = [
      ...INSTANCE_TYPES.map((i) => ({ what: `instance ${i.id}`, source: i.source, date: i.date })),
      ...DISCOUNTS.map((d) => ({ what: `discount ${d.provider}`, source: d.source, date: d.date })),
      ...EXCHANGE_RATES.map((x) => ({ what: `exchange rate ${x.currency}`, source: x.source, date: x.date })),
      ...UNIT_PRICES.flatMap((u) =>
        Object.entries(u.prices).map(([provider, price]) => ({ what: `unit price ${u.key} (${provider})`, source: price.source, date: price.date })),
      ),
    ];
    const problems = dated.flatMap(({ what, source, date }) => [
      ...(sourceIds.has(source) ? [] : [`${what}: source ${source} is not in SOURCES`]),
      ...(/^\d{4}-\d{2}(-\d{2})?$/.test(date) ? [] : [`${what}: no date`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('has one exchange rate per currency, the dollar at 1 and the euro marked as an estimate', () => {
    expect(duplicates(EXCHANGE_RATES.map((x) => x.currency))).toEqual([]);
    expect(getExchangeRate('USD')?.perUsd).toBe(1);
    const eur = getExchangeRate('EUR');
    expect(eur?.estimate).toBe(true);
    expect(eur?.perUsd).toBeGreaterThan(0.5);
    expect(eur?.perUsd).toBeLessThan(1.5);
  });

  it('prices GPU instances above the CPU instances of the same provider', () => {
    const problems = PROVIDERS.flatMap((provider) => {
      const mine = INSTANCE_TYPES.filter((i) => i.provider === provider);
      const maxCpu = Math.max(...mine.filter((i) => i.gpus === 0).map((i) => i.onDemandUsdPerHour));
      return mine.filter((i) => i.gpus > 0 && i.onDemandUsdPerHour <= maxCpu).map((i) => `${i.id}: a GPU instance cheaper than a CPU one`);
    });
    expect(problems).toEqual([]);
  });
});
