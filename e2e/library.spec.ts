import { expect, test, type Page } from '@playwright/test';
import { designName, nodeLabel, openApp, openExample, renameDesign, waitUntilSaved, EXAMPLE } from './support/app';

test.use({ locale: 'en-US' });

const TITLE = 'Designs in this browser';

function library(page: Page) {
  const dialog = page.getByRole('dialog', { name: TITLE });
  const list = dialog.getByRole('list', { name: TITLE });
  return {
    dialog,
    rows: list.getByRole('listitem'),
    row: (name: string) => list.getByRole('listitem', { name, exact: true }),
    button: (action: 'Open' | 'Rename' | 'Duplicate' | 'Delete', name: string) =>
      dialog.getByRole('button', { name: `${action} ${name}`, exact: true }),
  };
}

async function openLibrary(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Designs', exact: true }).click();
  const lib = library(page);
  await expect(lib.dialog).toBeVisible();
  return lib;
}

/** Two designs saved in this browser: "Alpha" (the one the app started with) and "Beta" (open). */
async function twoDesigns(page: Page): Promise<void> {
  await openApp(page);
  await renameDesign(page, 'Alpha');
  await waitUntilSaved(page);
  await page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
  await expect(designName(page)).toHaveValue('Untitled design');
  await renameDesign(page, 'Beta');
  await waitUntilSaved(page);
}

test('the Designs dialog lists the designs saved in this browser, the open one first', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await expect(lib.rows).toHaveCount(2);
  await expect(lib.rows.nth(0)).toHaveAccessibleName('Beta');
  await expect(lib.row('Beta')).toContainText('open now');
  await expect(lib.row('Beta')).toContainText('0 components');
  await expect(lib.row('Alpha')).not.toContainText('open now');
  await expect(lib.row('Alpha')).toContainText('0 components');
  await expect(lib.row('Alpha')).toContainText('Changed');

  await lib.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(lib.dialog).toBeHidden();
});

test('a design opens from the list', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Open', 'Alpha').click();
  await expect(lib.dialog).toBeHidden();
  await expect(designName(page)).toHaveValue('Alpha');

  const again = await openLibrary(page);
  await expect(again.row('Alpha')).toContainText('open now');
  await expect(again.row('Beta')).not.toContainText('open now');
});

test('a design opened from the list comes back with its components', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await waitUntilSaved(page);
  await page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
  await expect(designName(page)).toHaveValue('Untitled design');
  await expect(nodeLabel(page, EXAMPLE.labels[0])).toHaveCount(0);

  const lib = await openLibrary(page);
  await expect(lib.row(EXAMPLE.name)).toContainText('10 components');
  await lib.button('Open', EXAMPLE.name).click();
  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
});

test('duplicating a design adds a "(copy)" entry that opens as its own design', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Duplicate', 'Alpha').click();
  await expect(lib.row('Alpha (copy)')).toBeVisible();
  await expect(lib.rows).toHaveCount(3);
  await expect(lib.row('Alpha')).toBeVisible();

  await lib.button('Open', 'Alpha (copy)').click();
  await expect(designName(page)).toHaveValue('Alpha (copy)');

  // The copy is a design of its own: renaming it leaves "Alpha" as it was.
  await renameDesign(page, 'Alpha variant');
  const after = await openLibrary(page);
  await expect(after.row('Alpha variant')).toContainText('open now');
  await expect(after.row('Alpha')).toBeVisible();
  await expect(after.rows).toHaveCount(3);
});

test('a design is renamed from the list, whether open or not', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Rename', 'Alpha').click();
  const field = lib.dialog.getByRole('textbox', { name: 'New name for “Alpha”' });
  await expect(field).toBeFocused();
  await field.fill('Alpha renamed');
  await field.press('Enter');
  await expect(lib.row('Alpha renamed')).toBeVisible();
  await expect(lib.row('Alpha')).toHaveCount(0);

  await lib.button('Rename', 'Beta').click();
  await lib.dialog.getByRole('textbox', { name: 'New name for “Beta”' }).fill('Beta renamed');
  await lib.dialog.getByRole('textbox', { name: 'New name for “Beta”' }).press('Enter');
  await expect(lib.row('Beta renamed')).toContainText('open now');
  await expect(designName(page)).toHaveValue('Beta renamed');

  // The new names are stored.
  await waitUntilSaved(page);
  await page.reload();
  const after = await openLibrary(page);
  await expect(after.row('Alpha renamed')).toBeVisible();
  await expect(after.row('Beta renamed')).toBeVisible();
  await expect(after.rows).toHaveCount(2);
});

test('deleting asks for confirmation: Cancel keeps the design, Delete removes it', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Delete', 'Alpha').click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm' });
  await expect(confirm).toContainText('Delete “Alpha” from this browser? This cannot be undone.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(lib.row('Alpha')).toBeVisible();
  await expect(lib.rows).toHaveCount(2);

  await lib.button('Delete', 'Alpha').click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(lib.row('Alpha')).toHaveCount(0);
  await expect(lib.rows).toHaveCount(1);
  await expect(lib.row('Beta')).toBeVisible();
  await expect(designName(page)).toHaveValue('Beta');

  // Gone for good: not back after a reload.
  await page.reload();
  const after = await openLibrary(page);
  await expect(after.rows).toHaveCount(1);
  await expect(after.row('Beta')).toBeVisible();
});

test('deleting the open design opens another saved one', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Delete', 'Beta').click();
  await page.getByRole('alertdialog', { name: 'Confirm' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(lib.row('Beta')).toHaveCount(0);
  await expect(designName(page)).toHaveValue('Alpha');
  await expect(lib.row('Alpha')).toContainText('open now');
  await expect(lib.rows).toHaveCount(1);

  await page.reload();
  await expect(designName(page)).toHaveValue('Alpha');
  const after = await openLibrary(page);
  await expect(after.rows).toHaveCount(1);
});

test('Escape while renaming in the list keeps the old name and the list open', async ({ page }) => {
  await twoDesigns(page);
  const lib = await openLibrary(page);

  await lib.button('Rename', 'Alpha').click();
  const field = lib.dialog.getByRole('textbox', { name: 'New name for “Alpha”' });
  await field.fill('Not this name');
  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(lib.dialog).toBeVisible();
  await expect(lib.row('Alpha')).toBeVisible();
  await expect(lib.row('Not this name')).toHaveCount(0);

  await page.reload();
  const after = await openLibrary(page);
  await expect(after.row('Alpha')).toBeVisible();
  await expect(after.row('Not this name')).toHaveCount(0);
});

test('opening a file in place of an untouched new design leaves no empty design behind', async ({ page }) => {
  await openApp(page);
  await waitUntilSaved(page);
  await openExample(page);
  await waitUntilSaved(page);
  await page.reload();
  const lib = await openLibrary(page);
  await expect(lib.rows).toHaveCount(1);
  await expect(lib.rows.nth(0)).toHaveAccessibleName(EXAMPLE.name);
});

test('a new design that was renamed is kept when another design is opened', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Sketch');
  await waitUntilSaved(page);
  await openExample(page);
  await waitUntilSaved(page);
  const lib = await openLibrary(page);
  await expect(lib.rows).toHaveCount(2);
  await expect(lib.row('Sketch')).toBeVisible();
});
