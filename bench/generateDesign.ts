import {
  createDesign,
  designSchema,
  edgeSchema,
  nodeSchema,
  type Decision,
  type Design,
  type DesignEdge,
  type DesignGroup,
  type DesignNode,
  type Box,
} from '../src/core';

/**
 * Generates a valid design of `components` components for benchmarks: components spread over
 * availability zones inside regions inside one system boundary, about 1.5 connections per
 * component (a connected, acyclic call graph plus cross links), a layout box for every
 * component and group, and a few decision records. Deterministic for a given seed.
 */
export interface GenerateOptions {
  /** Connections per component (default 1.5). */
  edgesPerComponent?: number;
  /** Components per availability zone (default 25). */
  componentsPerZone?: number;
  /** Zones per region (default 4). */
  zonesPerRegion?: number;
  /** Decision records (default 5). */
  decisions?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

const TYPES = [
  'api-gateway',
  'microservice',
  'triton',
  'feature-store-online',
  'kafka',
  'flink-job',
  'relational-db',
  'object-storage',
  'model-registry',
  'prometheus',
];
const PROTOCOLS = ['https', 'grpc', 'kafka', 'sql', 'redis'] as const;

const NODE_WIDTH = 200;
const NODE_HEIGHT = 80;
const GAP_X = 60;
const GAP_Y = 40;
const PAD = 30;
const HEADER = 36;
const ZONE_COLUMNS = 5;

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDesign(components: number, options: GenerateOptions = {}): Design {
  const edgesPerComponent = options.edgesPerComponent ?? 1.5;
  const perZone = options.componentsPerZone ?? 25;
  const zonesPerRegion = options.zonesPerRegion ?? 4;
  const random = prng(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const design = createDesign(`bench-${components}`, `Benchmark design, ${components} components`);
  const elements: Record<string, Box> = {};
  const groups: DesignGroup[] = [{ id: 'system', kind: 'system', label: 'System', description: '', props: {} }];
  const nodes: DesignNode[] = [];

  const zoneCount = Math.max(1, Math.ceil(components / perZone));
  const regionCount = Math.ceil(zoneCount / zonesPerRegion);
  const rows = Math.ceil(perZone / ZONE_COLUMNS);
  const zoneWidth = ZONE_COLUMNS * NODE_WIDTH + (ZONE_COLUMNS - 1) * GAP_X + 2 * PAD;
  const zoneHeight = rows * NODE_HEIGHT + (rows - 1) * GAP_Y + 2 * PAD + HEADER;
  const regionWidth = zoneWidth + 2 * PAD;

  for (let r = 0; r < regionCount; r += 1) {
    const zonesHere = Math.min(zonesPerRegion, zoneCount - r * zonesPerRegion);
    const regionX = 40 + r * (regionWidth + GAP_X);
    const regionY = 40 + PAD + HEADER;
    groups.push({ id: `region-${r}`, kind: 'region', label: `Region ${r + 1}`, description: '', props: {}, parent: 'system' });
    elements[`region-${r}`] = {
      x: regionX,
      y: regionY,
      width: regionWidth,
      height: zonesHere * (zoneHeight + GAP_Y) - GAP_Y + 2 * PAD + HEADER,
    };
    for (let z = 0; z < zonesHere; z += 1) {
      const zone = r * zonesPerRegion + z;
      const zoneX = regionX + PAD;
      const zoneY = regionY + PAD + HEADER + z * (zoneHeight + GAP_Y);
      groups.push({ id: `zone-${zone}`, kind: 'zone', label: `Zone ${zone + 1}`, description: '', props: {}, parent: `region-${r}` });
      elements[`zone-${zone}`] = { x: zoneX, y: zoneY, width: zoneWidth, height: zoneHeight };
      const first = zone * perZone;
      for (let i = first; i < Math.min(components, first + perZone); i += 1) {
        const slot = i - first;
        const type = pick(TYPES);
        nodes.push({
          id: `n${i}`,
          type,
          label: `${type} ${i}`,
          description: `Generated component ${i}.`,
          technology: '',
          props: { replicas: 1 + Math.floor(random() * 4), latencyP99Ms: Math.round(random() * 50), managed: random() < 0.5 },
          parent: `zone-${zone}`,
        });
        elements[`n${i}`] = {
          x: zoneX + PAD + (slot % ZONE_COLUMNS) * (NODE_WIDTH + GAP_X),
          y: zoneY + PAD + HEADER + Math.floor(slot / ZONE_COLUMNS) * (NODE_HEIGHT + GAP_Y),
        };
      }
    }
  }
  const systemRight = 40 + regionCount * (regionWidth + GAP_X) - GAP_X + PAD;
  const tallest = Math.max(...groups.filter((g) => g.kind === 'region').map((g) => elements[g.id]!.height!));
  elements.system = { x: 40 - PAD, y: 40, width: systemRight - (40 - PAD), height: tallest + 2 * PAD + HEADER };

  // A spanning tree from component 0 (every component reachable), then random cross links.
  const edges: DesignEdge[] = [];
  const edgeCount = Math.round(components * edgesPerComponent);
  const addEdge = (source: number, target: number) => {
    const protocol = pick(PROTOCOLS);
    edges.push({
      id: `e${edges.length}`,
      source: `n${source}`,
      target: `n${target}`,
      label: '',
      protocol,
      mode: protocol === 'kafka' ? 'async' : 'sync',
      callsPerRequest: 1,
      security: { tls: true, mtls: false, authn: 'none' },
      resilience: { timeoutMs: 1000, retries: 1, circuitBreaker: random() < 0.5 },
      props: {},
    });
  };
  for (let i = 1; i < components && edges.length < edgeCount; i += 1) addEdge(Math.floor(random() * i), i);
  while (components > 1 && edges.length < edgeCount) {
    const a = Math.floor(random() * components);
    const b = Math.floor(random() * components);
    if (a !== b) addEdge(Math.min(a, b), Math.max(a, b));
  }

  const decisions: Decision[] = [];
  for (let d = 1; d <= (options.decisions ?? 5) && components > 0; d += 1) {
    decisions.push({
      id: `adr-${d}`,
      number: d,
      title: `Decision ${d}`,
      date: '2026-01-15',
      status: 'accepted',
      context: 'Generated for benchmarks. '.repeat(10),
      decision: 'Generated for benchmarks.',
      consequences: 'None.',
      links: [`n${Math.floor(random() * components)}`, 'system'],
    });
  }

  return {
    ...design,
    nodes,
    edges,
    groups,
    layout: { ...design.layout, elements },
    workload: { ...design.workload, peakRps: 1000 },
    decisions,
  };
}

/** A generated design with a web client calling its first gateway, so request paths exist. */
export function designWithClient(components: number, extra: Partial<Design> = {}): Design {
  const base = generateDesign(components);
  const gateway = base.nodes.find((n) => n.type === 'api-gateway') ?? base.nodes[0]!;
  return designSchema.parse({
    ...base,
    ...extra,
    nodes: [...base.nodes, nodeSchema.parse({ id: 'bench-client', type: 'web-client', label: 'Client' })],
    edges: [...base.edges, edgeSchema.parse({ id: 'bench-client-call', source: 'bench-client', target: gateway.id })],
  });
}
