import { generateDesign, prng } from '../../../bench/generateDesign';
import { CATALOG, EDGE_FACTS } from '../catalog';
import type { PropertyDef } from '../catalog/schema';
import { designSchema } from '../model/schema';
import type { Design, DesignEdge, DesignNode, PropValue } from '../model/types';
import { AUTHN_METHODS, PATTERNS } from '../model/vocabulary';

function valueOf(def: PropertyDef, random: () => number): PropValue {
  switch (def.kind) {
    case 'number': {
      const value = def.min + random() * (Math.min(def.max, def.min + 10 * Math.max(1, def.default)) - def.min);
      return def.integer === true ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return random() < 0.5;
    case 'enum':
      return def.options[Math.floor(random() * def.options.length)]!.value;
    default:
      return def.default;
  }
}

/**
 * A generated design (zones, regions, about 1.5 connections per component) whose components
 * take any type of the catalogue and whose components and connections take random settings,
 * every pattern declared: designs on which most rules find something, for tests that compare
 * the engine's ways of reaching its findings. Deterministic for a given seed.
 */
export function variedDesign(seed: number, components = 80): Design {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const base = generateDesign(components, { seed });
  const nodes = base.nodes.map((n): DesignNode => {
    const type = pick(CATALOG);
    const props: Record<string, PropValue> = {};
    for (const def of type.props) if (random() < 0.5) props[def.key] = valueOf(def, random);
    return { ...n, type: type.id, props };
  });
  const edges = base.edges.map((e): DesignEdge => {
    const props: Record<string, PropValue> = {};
    for (const def of EDGE_FACTS) if (random() < 0.4) props[def.key] = valueOf(def, random);
    const tls = random() < 0.6;
    return {
      ...e,
      mode: random() < 0.7 ? 'sync' : 'async',
      callsPerRequest: pick([0, 1, 1, 1, 2, 3, 12, 25]),
      security: { tls, mtls: tls && random() < 0.5, authn: pick(AUTHN_METHODS) },
      resilience: {
        ...(random() < 0.5 ? { timeoutMs: pick([50, 200, 1_000, 30_000]) } : {}),
        retries: pick([0, 0, 1, 3, 5]),
        circuitBreaker: random() < 0.4,
        ...(random() < 0.3 ? { rateLimitRps: pick([10, 100, 1_000]) } : {}),
      },
      props,
    };
  });
  return designSchema.parse({ ...base, nodes, edges, patterns: [...PATTERNS] });
}
