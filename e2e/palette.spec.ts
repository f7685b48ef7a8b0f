import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import { fr } from '../src/core/i18n/messages/fr';
import { canvas, nodeLabel, openApp, waitUntilSaved, type Language } from './support/app';

/** The palette, as a person finds it: the "Components" side area. */
function palette(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('complementary', { name: language === 'en' ? 'Components' : 'Composants', exact: true });
}

/**
 * A palette entry by what it shows: the name in use, then, when a cloud provider renames it,
 * the neutral type name on a second line (both form the button's accessible name).
 */
function paletteItem(page: Page, shown: string, neutral?: string, language: Language = 'en'): Locator {
  const name = neutral === undefined ? shown : `${shown} ${neutral}`;
  return palette(page, language).getByRole('button', { name, exact: true });
}

/** Every entry the palette lists (not the buttons below the lists). */
function paletteEntries(page: Page, language: Language = 'en'): Locator {
  return palette(page, language).getByRole('listitem').getByRole('button');
}

function searchBox(page: Page, language: Language = 'en'): Locator {
  return palette(page, language).getByRole('searchbox', { name: language === 'en' ? 'Search components' : 'Rechercher un composant' });
}

/** The category headings the palette shows, in order. */
function categoryHeadings(page: Page, language: Language = 'en'): Locator {
  return palette(page, language).getByRole('heading', { level: 3 });
}

function undoButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
}

/** A short-lived notice at the bottom of the window. */
function notice(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** The middle of a component drawn on the canvas, in page coordinates. */
async function centreOf(node: Locator): Promise<{ x: number; y: number }> {
  const box = await node.boundingBox();
  if (box === null) throw new Error('the component is not drawn');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A component on the canvas, the whole card (label, technology and type lines). */
function componentCard(page: Page, label: string): Locator {
  return canvas(page).locator('.react-flow__node').filter({ has: page.getByText(label, { exact: true }) });
}

const ALL_CATEGORIES_EN = [...Object.values(en.categories), en.palette.groups];
const ALL_CATEGORIES_FR = [...Object.values(fr.categories), fr.palette.groups];

test.describe('palette search in English', () => {
  test.use({ locale: 'en-US' });

  test('"feature" shows the online and offline feature stores and hides unrelated types', async ({ page }) => {
    await openApp(page);
    await expect(paletteItem(page, 'Kafka topic')).toBeVisible();

    await searchBox(page).fill('feature');
    await expect(paletteItem(page, 'Online feature store')).toBeVisible();
    await expect(paletteItem(page, 'Offline feature store')).toBeVisible();
    await expect(paletteItem(page, 'Kafka topic')).toHaveCount(0);
    await expect(paletteItem(page, 'Model registry')).toHaveCount(0);
    // The stores are shown under their own category; categories left empty are not shown.
    const lifecycle = palette(page).getByRole('region', { name: 'ML lifecycle' });
    await expect(lifecycle.getByRole('button', { name: 'Online feature store', exact: true })).toBeVisible();
    await expect(palette(page).getByRole('heading', { name: 'Ingestion and streaming' })).toHaveCount(0);
  });

  test('a tag or product name finds the types it belongs to', async ({ page }) => {
    await openApp(page);

    await searchBox(page).fill('feast');
    await expect(paletteItem(page, 'Online feature store')).toBeVisible();
    await expect(paletteItem(page, 'Offline feature store')).toBeVisible();
    await expect(paletteEntries(page)).toHaveText(['Offline feature store', 'Online feature store']);

    await searchBox(page).fill('Debezium');
    await expect(paletteEntries(page)).toHaveText(['Change data capture']);
    await expect(categoryHeadings(page)).toHaveText(['Ingestion and streaming']);
  });

  test('clearing the search shows every category again', async ({ page }) => {
    await openApp(page);
    await expect(categoryHeadings(page)).toHaveText(ALL_CATEGORIES_EN);

    const search = searchBox(page);
    await search.fill('feature');
    await expect(categoryHeadings(page)).not.toHaveText(ALL_CATEGORIES_EN);
    await expect(paletteItem(page, 'Kafka topic')).toHaveCount(0);

    await search.fill('');
    await expect(categoryHeadings(page)).toHaveText(ALL_CATEGORIES_EN);
    await expect(paletteItem(page, 'Kafka topic')).toBeVisible();
    await expect(paletteItem(page, 'Online feature store')).toBeVisible();
  });

  test('a query that matches nothing says so', async ({ page }) => {
    await openApp(page);
    await searchBox(page).fill('quantum teleporter');
    await expect(palette(page).getByText('No component matches “quantum teleporter”.', { exact: true })).toBeVisible();
    await expect(categoryHeadings(page)).toHaveCount(0);
    await expect(palette(page).getByRole('list')).toHaveCount(0);

    await searchBox(page).fill('quantum');
    await expect(palette(page).getByText('No component matches “quantum”.', { exact: true })).toBeVisible();
    await searchBox(page).clear();
    await expect(palette(page).getByText(/No component matches/)).toHaveCount(0);
    await expect(categoryHeadings(page)).toHaveText(ALL_CATEGORIES_EN);
  });
});

test.describe('palette search in French', () => {
  test.use({ locale: 'fr-FR' });

  test('category headings are French', async ({ page }) => {
    await openApp(page, { language: 'fr' });
    await expect(categoryHeadings(page, 'fr')).toHaveText(ALL_CATEGORIES_FR);
    await expect(palette(page, 'fr').getByRole('heading', { name: 'Ingestion et flux', exact: true })).toBeVisible();
    await expect(palette(page, 'fr').getByRole('heading', { name: 'Ingestion and streaming' })).toHaveCount(0);
    await expect(paletteItem(page, 'Topic Kafka', undefined, 'fr')).toBeVisible();
  });

  test('the cloud provider list is French and renames products the same way', async ({ page }) => {
    await openApp(page, { language: 'fr' });
    const select = palette(page, 'fr').getByRole('combobox', { name: 'Fournisseur cloud' });
    await expect(select.locator('option')).toHaveText(['Aucun (noms neutres)', 'AWS', 'Google Cloud', 'Microsoft Azure']);
    await select.selectOption({ label: 'Google Cloud' });
    await expect(paletteItem(page, 'Google Cloud Pub/Sub', 'Flux de données Kinesis', 'fr')).toBeVisible();
    await expect(paletteItem(page, 'Flux de données Kinesis', undefined, 'fr')).toHaveCount(0);
  });

  for (const query of ['caractéristiques', 'caracteristiques', 'CARACTÉRISTIQUES']) {
    test(`"${query}" finds the feature stores (magasins de caractéristiques)`, async ({ page }) => {
      await openApp(page, { language: 'fr' });
      await searchBox(page, 'fr').fill(query);
      await expect(paletteItem(page, 'Magasin de caractéristiques en ligne', undefined, 'fr')).toBeVisible();
      await expect(paletteItem(page, 'Magasin de caractéristiques hors ligne', undefined, 'fr')).toBeVisible();
      await expect(paletteItem(page, 'Topic Kafka', undefined, 'fr')).toHaveCount(0);
      await expect(categoryHeadings(page, 'fr')).toContainText(['Cycle de vie ML']);
    });
  }

  test('a query that matches nothing says so in French', async ({ page }) => {
    await openApp(page, { language: 'fr' });
    await searchBox(page, 'fr').fill('téléporteur');
    await expect(palette(page, 'fr').getByText('Aucun composant ne correspond à « téléporteur ».', { exact: true })).toBeVisible();
  });
});

test.describe('adding components from the palette', () => {
  test.use({ locale: 'en-US' });

  test('clicking an entry adds it to the canvas, says so, and Undo takes it away', async ({ page }) => {
    await openApp(page);
    await expect(undoButton(page)).toBeDisabled();
    await expect(canvas(page)).toContainText(en.canvas.empty);

    await paletteItem(page, 'Kafka topic').click();
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();
    await expect(notice(page, '“Kafka topic” added.')).toBeVisible();
    await expect(canvas(page)).not.toContainText(en.canvas.empty);
    // The new component is selected: the side panel shows it.
    await expect(page.getByRole('tabpanel', { name: 'Properties' }).getByRole('heading', { name: 'Kafka topic' })).toBeVisible();
    await expect(undoButton(page)).toBeEnabled();

    await undoButton(page).click();
    await expect(nodeLabel(page, 'Kafka topic')).toHaveCount(0);
    await expect(canvas(page)).toContainText(en.canvas.empty);
    await expect(undoButton(page)).toBeDisabled();
  });

  test('pressing Enter on a focused entry adds it; a second one gets a numbered label', async ({ page }) => {
    await openApp(page);
    const item = paletteItem(page, 'Model registry');
    await item.focus();
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nodeLabel(page, 'Model registry')).toBeVisible();
    await expect(notice(page, '“Model registry” added.')).toBeVisible();

    await item.focus();
    await page.keyboard.press('Enter');
    await expect(nodeLabel(page, 'Model registry 2')).toBeVisible();
    await expect(notice(page, '“Model registry 2” added.')).toBeVisible();
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(2);

    await undoButton(page).click();
    await expect(nodeLabel(page, 'Model registry 2')).toHaveCount(0);
    await expect(nodeLabel(page, 'Model registry')).toBeVisible();
  });

  test('dragging an entry onto the canvas adds the component where it is dropped', async ({ page }) => {
    await openApp(page);
    // A first component, so the canvas has settled its view before the drops that are measured.
    await paletteItem(page, 'Kafka topic').click();
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();

    const area = canvas(page);
    const box = await area.boundingBox();
    if (box === null) throw new Error('no canvas');
    const drops = [
      { label: 'Online feature store', at: { x: Math.round(box.width * 0.25), y: Math.round(box.height * 0.2) } },
      { label: 'Model registry', at: { x: Math.round(box.width * 0.7), y: Math.round(box.height * 0.75) } },
    ];
    for (const { label, at } of drops) {
      await paletteItem(page, label).dragTo(area, { targetPosition: at });
      const card = componentCard(page, label);
      await expect(card).toBeVisible();
      // The component is centred on the point where it was dropped.
      const centre = await centreOf(card);
      expect(Math.abs(centre.x - (box.x + at.x))).toBeLessThan(3);
      expect(Math.abs(centre.y - (box.y + at.y))).toBeLessThan(3);
    }
    await expect(area.locator('.react-flow__node')).toHaveCount(3);
    await expect(undoButton(page)).toBeEnabled();
    await undoButton(page).click();
    await expect(nodeLabel(page, 'Model registry')).toHaveCount(0);
    await expect(nodeLabel(page, 'Online feature store')).toBeVisible();
  });

  // The view is fitted only when a design opens: the first component dropped on an empty design
  // stays under the pointer (the view used to jump to it at 200 % zoom).
  test('the first component dropped on an empty canvas stays where it was dropped', async ({ page }) => {
    await openApp(page);
    const area = canvas(page);
    const box = await area.boundingBox();
    if (box === null) throw new Error('no canvas');
    const at = { x: Math.round(box.width * 0.25), y: Math.round(box.height * 0.2) };
    await paletteItem(page, 'Kafka topic').dragTo(area, { targetPosition: at });
    const card = componentCard(page, 'Kafka topic');
    await expect(card).toBeVisible();
    const centre = await centreOf(card);
    expect(Math.abs(centre.x - (box.x + at.x))).toBeLessThan(3);
    expect(Math.abs(centre.y - (box.y + at.y))).toBeLessThan(3);
    // Drawn at the same scale as before the drop (200 × 72 at 100 %).
    expect((await card.boundingBox())?.width).toBeCloseTo(200, 0);
  });

  test('an added component is still there after a reload', async ({ page }) => {
    await openApp(page);
    await paletteItem(page, 'Online feature store').click();
    await paletteItem(page, 'Kafka topic').dragTo(canvas(page), { targetPosition: { x: 120, y: 120 } });
    await expect(nodeLabel(page, 'Online feature store')).toBeVisible();
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();
    await waitUntilSaved(page);

    await page.reload();
    await expect(nodeLabel(page, 'Online feature store')).toBeVisible();
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(2);
    await expect(canvas(page)).not.toContainText(en.canvas.empty);
  });
});

test.describe('cloud provider names', () => {
  test.use({ locale: 'en-US' });

  const providerSelect = (page: Page) => palette(page).getByRole('combobox', { name: 'Cloud provider' });

  test('the palette names managed products after the chosen provider', async ({ page }) => {
    await openApp(page);
    const select = providerSelect(page);
    await expect(select).toHaveValue('');
    await expect(select.locator('option:checked')).toHaveText('Any (neutral names)');
    await expect(paletteItem(page, 'Kafka topic')).toBeVisible();
    await expect(paletteItem(page, 'Kinesis data stream')).toBeVisible();
    await expect(paletteItem(page, 'Message queue')).toBeVisible();

    await select.selectOption({ label: 'AWS' });
    await expect(paletteItem(page, 'Amazon MSK', 'Kafka topic')).toBeVisible();
    await expect(paletteItem(page, 'Amazon Kinesis Data Streams', 'Kinesis data stream')).toBeVisible();
    await expect(paletteItem(page, 'Amazon SQS', 'Message queue')).toBeVisible();
    await expect(paletteItem(page, 'Kafka topic')).toHaveCount(0);
    // A type no provider renames keeps its neutral name alone.
    await expect(paletteItem(page, 'Pulsar topic')).toBeVisible();

    await select.selectOption({ label: 'Google Cloud' });
    await expect(paletteItem(page, 'Google Cloud Pub/Sub', 'Kinesis data stream')).toBeVisible();
    await expect(paletteItem(page, 'Google Cloud Managed Service for Apache Kafka', 'Kafka topic')).toBeVisible();
    await expect(paletteItem(page, 'Amazon MSK', 'Kafka topic')).toHaveCount(0);

    await select.selectOption({ label: 'Microsoft Azure' });
    await expect(paletteItem(page, 'Azure Event Hubs', 'Kinesis data stream')).toBeVisible();
    await expect(paletteItem(page, 'Azure Event Hubs (Kafka API)', 'Kafka topic')).toBeVisible();

    await select.selectOption({ label: 'Any (neutral names)' });
    await expect(paletteItem(page, 'Kafka topic')).toBeVisible();
    await expect(paletteItem(page, 'Kinesis data stream')).toBeVisible();
  });

  test('a product name is searchable once the provider is chosen', async ({ page }) => {
    await openApp(page);
    await providerSelect(page).selectOption({ label: 'AWS' });
    await searchBox(page).fill('msk');
    await expect(paletteItem(page, 'Amazon MSK', 'Kafka topic')).toBeVisible();
  });

  test('a component already on the canvas shows the provider product as its type', async ({ page }) => {
    await openApp(page);
    await paletteItem(page, 'Kafka topic').click();
    const card = componentCard(page, 'Kafka topic');
    await expect(card).toBeVisible();
    await expect(card.getByText('Apache Kafka 3.8', { exact: true })).toBeVisible();
    await expect(card.getByText('Amazon MSK', { exact: true })).toHaveCount(0);

    await providerSelect(page).selectOption({ label: 'AWS' });
    // The label the user has is kept; the type line names the product.
    await expect(card.getByText('Amazon MSK', { exact: true })).toBeVisible();
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();

    await providerSelect(page).selectOption({ label: 'Microsoft Azure' });
    await expect(card.getByText('Azure Event Hubs (Kafka API)', { exact: true })).toBeVisible();
    await expect(card.getByText('Amazon MSK', { exact: true })).toHaveCount(0);

    // A component added now is named after the product.
    await paletteItem(page, 'Azure Event Hubs', 'Kinesis data stream').click();
    await expect(nodeLabel(page, 'Azure Event Hubs')).toBeVisible();
    await expect(notice(page, '“Azure Event Hubs” added.')).toBeVisible();
  });

  test('Undo puts the previous provider back, names and all', async ({ page }) => {
    await openApp(page);
    await paletteItem(page, 'Kafka topic').click();
    const card = componentCard(page, 'Kafka topic');
    await expect(card).toBeVisible();

    await providerSelect(page).selectOption({ label: 'AWS' });
    await providerSelect(page).selectOption({ label: 'Google Cloud' });
    await expect(providerSelect(page)).toHaveValue('gcp');
    await expect(card.getByText('Google Cloud Managed Service for Apache Kafka', { exact: true })).toBeVisible();

    await undoButton(page).click();
    await expect(providerSelect(page)).toHaveValue('aws');
    await expect(card.getByText('Amazon MSK', { exact: true })).toBeVisible();
    await expect(paletteItem(page, 'Amazon MSK', 'Kafka topic')).toBeVisible();

    await undoButton(page).click();
    await expect(providerSelect(page)).toHaveValue('');
    await expect(card.getByText('Amazon MSK', { exact: true })).toHaveCount(0);
    await expect(paletteItem(page, 'Kafka topic')).toBeVisible();
    // The component itself is still there: only the provider change was undone.
    await expect(nodeLabel(page, 'Kafka topic')).toBeVisible();
  });

  test('the provider is part of the design and survives a reload', async ({ page }) => {
    await openApp(page);
    await paletteItem(page, 'Kafka topic').click();
    await providerSelect(page).selectOption({ label: 'AWS' });
    await expect(componentCard(page, 'Kafka topic').getByText('Amazon MSK', { exact: true })).toBeVisible();
    await waitUntilSaved(page);

    await page.reload();
    await expect(providerSelect(page)).toHaveValue('aws');
    await expect(providerSelect(page).locator('option:checked')).toHaveText('AWS');
    await expect(paletteItem(page, 'Amazon Kinesis Data Streams', 'Kinesis data stream')).toBeVisible();
    await expect(componentCard(page, 'Kafka topic').getByText('Amazon MSK', { exact: true })).toBeVisible();
  });
});
