import { Option, type Command } from 'commander';
import { translate, type Language } from '../../core';
import {
  CATALOG,
  CATEGORIES,
  getInstanceType,
  type Category,
  type ComponentType,
  type PropertyDef,
} from '../../core/catalog';
import { PROVIDERS, type Provider } from '../../core/model/vocabulary';
import { emit, EXIT, formatOption, langOption, type CommandResult, type CommonOptions, type RegisterCommand } from '../command';

export interface CatalogOptions extends CommonOptions {
  /** Show this provider's product names and instance defaults. */
  provider?: Provider;
  /** Only the types of this category. */
  category?: Category;
}

/** `2`, `99.9 %`, `10 ms`, `7 jours`: a value with its unit (words translated), except for plain counts. */
function withUnit(value: number, unit: string, lang: Language): string {
  if (unit === 'count') return String(value);
  if (unit === 'days' || unit === 'hours') return translate(lang, `cli.catalogUnits.${unit}`, { count: value });
  return `${value} ${unit}`;
}

/** `g5.xlarge: 4 vCPU, 16 GiB, 1× NVIDIA A10G, $1.006/h` style details of an instance id. */
function instanceDetails(id: string): string {
  const instance = getInstanceType(id);
  if (instance === undefined) return id;
  const gpu = instance.gpus > 0 ? `, ${instance.gpus}× ${instance.gpuModel ?? 'GPU'}` : '';
  return `${id} (${instance.vcpu} vCPU, ${instance.memoryGiB} GiB${gpu}, $${instance.onDemandUsdPerHour}/h)`;
}

/** One property as `key: default unit [min–max]`, with enum options or instance defaults. */
export function describeProperty(def: PropertyDef, lang: Language, provider?: Provider): string {
  switch (def.kind) {
    case 'number':
      return `${def.key}: ${withUnit(def.default, def.unit, lang)} [${def.min}–${def.max}]`;
    case 'boolean':
      return `${def.key}: ${def.default}`;
    case 'enum':
      return `${def.key}: ${def.default} (${def.options.map((o) => o.value).join(' | ')})`;
    case 'instance-type':
      return provider === undefined
        ? `${def.key}: ${PROVIDERS.map((p) => def.defaults[p]).join(' | ')}`
        : `${def.key}: ${instanceDetails(def.defaults[provider])}`;
  }
}

/** The line of a type: `id  Name — technology`, and the provider's product when asked. */
function typeLine(type: ComponentType, lang: Language, provider?: Provider): string {
  let line = `${type.id}  ${type.name[lang]}`;
  if (type.technology.trim() !== '') line += ` — ${type.technology}`;
  const product = provider === undefined ? undefined : type.providerNames[provider];
  if (provider !== undefined && product !== undefined) line += `  [${translate(lang, `providers.${provider}`)}: ${product}]`;
  return line;
}

/**
 * `archlab catalog`, without the side effects: lists the component types (all, or one
 * category's) as text, one section per category, or as JSON (the types as data). Always exits 0.
 */
export function runCatalog(options: CatalogOptions, types: readonly ComponentType[] = CATALOG): CommandResult {
  const { lang, format, provider, category } = options;
  const selected = category === undefined ? [...types] : types.filter((type) => type.category === category);
  if (format === 'json') return { stdout: [JSON.stringify(selected, null, 2)], stderr: [], exitCode: EXIT.ok };

  const stdout: string[] = [];
  const categories = category === undefined ? CATEGORIES : [category];
  for (const id of categories) {
    const members = selected.filter((type) => type.category === id);
    if (members.length === 0 && category === undefined) continue;
    if (stdout.length > 0) stdout.push('');
    stdout.push(`${translate(lang, `categories.${id}`)} (${members.length})`);
    if (members.length === 0) stdout.push(`  ${translate(lang, 'cli.catalogNone')}`);
    for (const type of members) {
      stdout.push(`  ${typeLine(type, lang, provider)}`);
      for (const def of type.props) stdout.push(`    ${describeProperty(def, lang, provider)}`);
    }
  }
  stdout.push('', translate(lang, 'cli.catalogTotal', { count: selected.length }));
  return { stdout, stderr: [], exitCode: EXIT.ok };
}

export const registerCatalog: RegisterCommand = (program: Command, context) => {
  program
    .command('catalog')
    .description('list the component types of the catalogue, with their properties and defaults')
    .addOption(langOption(context.defaultLanguage))
    .addOption(formatOption())
    .addOption(
      new Option('--provider <provider>', "show the provider's product names and its default instance types").choices([...PROVIDERS]),
    )
    .addOption(new Option('--category <category>', 'only the types of one category').choices([...CATEGORIES]))
    .addHelpText(
      'after',
      [
        '',
        'Text: one section per category; each type as "id  Name — technology", then its properties',
        'as "key: default unit [min–max]", enum options and instance-type defaults.',
        'With --format json, prints the types as one JSON array (names and descriptions in both languages).',
        '',
        'Examples:',
        '  archlab catalog --category serving',
        '  archlab catalog --provider gcp --lang fr',
        "  archlab catalog --format json | jq -r '.[] | .id'",
      ].join('\n'),
    )
    .action((options: CatalogOptions) => {
      emit(context, runCatalog(options));
    });
};
