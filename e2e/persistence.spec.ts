import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { componentCard, inspector, notice, savedDesign } from './support/canvas';
import { editStoredDesigns } from './support/storedDesigns';
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

test.describe('designs kept in this browser', () => {
  test('two tabs editing the same design never leave a mix of both: the last save is kept whole', async ({ page, context }) => {
    await openApp(page);
    await openExample(page);
    await waitUntilSaved(page);

    // A second tab opens the same design and renames a component there.
    const other = await context.newPage();
    await openApp(other);
    await expect(designName(other)).toHaveValue(EXAMPLE.name);
    await componentCard(other, 'Web client').click();
    const name = inspector(other).getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Renamed in the other tab');
    await name.press('Enter');
    await expect(componentCard(other, 'Renamed in the other tab')).toBeVisible();
    await waitUntilSaved(other);
    await other.close();

    // The first tab, which still shows the old name, then moves a component.
    const before = await savedDesign(page);
    const id = before.nodes.find((n) => n.label === 'Web client')!.id;
    await componentCard(page, 'Web client').click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await savedDesign(page)).layout.elements[id]?.y).toBe(before.layout.elements[id]!.y + 10);
    await waitUntilSaved(page);
    // Said, since the other tab's change is gone.
    await expect(notice(page, 'This design was also changed in another tab: the version in this tab is the one kept.')).toBeVisible();

    await page.reload();
    await expect(designName(page)).toHaveValue(EXAMPLE.name);
    for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
    await expect(nodeLabel(page, 'Renamed in the other tab')).toHaveCount(0);
    const after = await savedDesign(page);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.layout.elements[id]).toEqual({ ...before.layout.elements[id], y: before.layout.elements[id]!.y + 10 });
  });

  test('a design saved whole by an earlier ArchLab still opens, and keeps later edits', async ({ page }) => {
    await openApp(page);
    const envelope = JSON.parse(await readFile(EXAMPLE.file, 'utf8')) as { design: { id: string; name: string } };
    envelope.design = { ...envelope.design, id: 'saved-long-ago', name: 'Saved long ago' };
    // As ArchLab wrote designs until parts came: the whole envelope in one record.
    await editStoredDesigns(page, {
      put: [
        ['design:saved-long-ago', envelope],
        ['summary:saved-long-ago', { id: 'saved-long-ago', name: 'Saved long ago', nodeCount: 1, updatedAt: 1 }],
      ],
    });

    await page.getByRole('banner').getByRole('button', { name: 'Designs', exact: true }).click();
    await page.getByRole('button', { name: 'Open Saved long ago', exact: true }).click();
    await expect(designName(page)).toHaveValue('Saved long ago');
    for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();

    await renameDesign(page, 'Saved long ago, edited');
    await waitUntilSaved(page);
    await page.reload();
    await expect(designName(page)).toHaveValue('Saved long ago, edited');
    for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
  });
});

test('a saved design that cannot be read is named at start, with what is wrong', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await waitUntilSaved(page);
  // Storage loses a part of the saved design, as a browser clearing data half-way might.
  await editStoredDesigns(page, { dropNodesOf: EXAMPLE.name });

  await page.reload();
  await expect(notice(page, `The saved design “${EXAMPLE.name}” could not be read: design.nodes: this part of the saved design is missing`)).toBeVisible();
  await expect(designName(page)).toHaveValue('Untitled design');
});

test('a saved design that cannot be read is not opened from the Designs dialog: it says what is wrong', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await waitUntilSaved(page);
  await page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
  await renameDesign(page, 'Still open');
  await waitUntilSaved(page);
  await editStoredDesigns(page, { dropNodesOf: EXAMPLE.name });

  await page.getByRole('banner').getByRole('button', { name: 'Designs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Designs in this browser' });
  await dialog.getByRole('button', { name: `Open ${EXAMPLE.name}`, exact: true }).click();
  await expect(dialog.getByText(`The saved design “${EXAMPLE.name}” could not be read: design.nodes: this part of the saved design is missing`)).toBeVisible();
  await dialog.press('Escape');
  await expect(designName(page)).toHaveValue('Still open');
});
