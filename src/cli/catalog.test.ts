import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SUFFIX } from '../core';
import { CATALOG, CATEGORIES, defineType, getComponentType, prop, type ComponentType } from '../core/catalog';
import { describeProperty, runCatalog } from './commands/catalog';
import type { CliIo } from './io';
import { main } from './main';

const gateway = defineType({
  id: 'test-gateway',
  category: 'serving',
  name: { en: 'Test gateway', fr: 'Passerelle de test' },
  description: { en: 'A gateway', fr: 'Une passerelle' },
  tags: { en: ['gateway'], fr: ['passerelle'] },
  icon: 'network',
  c4: 'container',
  technology: 'Envoy',
  roles: ['gateway'],
  props: [
    prop('replicas', { default: 3 }),
    prop('latencyP50Ms'),
    prop('encryptedAtRest'),
    prop('tenancy'),
    prop('instanceType'),
  ],
  cost: { model: 'instance-hours' },
  providerNames: { aws: 'Amazon API Gateway' },
});

const client = defineType({
  id: 'test-client',
  category: 'clients',
  name: { en: 'Test client', fr: 'Client de test' },
  description: { en: 'A client', fr: 'Un client' },
  tags: { en: ['client'], fr: ['client'] },
  icon: 'user',
  c4: 'person',
  technology: '',
  roles: ['client'],
  props: [],
  cost: { model: 'free' },
});

const types: readonly ComponentType[] = [client, gateway];

describe('runCatalog (text)', () => {
  it('prints one section per category, each type with its properties', () => {
    expect(runCatalog({ lang: 'en', format: 'text' }, types)).toEqual({
      stdout: [
        'Users and clients (1)',
        '  test-client  Test client',
        '',
        'Model serving (1)',
        '  test-gateway  Test gateway — Envoy',
        '    replicas: 3 [1–10000]',
        '    latencyP50Ms: 10 ms [0–3600000]',
        '    encryptedAtRest: true',
        '    tenancy: pool (silo | pool | bridge)',
        '    instanceType: aws:m5.xlarge | gcp:n2-standard-4 | azure:Standard_D4s_v5',
        '',
        '2 component types',
      ],
      stderr: [],
      exitCode: 0,
    });
  });

  it('speaks French with --lang fr', () => {
    const { stdout } = runCatalog({ lang: 'fr', format: 'text' }, types);
    expect(stdout[0]).toBe('Utilisateurs et clients (1)');
    expect(stdout).toContain('  test-gateway  Passerelle de test — Envoy');
    expect(stdout.at(-1)).toBe('2 types de composants');
  });

  it('shows the provider product and its default instance type with --provider', () => {
    const { stdout } = runCatalog({ lang: 'en', format: 'text', provider: 'aws' }, types);
    expect(stdout).toContain('  test-gateway  Test gateway — Envoy  [AWS: Amazon API Gateway]');
    expect(stdout).toContain('    instanceType: aws:m5.xlarge (4 vCPU, 16 GiB, $0.192/h)');
    const gcp = runCatalog({ lang: 'en', format: 'text', provider: 'gcp' }, types).stdout;
    expect(gcp).toContain('  test-gateway  Test gateway — Envoy');
    expect(gcp).toContain('    instanceType: gcp:n2-standard-4 (4 vCPU, 16 GiB, $0.1942/h)');
  });

  it('keeps one category with --category, and says when it is empty', () => {
    expect(runCatalog({ lang: 'en', format: 'text', category: 'serving' }, types).stdout).toEqual([
      'Model serving (1)',
      '  test-gateway  Test gateway — Envoy',
      '    replicas: 3 [1–10000]',
      '    latencyP50Ms: 10 ms [0–3600000]',
      '    encryptedAtRest: true',
      '    tenancy: pool (silo | pool | bridge)',
      '    instanceType: aws:m5.xlarge | gcp:n2-standard-4 | azure:Standard_D4s_v5',
      '',
      '1 component type',
    ]);
    expect(runCatalog({ lang: 'fr', format: 'text', category: 'security' }, types).stdout).toEqual([
      'Sécurité (0)',
      '  (aucun type de composant)',
      '',
      '0 type de composant',
    ]);
  });

  it('names GPUs in instance details', () => {
    const def = prop('instanceType', {
      defaults: { aws: 'aws:g5.xlarge', gcp: 'gcp:g2-standard-4', azure: 'azure:Standard_NC4as_T4_v3' },
    });
    expect(describeProperty(def, 'en', 'aws')).toBe('instanceType: aws:g5.xlarge (4 vCPU, 16 GiB, 1× NVIDIA A10G, $1.006/h)');
    expect(describeProperty(def, 'en')).toBe('instanceType: aws:g5.xlarge | gcp:g2-standard-4 | azure:Standard_NC4as_T4_v3');
  });

  it('translates the unit words, not the symbols', () => {
    expect(describeProperty(prop('retentionDays'), 'fr')).toBe('retentionDays: 7 jours [0–36500]');
    expect(describeProperty(prop('runHoursPerDay'), 'en')).toBe('runHoursPerDay: 2 hours [0–24]');
    expect(describeProperty(prop('retentionDays', { default: 1 }), 'en')).toBe('retentionDays: 1 day [0–36500]');
    expect(describeProperty(prop('runHoursPerDay', { default: 1 }), 'fr')).toBe('runHoursPerDay: 1 heure [0–24]');
    expect(describeProperty(prop('availabilitySlaPct'), 'fr')).toBe('availabilitySlaPct: 99.9 % [90–99.99999]');
  });
});

describe('runCatalog (json)', () => {
  it('prints the types as one JSON array, filtered by category', () => {
    const all = runCatalog({ lang: 'en', format: 'json' }, types);
    expect(all.exitCode).toBe(0);
    expect(JSON.parse(all.stdout.join('\n'))).toEqual(types);
    const serving = runCatalog({ lang: 'en', format: 'json', category: 'serving' }, types);
    expect(JSON.parse(serving.stdout.join('\n'))).toEqual([gateway]);
  });
});

describe('runCatalog over the built-in catalog', () => {
  it('lists every type once, under its category', () => {
    const { stdout, exitCode } = runCatalog({ lang: 'en', format: 'text' });
    expect(exitCode).toBe(0);
    const typeLines = stdout.filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/)[0]);
    expect(typeLines).toEqual(CATALOG.map((type) => type.id));
    expect(stdout.at(-1)).toBe(`${CATALOG.length} component types`);
  });

  it('prints every category in JSON as the catalog holds it', () => {
    for (const category of CATEGORIES) {
      const { stdout } = runCatalog({ lang: 'fr', format: 'json', category });
      expect(JSON.parse(stdout.join('\n'))).toEqual(CATALOG.filter((type) => type.category === category));
    }
  });
});

function fakeIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    writeOut: (text) => out.push(text),
    writeErr: (text) => err.push(text),
    readText: () => {
      throw new Error('no file expected');
    },
    env: {},
  };
}

const argv = (...args: string[]) => ['node', 'archlab', ...args];

describe('main catalog (in process)', () => {
  it('runs with its options', async () => {
    const io = fakeIo();
    expect(await main(argv('catalog', '--category', 'serving', '--format', 'json', '--provider', 'azure'), io)).toBe(0);
    const printed = JSON.parse(io.out.join('')) as ComponentType[];
    expect(printed.map((type) => type.id)).toEqual(CATALOG.filter((type) => type.category === 'serving').map((type) => type.id));
  });

  it('exits 2 for a value outside the choices', async () => {
    const io = fakeIo();
    expect(await main(argv('catalog', '--category', 'nope'), io)).toBe(2);
    expect(io.err.join('')).toContain('nope');
    expect(await main(argv('catalog', '--provider', 'ibm'), io)).toBe(2);
    expect(await main(argv('--help'), io)).toBe(0);
    expect(io.out.join('')).toContain('catalog [options]');
  });
});

/**
 * Design files the project ships as examples. (The frozen document fixtures are left out: they
 * keep the files people had before the catalog existed, unknown types included, which load.)
 */
const root = join(import.meta.dirname, '..', '..');
const designFiles = readdirSync(join(root, 'examples'))
  .filter((name) => name.endsWith(FILE_SUFFIX))
  .map((name) => join('examples', name))
  .sort();

describe('shipped design files', () => {
  it('are found', () => {
    expect(designFiles.length).toBeGreaterThanOrEqual(2);
  });

  it('use only component types of the catalog (or their own custom types)', () => {
    const problems = designFiles.flatMap((file) => {
      const envelope = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
        design: { nodes: { id: string; type: string }[]; customTypes?: { id: string }[] };
      };
      const custom = new Set((envelope.design.customTypes ?? []).map((type) => type.id));
      return envelope.design.nodes
        .filter((node) => getComponentType(node.type) === undefined && !custom.has(node.type))
        .map((node) => `${file}: node "${node.id}" has the unknown type "${node.type}"`);
    });
    expect(problems).toEqual([]);
  });
});
