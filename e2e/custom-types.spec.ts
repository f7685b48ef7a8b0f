import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  canvas,
  designName,
  nodeLabel,
  openApp,
  openFile,
  readDownload,
  renameDesign,
  saveToFile,
  waitUntilSaved,
  type Language,
} from './support/app';

/** A name full of markup: it must be shown as typed, never interpreted. */
const HOSTILE_NAME = 'Passerelle <b>RGPD</b> & <img src=x onerror=alert(1)>';

const TEXT = {
  en: {
    palette: 'Components',
    newType: 'New component type…',
    dialog: 'New component type',
    name: 'Name',
    category: 'Category',
    c4: 'C4 element',
    icon: 'Icon',
    technology: 'Default technology',
    description: 'Description',
    addProperty: 'Add a property',
    create: 'Create type',
    cancel: 'Cancel',
    required: 'Enter a name.',
    notNumber: 'Enter a number.',
    boundsReversed: 'The minimum must not be above the maximum.',
    defaultOutside: 'The default must lie between the minimum and the maximum.',
    label: (n: number) => `Label of property ${n}`,
    kind: (n: number) => `Kind of property ${n}`,
    unit: (n: number) => `Unit of property ${n}`,
    default: (n: number) => `Default of property ${n}`,
    min: (n: number) => `Minimum of property ${n}`,
    max: (n: number) => `Maximum of property ${n}`,
    remove: (n: number) => `Remove property ${n}`,
  },
  fr: {
    palette: 'Composants',
    newType: 'Nouveau type de composant…',
    dialog: 'Nouveau type de composant',
    name: 'Nom',
    category: 'Catégorie',
    c4: 'Élément C4',
    icon: 'Icône',
    technology: 'Technologie par défaut',
    description: 'Description',
    addProperty: 'Ajouter une propriété',
    create: 'Créer le type',
    cancel: 'Annuler',
    required: 'Saisissez un nom.',
    notNumber: 'Saisissez un nombre.',
    boundsReversed: 'Le minimum ne doit pas dépasser le maximum.',
    defaultOutside: 'La valeur par défaut doit être comprise entre le minimum et le maximum.',
    label: (n: number) => `Libellé de la propriété ${n}`,
    kind: (n: number) => `Nature de la propriété ${n}`,
    unit: (n: number) => `Unité de la propriété ${n}`,
    default: (n: number) => `Valeur par défaut de la propriété ${n}`,
    min: (n: number) => `Minimum de la propriété ${n}`,
    max: (n: number) => `Maximum de la propriété ${n}`,
    remove: (n: number) => `Retirer la propriété ${n}`,
  },
} as const;

function palette(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('complementary', { name: TEXT[language].palette, exact: true });
}

function paletteItem(page: Page, name: string, language: Language = 'en'): Locator {
  return palette(page, language).getByRole('listitem').getByRole('button', { name, exact: true });
}

function typeDialog(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('dialog', { name: TEXT[language].dialog, exact: true });
}

/** Opens the "New component type…" dialog from the bottom of the palette. */
async function openTypeDialog(page: Page, language: Language = 'en'): Promise<Locator> {
  await palette(page, language).getByRole('button', { name: TEXT[language].newType, exact: true }).click();
  const dialog = typeDialog(page, language);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A field of the dialog by its label: text fields and drop-down lists alike. */
function field(dialog: Locator, label: string): Locator {
  return dialog.getByLabel(label, { exact: true });
}

/** Expects a field to be marked wrong, with `message` shown (and announced) beside it. */
async function expectError(dialog: Locator, label: string, message: string): Promise<void> {
  const input = field(dialog, label);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(message);
  // Shown right under the field, inside the same labelled block.
  await expect(input.locator('xpath=following-sibling::p[1]')).toHaveText(message);
  await expect(input.locator('xpath=following-sibling::p[1]')).toBeVisible();
}

async function expectNoError(dialog: Locator, label: string): Promise<void> {
  const input = field(dialog, label);
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect(input).not.toHaveAttribute('aria-describedby');
}

/** Fills the dialog with a valid security type: a number property in GB and a yes/no property. */
async function defineGateway(dialog: Locator, name: string): Promise<void> {
  const t = TEXT.en;
  await field(dialog, t.name).fill(name);
  await field(dialog, t.category).selectOption({ label: 'Security' });
  await field(dialog, t.c4).selectOption({ label: 'Container' });
  await field(dialog, t.icon).selectOption('shield-check');
  await field(dialog, t.technology).fill('Envoy + OPA');
  await field(dialog, t.description).fill('Strips personal data <script>alert(1)</script> before it leaves the EU.');

  await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
  await field(dialog, t.label(1)).fill('Audit log volume');
  await field(dialog, t.unit(1)).selectOption('GB');
  await field(dialog, t.default(1)).fill('50');
  await field(dialog, t.min(1)).fill('0');
  await field(dialog, t.max(1)).fill('500');

  await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
  await field(dialog, t.label(2)).fill('Masks personal data');
  await field(dialog, t.kind(2)).selectOption({ label: 'Yes / no' });
  await field(dialog, t.default(2)).selectOption({ label: 'yes' });
}

/** Expects the hostile name to be drawn as plain text: no element made from its markup. */
async function expectPlainText(page: Page): Promise<void> {
  await expect(page.locator('b', { hasText: 'RGPD' })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
}

test.describe('custom component types in English', () => {
  test.use({ locale: 'en-US' });

  test('a type with an empty name or wrong numbers is not created; each error shows beside its field', async ({ page }) => {
    await openApp(page);
    const entriesBefore = await palette(page).getByRole('listitem').count();
    const t = TEXT.en;
    const dialog = await openTypeDialog(page);
    await expect(field(dialog, t.name)).toBeFocused();

    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expectError(dialog, t.name, t.required);
    await expect(dialog).toBeVisible();

    // A number property with text in its default and its bounds the wrong way round.
    await field(dialog, t.name).fill('GPU appliance');
    await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
    await field(dialog, t.label(1)).fill('Memory');
    await field(dialog, t.default(1)).fill('ten');
    await field(dialog, t.min(1)).fill('64');
    await field(dialog, t.max(1)).fill('8');
    // Enter in a field submits the form, like the button.
    await field(dialog, t.max(1)).press('Enter');
    await expectNoError(dialog, t.name);
    await expectError(dialog, t.default(1), t.notNumber);
    await expectError(dialog, t.max(1), t.boundsReversed);
    await expectNoError(dialog, t.min(1));
    await expect(dialog).toBeVisible();

    // A default outside the bounds is wrong too.
    await field(dialog, t.default(1)).fill('128');
    await field(dialog, t.max(1)).fill('96');
    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expectError(dialog, t.default(1), t.defaultOutside);
    await expectNoError(dialog, t.max(1));

    // An unnamed property.
    await field(dialog, t.label(1)).fill('  ');
    await field(dialog, t.default(1)).fill('16');
    await field(dialog, t.min(1)).fill('8');
    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expectError(dialog, t.label(1), t.required);
    await expectNoError(dialog, t.default(1));

    // Cancel: nothing was created, nothing to undo.
    await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(palette(page).getByRole('listitem')).toHaveCount(entriesBefore);
    await expect(paletteItem(page, 'GPU appliance')).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('Escape closes the dialog without creating anything; it opens blank again', async ({ page }) => {
    await openApp(page);
    const t = TEXT.en;
    let dialog = await openTypeDialog(page);
    await field(dialog, t.name).fill('Half-typed type');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(paletteItem(page, 'Half-typed type')).toHaveCount(0);

    dialog = await openTypeDialog(page);
    await expect(field(dialog, t.name)).toHaveValue('');
    await expect(dialog.getByRole('group')).toHaveCount(0);
  });

  test('a property row can be removed before the type is created', async ({ page }) => {
    await openApp(page);
    const t = TEXT.en;
    const dialog = await openTypeDialog(page);
    await field(dialog, t.name).fill('Edge cache');
    await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
    await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
    await field(dialog, t.label(1)).fill('Hit ratio');
    await field(dialog, t.default(1)).fill('not a number');
    await field(dialog, t.label(2)).fill('Warm');
    await dialog.getByRole('button', { name: t.remove(1), exact: true }).click();
    // The remaining property is now the first one.
    await expect(field(dialog, t.label(1))).toHaveValue('Warm');
    await expect(dialog.getByRole('button', { name: t.remove(2) })).toHaveCount(0);
    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(paletteItem(page, 'Edge cache')).toBeVisible();
  });

  test('a created type is listed under its category, searchable, shown as plain text, and usable on the canvas', async ({ page }) => {
    await openApp(page);
    const dialog = await openTypeDialog(page);
    await defineGateway(dialog, HOSTILE_NAME);
    await dialog.getByRole('button', { name: TEXT.en.create, exact: true }).click();

    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: `Component type “${HOSTILE_NAME}” created: find it in the palette.` })).toBeVisible();
    const security = palette(page).getByRole('region', { name: 'Security', exact: true });
    await expect(security.getByRole('button', { name: HOSTILE_NAME, exact: true })).toBeVisible();
    await expect(security.getByRole('button', { name: HOSTILE_NAME, exact: true })).toHaveText(HOSTILE_NAME);
    await expectPlainText(page);

    // Found by name, in its category only.
    const search = palette(page).getByRole('searchbox', { name: 'Search components' });
    await search.fill('passerelle rgpd');
    await expect(palette(page).getByRole('listitem').getByRole('button')).toHaveText([HOSTILE_NAME]);
    await expect(palette(page).getByRole('heading', { level: 3 })).toHaveText(['Security']);
    // …and by its technology.
    await search.fill('envoy');
    await expect(paletteItem(page, HOSTILE_NAME)).toBeVisible();

    await paletteItem(page, HOSTILE_NAME).click();
    await expect(nodeLabel(page, HOSTILE_NAME)).toBeVisible();
    await expect(canvas(page).locator('.react-flow__node').getByText('Envoy + OPA', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `“${HOSTILE_NAME}” added.` })).toBeVisible();
    await expectPlainText(page);

    // Undo takes back the component, then the type.
    const undo = page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect(nodeLabel(page, HOSTILE_NAME)).toHaveCount(0);
    await expect(paletteItem(page, HOSTILE_NAME)).toBeVisible();
    await undo.click();
    await expect(paletteItem(page, HOSTILE_NAME)).toHaveCount(0);
  });

  test('the type and its component survive a reload and travel in the saved file', async ({ page, browser }, testInfo) => {
    await openApp(page);
    await renameDesign(page, 'GDPR gateway');
    const dialog = await openTypeDialog(page);
    await defineGateway(dialog, HOSTILE_NAME);
    await dialog.getByRole('button', { name: TEXT.en.create, exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await paletteItem(page, HOSTILE_NAME).click();
    await expect(nodeLabel(page, HOSTILE_NAME)).toBeVisible();
    await waitUntilSaved(page);

    await page.reload();
    await expect(designName(page)).toHaveValue('GDPR gateway');
    await expect(palette(page).getByRole('region', { name: 'Security', exact: true }).getByRole('button', { name: HOSTILE_NAME, exact: true })).toBeVisible();
    await expect(nodeLabel(page, HOSTILE_NAME)).toBeVisible();
    await expectPlainText(page);

    // Save: the file holds the type, its properties, and the component of it.
    const download = await saveToFile(page);
    expect(download.suggestedFilename()).toBe('gdpr-gateway.archlab.json');
    const saved = JSON.parse(await readDownload(download)) as {
      design: {
        customTypes: { id: string; name: string; category: string; icon: string; props: Record<string, unknown>[] }[];
        nodes: { type: string; label: string; props: Record<string, unknown> }[];
      };
    };
    expect(saved.design.customTypes).toHaveLength(1);
    const type = saved.design.customTypes[0]!;
    expect(type).toMatchObject({ name: HOSTILE_NAME, category: 'security', icon: 'shield-check', technology: 'Envoy + OPA' });
    expect(type.props).toEqual([
      expect.objectContaining({ kind: 'number', label: 'Audit log volume', unit: 'GB', default: 50, min: 0, max: 500 }),
      expect.objectContaining({ kind: 'boolean', label: 'Masks personal data', default: true }),
    ]);
    expect(saved.design.nodes).toEqual([expect.objectContaining({ type: type.id, label: HOSTILE_NAME })]);
    expect(Object.values(saved.design.nodes[0]!.props).sort()).toEqual([50, true].sort());

    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved);

    // A fresh browser profile: nothing of the first page's storage is there.
    const elsewhere = await browser.newContext({ locale: 'en-US' });
    try {
      const other = await elsewhere.newPage();
      await openApp(other);
      await expect(paletteItem(other, HOSTILE_NAME)).toHaveCount(0);
      await openFile(other, file);
      await expect(designName(other)).toHaveValue('GDPR gateway');
      await expect(nodeLabel(other, HOSTILE_NAME)).toBeVisible();
      await expect(
        palette(other).getByRole('region', { name: 'Security', exact: true }).getByRole('button', { name: HOSTILE_NAME, exact: true }),
      ).toBeVisible();
      await expectPlainText(other);
      // The opened type can be used again.
      await paletteItem(other, HOSTILE_NAME).click();
      await expect(nodeLabel(other, `${HOSTILE_NAME} 2`)).toBeVisible();
    } finally {
      await elsewhere.close();
    }
  });
});

test.describe('custom component types in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the dialog, its choices and its errors are in French', async ({ page }) => {
    await openApp(page, { language: 'fr' });
    const t = TEXT.fr;
    const dialog = await openTypeDialog(page, 'fr');
    await expect(dialog.getByRole('heading', { name: t.dialog, exact: true })).toBeVisible();
    for (const label of [t.name, t.category, t.c4, t.icon, t.technology, t.description]) {
      await expect(field(dialog, label)).toBeVisible();
    }
    await expect(dialog.getByRole('heading', { name: 'Propriétés', exact: true })).toBeVisible();
    await expect(field(dialog, t.category).locator('option')).toHaveText([
      'Utilisateurs et clients',
      'Ingestion et flux',
      'Traitement',
      'Stockage',
      'Cycle de vie ML',
      'Service de modèles',
      'Intégration',
      'Sécurité',
      'Observabilité',
      'Infrastructure',
    ]);
    await expect(field(dialog, t.c4).locator('option')).toHaveText([
      'Personne',
      'Système logiciel',
      'Conteneur',
      'Base de données',
      'File ou flux',
      'Système externe',
    ]);
    await expect(dialog.getByRole('button', { name: 'Create type' })).toHaveCount(0);

    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expectError(dialog, t.name, t.required);

    await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
    await expect(field(dialog, t.kind(1)).locator('option')).toHaveText(['Nombre', 'Oui / non']);
    await field(dialog, t.label(1)).fill('Volume des journaux');
    await field(dialog, t.default(1)).fill('dix');
    await field(dialog, t.min(1)).fill('10');
    await field(dialog, t.max(1)).fill('1');
    await dialog.getByRole('button', { name: t.create, exact: true }).click();
    await expectError(dialog, t.default(1), t.notNumber);
    await expectError(dialog, t.max(1), t.boundsReversed);

    // Fixed, with a decimal comma as French speakers write it.
    await field(dialog, t.name).fill('Passerelle RGPD');
    await field(dialog, t.category).selectOption({ label: 'Sécurité' });
    await field(dialog, t.unit(1)).selectOption('GB');
    await field(dialog, t.default(1)).fill('2,5');
    await field(dialog, t.min(1)).fill('0');
    await field(dialog, t.max(1)).fill('100');
    await dialog.getByRole('button', { name: t.addProperty, exact: true }).click();
    await field(dialog, t.kind(2)).selectOption({ label: 'Oui / non' });
    await expect(field(dialog, t.default(2)).locator('option')).toHaveText(['non', 'oui']);
    await field(dialog, t.label(2)).fill('Masque les données personnelles');
    await dialog.getByRole('button', { name: t.create, exact: true }).click();

    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Type de composant « Passerelle RGPD » créé : il est dans la palette.' }),
    ).toBeVisible();
    await expect(
      palette(page, 'fr').getByRole('region', { name: 'Sécurité', exact: true }).getByRole('button', { name: 'Passerelle RGPD', exact: true }),
    ).toBeVisible();
    await paletteItem(page, 'Passerelle RGPD', 'fr').click();
    await expect(nodeLabel(page, 'Passerelle RGPD', 'fr')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '« Passerelle RGPD » ajouté.' })).toBeVisible();
  });
});
