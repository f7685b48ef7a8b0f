/** What the check command's tests share: fake rules (so expected output does not move when the built-in rules change), a small design, inputs and options. */
import { defineRule, serializeDesign, type Design, type Rule } from '../core';
import { design, edge, fields, node } from '../core/testing/builders';
import type { CheckOptions } from './commands/check';
import type { FileInput } from './io';

export const breaker = defineRule({
  id: 'resilience/fake-breaker',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  title: { en: 'Breakers on calls', fr: 'Disjoncteurs sur les appels' },
  why: { en: 'Failures cascade.', fr: 'Les pannes se propagent.' },
  fix: { en: 'Turn the breaker on.', fr: 'Activez le disjoncteur.' },
  messages: { default: { en: '{source} calls {target} without a breaker.', fr: '{source} appelle {target} sans disjoncteur.' } },
  check: (c) =>
    c.edges
      .filter((e) => e.mode === 'sync' && !e.resilience.circuitBreaker && !c.isClient(c.source(e)))
      .map((e) => ({
        params: { source: c.label(e.source), target: c.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: { label: { en: 'Add a breaker', fr: 'Ajouter un disjoncteur' }, command: () => ({ op: 'update-edge' as const, id: e.id, patch: { resilience: { ...e.resilience, circuitBreaker: true } } }) },
      })),
});

export const spof = defineRule({
  id: 'operations/fake-spof',
  category: 'operations',
  severity: 'error',
  module: 3,
  title: { en: 'More than one replica', fr: 'Plus d’un réplica' },
  why: { en: 'One replica is one failure away from an outage.', fr: 'Un seul réplica, c’est une panne à un incident près.' },
  fix: { en: 'Run two replicas or more.', fr: 'Faites tourner au moins deux réplicas.' },
  messages: { default: { en: '{node} runs {count} replica for {rps} req/s.', fr: '{node} tourne avec {count} réplica pour {rps} req/s.' } },
  check: (c) =>
    c.nodes
      .filter((n) => c.hasProp(n, 'replicas') && c.num(n, 'replicas') === 1)
      .map((n) => ({ params: { node: c.label(n.id), count: 1, rps: c.design.workload.peakRps }, nodes: [n.id] })),
});

export const hint = defineRule({
  id: 'intent/fake-hint',
  category: 'intent',
  severity: 'info',
  module: 1,
  title: { en: 'Declare patterns', fr: 'Déclarez des modèles' },
  why: { en: 'Declared patterns are checked.', fr: 'Les modèles déclarés sont vérifiés.' },
  fix: { en: 'Declare one.', fr: 'Déclarez-en un.' },
  messages: { default: { en: 'Consider declaring a pattern.', fr: 'Pensez à déclarer un modèle.' } },
  check: (c) => (c.design.patterns.length === 0 ? [{}] : []),
});

export const canaryOnly = defineRule({
  id: 'release/fake-canary',
  category: 'release',
  severity: 'error',
  module: 4,
  patterns: ['canary'],
  title: { en: 'Canary weights', fr: 'Poids du canari' },
  why: { en: 'Steps.', fr: 'Paliers.' },
  fix: { en: 'Add steps.', fr: 'Ajoutez des paliers.' },
  messages: { default: { en: 'No steps.', fr: 'Pas de paliers.' } },
  check: () => [{}],
});

export const FAKES: readonly Rule[] = [breaker, spof, hint, canaryOnly];

export function shop(...extra: Parameters<typeof design>): Design {
  return design(
    node('u', 'web-client', { label: 'Shoppers' }),
    node('gw', 'api-gateway', { label: 'Gateway' }),
    node('svc', 'microservice', { label: 'Orders service', props: { replicas: 1 } }),
    node('db', 'relational-db', { label: 'Orders DB' }),
    edge('e1', 'u', 'gw'),
    edge('e2', 'gw', 'svc'),
    edge('e3', 'svc', 'db', { protocol: 'sql' }),
    fields({ workload: { peakRps: 1500 } }),
    ...extra,
  );
}

export const input = (d: Design, file = 'shop.archlab.json'): FileInput => ({ file, text: serializeDesign(d) });
export const options = (overrides: Partial<CheckOptions> = {}): CheckOptions => ({ lang: 'en', format: 'text', failOn: 'error', ...overrides });

export interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        logicalLocations: { name: string; fullyQualifiedName: string; kind: string }[];
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/** What SARIF 2.1.0 and GitHub code scanning require of a log, as a list of faults. */
export function sarifFaults(log: SarifLog): string[] {
  const faults: string[] = [];
  if (log.version !== '2.1.0') faults.push('version');
  if (!log.$schema.includes('sarif')) faults.push('$schema');
  if (!Array.isArray(log.runs) || log.runs.length !== 1) faults.push('runs');
  for (const run of log.runs) {
    const { driver } = run.tool;
    if (driver.name === '') faults.push('driver.name');
    const ids = driver.rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) faults.push('duplicate rule ids');
    for (const rule of driver.rules) {
      if (!rule.shortDescription.text || !rule.fullDescription.text || !rule.help.text) faults.push(`${rule.id}: descriptions`);
      if (!['error', 'warning', 'note'].includes(rule.defaultConfiguration.level)) faults.push(`${rule.id}: level`);
    }
    const fingerprints = new Set<string>();
    for (const [i, result] of run.results.entries()) {
      if (driver.rules[result.ruleIndex]?.id !== result.ruleId) faults.push(`result ${i}: ruleIndex`);
      if (!['error', 'warning', 'note'].includes(result.level)) faults.push(`result ${i}: level`);
      if (!result.message.text) faults.push(`result ${i}: message`);
      const location = result.locations[0];
      if (result.locations.length !== 1 || location === undefined) faults.push(`result ${i}: one location`);
      else {
        if (!location.physicalLocation.artifactLocation.uri) faults.push(`result ${i}: uri`);
        if (!(location.physicalLocation.region.startLine >= 1)) faults.push(`result ${i}: startLine`);
      }
      const fingerprint = JSON.stringify(result.partialFingerprints);
      if (fingerprints.has(fingerprint)) faults.push(`result ${i}: fingerprint not unique`);
      fingerprints.add(fingerprint);
    }
  }
  return faults;
}
