import { expect, test } from '@playwright/test';
import { designName, nodeLabel, openApp, openExample, renameDesign, waitUntilSaved, EXAMPLE } from './support/app';

test.use({ locale: 'en-US' });

test('a renamed design keeps its name after a reload', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Fraud scoring v2');
  await waitUntilSaved(page);

  await page.reload();
  await expect(designName(page)).toHaveValue('Fraud scoring v2');
});

test('an empty name is not applied: the previous name comes back', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Vector search');
  const field = designName(page);
  await field.fill('   ');
  await field.press('Enter');
  await expect(field).toHaveValue('Vector search');
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(field).toHaveValue('Untitled design');
});

test('an edit followed at once by a reload is not lost', async ({ page }) => {
  await openApp(page);
  const field = designName(page);
  await field.fill('Renamed just before leaving');
  await field.press('Enter');
  // No waiting for the 300 ms autosave: the page is left while the change is still pending.
  await page.reload();

  await expect(designName(page)).toHaveValue('Renamed just before leaving');
  await waitUntilSaved(page);
  await page.reload();
  await expect(designName(page)).toHaveValue('Renamed just before leaving');
});

test('an opened example design is still there, components and all, after a reload', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await waitUntilSaved(page);

  await page.reload();
  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
});

test('Undo and Redo buttons restore and re-apply a new name', async ({ page }) => {
  await openApp(page);
  const header = page.getByRole('banner');
  const undo = header.getByRole('button', { name: 'Undo' });
  const redo = header.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await renameDesign(page, 'Batch scoring');
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(designName(page)).toHaveValue('Untitled design');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();

  await redo.click();
  await expect(designName(page)).toHaveValue('Batch scoring');
  await expect(redo).toBeDisabled();
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo when the focus is outside a text field', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Feature pipeline');
  await renameDesign(page, 'Feature pipeline v2');

  // Focus on a tab, away from the name field.
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.keyboard.press('Control+z');
  await expect(designName(page)).toHaveValue('Feature pipeline');
  await page.keyboard.press('Control+z');
  await expect(designName(page)).toHaveValue('Untitled design');

  await page.keyboard.press('Control+Shift+z');
  await expect(designName(page)).toHaveValue('Feature pipeline');
  await page.keyboard.press('Control+y');
  await expect(designName(page)).toHaveValue('Feature pipeline v2');

  // The undone and redone name is what is saved.
  await page.keyboard.press('Control+z');
  await expect(designName(page)).toHaveValue('Feature pipeline');
  await waitUntilSaved(page);
  await page.reload();
  await expect(designName(page)).toHaveValue('Feature pipeline');
});

test('Ctrl+Z while typing in the name field is left to the field, not the design history', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Recommendation service');
  const header = page.getByRole('banner');

  await designName(page).click();
  await page.keyboard.press('Control+z');
  // The design's own history is untouched: nothing was undone, nothing can be redone.
  await expect(header.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(header.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('Escape in the name field throws away what was typed', async ({ page }) => {
  await openApp(page);
  await renameDesign(page, 'Recommendation service');
  const field = designName(page);
  await field.fill('Typo name');
  await field.press('Escape');
  await expect(field).toHaveValue('Recommendation service');
  await expect(field).not.toBeFocused();

  await page.reload();
  await expect(designName(page)).toHaveValue('Recommendation service');
});
