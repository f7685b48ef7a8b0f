import { expect, test } from '@playwright/test';
import { EXAMPLE, designName, nodeLabel, openApp, openExample, renameDesign, waitUntilSaved } from './support/app';

test.use({ locale: 'en-US' });

test.describe('peer review by link', () => {
  test('a copied link opens the design as a new one, beside the designs already here', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await openExample(page);
    await waitUntilSaved(page);

    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('tabpanel', { name: 'Export' }).getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByText(/A link carrying this design is on the clipboard/)).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9+\-$]+$/);

    // The reviewer's tab has a design of their own open.
    const reviewer = await context.newPage();
    await openApp(reviewer);
    await reviewer.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
    await renameDesign(reviewer, 'My own work');
    await waitUntilSaved(reviewer);

    await reviewer.goto(link);
    await expect(reviewer.getByText(`Opened the shared design “${EXAMPLE.name}” as a new design.`)).toBeVisible();
    await expect(designName(reviewer)).toHaveValue(EXAMPLE.name);
    await expect(nodeLabel(reviewer, EXAMPLE.labels[1])).toBeVisible();
    // The address no longer carries the design: a reload does not import it again.
    expect(new URL(reviewer.url()).hash).toBe('');
    await waitUntilSaved(reviewer);

    await reviewer.getByRole('banner').getByRole('button', { name: 'Designs', exact: true }).click();
    const list = reviewer.getByRole('dialog', { name: 'Designs in this browser' }).getByRole('list', { name: 'Designs in this browser' });
    // The original, its shared copy and the reviewer's own design are all kept.
    await expect(list.getByRole('listitem', { name: EXAMPLE.name, exact: true })).toHaveCount(2);
    await expect(list.getByRole('listitem', { name: 'My own work', exact: true })).toHaveCount(1);
  });

  test('a link cut short is reported and the open design stays', async ({ page }) => {
    await openApp(page);
    await renameDesign(page, 'Kept as it is');
    await waitUntilSaved(page);

    await page.goto('/#design=N4IgLgpgzhBcIEEA2BLAxg');
    const dialog = page.getByRole('alertdialog', { name: 'This file cannot be opened' });
    await expect(dialog).toContainText('“shared link” has 1 problem. Your open design has not changed.');
    await expect(dialog).toContainText(/damaged|cut short|JSON/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(designName(page)).toHaveValue('Kept as it is');
  });
});
