import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import { fr } from '../src/core/i18n/messages/fr';
import { openApp } from './support/app';

async function expectEnglish(page: Page): Promise<void> {
  const header = page.getByRole('banner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(header.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  for (const name of ['New', 'Open…', 'Save', 'Designs']) {
    await expect(header.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: 'Design name' })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab')).toHaveText([
    'Properties',
    'Findings',
    'Metrics',
    'Labs',
    'Export',
  ]);
  await expect(page.getByRole('complementary', { name: 'Components' })).toContainText(en.categories.ingestion);
  await expect(page.getByRole('region', { name: 'Design canvas' })).toBeVisible();
}

async function expectFrench(page: Page): Promise<void> {
  const header = page.getByRole('banner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(header.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  for (const name of ['Nouveau', 'Ouvrir…', 'Enregistrer', 'Conceptions']) {
    await expect(header.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: 'Nom de la conception' })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Panneau latéral' }).getByRole('tab')).toHaveText([
    'Propriétés',
    'Constats',
    'Métriques',
    'Ateliers',
    'Export',
  ]);
  await expect(page.getByRole('complementary', { name: 'Composants' })).toContainText(fr.categories.ingestion);
  await expect(page.getByRole('region', { name: 'Canevas de conception' })).toBeVisible();
  // No English label is left behind.
  await expect(header.getByRole('button', { name: 'New', exact: true })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Properties' })).toHaveCount(0);
}

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface starts in French', async ({ page }) => {
    await openApp(page);
    await expectFrench(page);
    await expect(page.getByRole('textbox', { name: 'Nom de la conception' })).toHaveValue('Conception sans titre');
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Enregistré dans ce navigateur');
    await expect(page.getByRole('tabpanel', { name: 'Propriétés' })).toHaveText(fr.panel.properties.empty);
  });

  test('choosing English switches every text at once and is remembered after a reload', async ({ page }) => {
    await openApp(page);
    await expectFrench(page);

    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' });
    await expectEnglish(page);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Metrics' })).toHaveText(en.panel.metrics.empty);

    await page.reload();
    await expectEnglish(page);
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the interface starts in English', async ({ page }) => {
    await openApp(page);
    await expectEnglish(page);
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('Untitled design');
    await expect(page.getByRole('tabpanel', { name: 'Properties' })).toHaveText(en.panel.properties.empty);
  });

  test('choosing Français switches every text at once and is remembered after a reload', async ({ page }) => {
    await openApp(page);
    await expectEnglish(page);

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
    await expectFrench(page);
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('Enregistré dans ce navigateur');
    await page.getByRole('tab', { name: 'Constats' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Constats' })).toContainText(fr.findings.none);

    await page.reload();
    await expectFrench(page);
    await expect(page.getByRole('tabpanel', { name: 'Propriétés' })).toHaveText(fr.panel.properties.empty);
  });
});
