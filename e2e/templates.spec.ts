import { expect, test } from '@playwright/test';
import { designName, openApp } from './support/app';
import { componentCards } from './support/canvas';

test.describe('templates', () => {
  test.use({ locale: 'en-US' });

  test('start a design from a reference architecture: it passes its declared patterns', async ({ page }) => {
    await openApp(page);
    await page.getByRole('banner').getByRole('button', { name: 'Templates' }).click();
    const gallery = page.getByRole('dialog', { name: 'Start from a reference architecture' });
    const cards = gallery.getByRole('list', { name: 'Reference architectures' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(cards).toHaveCount(9);

    const card = cards.filter({ hasText: 'Zero-trust inference' });
    await expect(card).toContainText('Zero trust');
    await card.getByRole('button', { name: 'Use “Zero-trust inference”' }).click();
    await expect(gallery).toHaveCount(0);
    await expect(page.getByText('Started a new design from the template “Zero-trust inference”.')).toBeVisible();
    await expect(designName(page)).toHaveValue('Zero-trust inference');
    await expect.poll(() => componentCards(page).count()).toBeGreaterThan(5);

    await page.getByRole('tab', { name: 'Findings' }).click();
    const findings = page.getByRole('tabpanel', { name: 'Findings' });
    await expect(findings).toContainText('No findings: the design passes every rule that applies to it.');
    await expect(findings).toContainText('All requirements met');
    await expect(findings).not.toContainText(/\d+ of \d+ requirements met/);
  });
});

test('the gallery speaks French', async ({ page }) => {
  await openApp(page, { language: 'fr' });
  await page.getByRole('banner').getByRole('button', { name: 'Modèles' }).click();
  const gallery = page.getByRole('dialog', { name: 'Partir d’une architecture de référence' });
  await gallery.getByRole('button', { name: 'Utiliser « Détection de fraude en temps réel »' }).click();
  await expect(designName(page, 'fr')).toHaveValue('Détection de fraude en temps réel');
});
