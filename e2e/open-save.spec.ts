import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import {
  canvas,
  designName,
  dropFile,
  labelsOf,
  nodeLabel,
  openApp,
  openFile,
  readDownload,
  saveToFile,
  EXAMPLE,
} from './support/app';

test.use({ locale: 'en-US' });

test('opening a design file through the file chooser shows its name and components', async ({ page }) => {
  await openApp(page);
  await openFile(page, EXAMPLE.file);

  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Opened “${EXAMPLE.name}”.` })).toBeVisible();
  await expect(canvas(page)).not.toContainText(en.canvas.empty);
});

test('Save downloads an .archlab.json file that opens again as the same design', async ({ page }, testInfo) => {
  await openApp(page);
  await openFile(page, EXAMPLE.file);
  await expect(designName(page)).toHaveValue(EXAMPLE.name);

  const download = await saveToFile(page);
  expect(download.suggestedFilename()).toMatch(/\.archlab\.json$/);
  expect(download.suggestedFilename()).toBe('real-time-inference-service.archlab.json');

  // The file holds the design as it was opened.
  const saved = JSON.parse(await readDownload(download)) as { format: string; version: number; design: unknown };
  const original = JSON.parse(await readFile(EXAMPLE.file, 'utf8')) as { version: number; design: unknown };
  expect(saved.format).toBe('archlab');
  // The example is written in the current schema version, as Save writes.
  expect(saved.version).toBe(original.version);
  expect(saved.design).toEqual(original.design);

  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  await page.getByRole('banner').getByRole('button', { name: 'New', exact: true }).click();
  await expect(designName(page)).toHaveValue('Untitled design');
  await expect(canvas(page)).toContainText(en.canvas.empty);
  await expect(nodeLabel(page, EXAMPLE.labels[0])).toHaveCount(0);

  await openFile(page, file);
  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  for (const label of labelsOf(await readFile(file, 'utf8')).labels) {
    await expect(nodeLabel(page, label)).toBeVisible();
  }
});

test('a saved file opens as the same design in another browser profile', async ({ page, browser }, testInfo) => {
  await openApp(page);
  await openFile(page, EXAMPLE.file);
  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  const download = await saveToFile(page);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const { name, labels } = labelsOf(await readFile(file, 'utf8'));

  // A fresh context: nothing of the first page's storage is there.
  const elsewhere = await browser.newContext({ locale: 'en-US' });
  try {
    const other = await elsewhere.newPage();
    await openApp(other);
    await expect(designName(other)).toHaveValue('Untitled design');
    await openFile(other, file);
    await expect(designName(other)).toHaveValue(name);
    for (const label of labels) await expect(nodeLabel(other, label)).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

test('dropping a design file onto the window opens it', async ({ page }) => {
  await openApp(page);
  await expect(designName(page)).toHaveValue('Untitled design');

  const text = await readFile(EXAMPLE.file, 'utf8');
  await dropFile(page, canvas(page), { name: 'realtime-inference.archlab.json', text }, {
    whileDragging: async () => {
      await expect(page.getByText('Drop an .archlab.json file to open it')).toBeVisible();
    },
  });

  await expect(page.getByText('Drop an .archlab.json file to open it')).toHaveCount(0);
  await expect(designName(page)).toHaveValue(EXAMPLE.name);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
});
