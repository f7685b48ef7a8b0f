import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLE, downloadFrom, labelsOf, openApp, openExample, readDownload } from './support/app';
import { componentCard, componentCards, dropFromPalette, inspector } from './support/canvas';

test.use({ locale: 'en-US' });

function exportPanel(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Export' });
}

function preview(page: Page): Locator {
  return exportPanel(page).getByRole('region', { name: 'Preview' });
}

async function openExportTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Export' }).click();
}

async function pick(page: Page, format: string, view?: string): Promise<void> {
  await exportPanel(page).getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
  if (view !== undefined) await exportPanel(page).getByRole('combobox', { name: 'View' }).selectOption({ label: view });
}

async function download(page: Page) {
  return downloadFrom(page, () => exportPanel(page).getByRole('button', { name: 'Download' }).click());
}

/** What an SVG file holds, as a browser parses it: script elements, event attributes, texts. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      parseError: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      scripts: doc.querySelectorAll('script').length,
      foreign: doc.querySelectorAll('foreignObject').length,
      handlers: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')),
      titles: [...doc.querySelectorAll('title')].map((t) => t.textContent),
      background: doc.querySelector('svg > rect')?.getAttribute('fill'),
    };
  }, svg);
}

test.describe('Export tab', () => {
  test('previews and downloads each C4 text format and the design file', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    await openExportTab(page);

    const cases = [
      { format: 'Structurizr DSL', file: 'real-time-inference-service.dsl', starts: 'workspace', has: 'autoLayout' },
      { format: 'C4-PlantUML', view: 'Deployment', file: 'real-time-inference-service-deployment.puml', starts: '@startuml', has: 'Deployment_Node' },
      { format: 'Mermaid C4', view: 'System context', file: 'real-time-inference-service-context.mmd', starts: 'C4Context', has: 'System(e_system' },
      { format: 'Design file (JSON)', file: 'real-time-inference-service.archlab.json', starts: '{', has: '"format": "archlab"' },
    ];
    for (const c of cases) {
      await pick(page, c.format, c.view);
      const shown = preview(page).locator('pre');
      await expect(shown).toContainText(c.has);
      await expect(exportPanel(page)).toContainText(`File: ${c.file}`);
      const text = (await shown.textContent()) ?? '';
      expect(text.trimStart().startsWith(c.starts)).toBe(true);

      const file = await download(page);
      expect(file.suggestedFilename()).toBe(c.file);
      expect(await readDownload(file)).toBe(text);
    }
  });

  test('copies the preview to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await openExample(page);
    await openExportTab(page);
    await pick(page, 'Mermaid C4', 'Containers');
    const text = (await preview(page).locator('pre').textContent()) ?? '';
    expect(text).toContain('C4Container');

    await exportPanel(page).getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText('Mermaid C4 copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  test('an SVG image of the whole design shows every component, even off screen, and no script', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    // Rename a component to something hostile: it must come through as text.
    await componentCard(page, EXAMPLE.labels[0]).click();
    const hostile = '<script>alert(1)</script>" onload="x()';
    const name = inspector(page).getByRole('textbox', { name: 'Name', exact: true });
    await name.fill(hostile);
    await name.press('Enter');
    // Zoom in until the canvas, which draws only what is in view, leaves components out.
    const zoomIn = page.getByRole('button', { name: /zoom in/i });
    for (let i = 0; i < 6; i += 1) await zoomIn.click();
    const { labels } = labelsOf(await readFile(EXAMPLE.file, 'utf8'));
    await expect.poll(() => componentCards(page).count()).toBeLessThan(labels.length);

    await openExportTab(page);
    await pick(page, 'SVG image');
    const image = preview(page).getByRole('img', { name: 'Preview of the image' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);

    const file = await download(page);
    expect(file.suggestedFilename()).toBe('real-time-inference-service.svg');
    const svg = await readDownload(file);
    const parsed = await inspectSvg(page, svg);
    expect(parsed).toMatchObject({ parseError: false, root: 'svg', scripts: 0, foreign: 0, handlers: [] });
    expect(parsed.titles).toContain(hostile);
    for (const label of labels.filter((l) => l !== EXAMPLE.labels[0])) expect(parsed.titles).toContain(label);
  });

  test('a PNG of the selection only, and an image in the dark theme', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    await openExportTab(page);
    await pick(page, 'PNG image');
    const size = exportPanel(page).getByText(/^\d+ × \d+ px$/);
    await expect(size).toBeVisible();
    const whole = (await size.textContent())!;

    await exportPanel(page).getByRole('radio', { name: 'Selection' }).check();
    await expect(exportPanel(page).getByText('Nothing is selected')).toBeVisible();
    await componentCard(page, 'Online feature store').click();
    await openExportTab(page);
    await expect(size).not.toHaveText(whole);
    const [width] = (await size.textContent())!.split(' × ').map(Number);
    expect(width).toBeLessThan(Number(whole.split(' × ')[0]));

    const file = await download(page);
    expect(file.suggestedFilename()).toBe('real-time-inference-service-selection.png');
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await pick(page, 'SVG image');
    await exportPanel(page).getByRole('radio', { name: 'Whole design' }).check();
    await expect(preview(page).getByRole('img', { name: 'Preview of the image' })).toBeVisible();
    const svg = await readDownload(await download(page));
    expect((await inspectSvg(page, svg)).background).toBe('#0b1120');
  });

  test('an empty design has no image to export', async ({ page }) => {
    await openApp(page);
    await openExportTab(page);
    await pick(page, 'SVG image');
    await expect(exportPanel(page).getByText('The design is empty')).toBeVisible();
    await expect(exportPanel(page).getByRole('button', { name: 'Download' })).toBeDisabled();

    await dropFromPalette(page, 'Microservice', { x: 300, y: 300 });
    await openExportTab(page);
    await expect(preview(page).getByRole('img', { name: 'Preview of the image' })).toBeVisible();
  });
});

test('a decision record added in the dialog is in the Markdown architecture document', async ({ page }) => {
  await openApp(page);
  await openExample(page);
  await page.getByRole('banner').getByRole('button', { name: /^Decisions \(\d+\)$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Architecture decision records' });
  await dialog.getByRole('button', { name: 'New decision' }).click();
  const title = dialog.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Keep <features> | online in Redis');
  await title.press('Enter');
  const context = dialog.getByRole('textbox', { name: 'Context', exact: true });
  await context.fill('# Not a heading\nLookups must answer in 5 ms.');
  await context.blur();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await openExportTab(page);
  await pick(page, 'Architecture document (Markdown)');
  const shown = preview(page).locator('pre');
  await expect(shown).toContainText('# Real-time inference service');
  // The record, its title escaped for Markdown, and its context kept as text, not as a heading.
  await expect(shown).toContainText('ADR-002 Keep &lt;features&gt; \\| online in Redis');
  await expect(shown).toContainText('\\# Not a heading');
  await expect(shown).toContainText('```mermaid');

  const file = await download(page);
  expect(file.suggestedFilename()).toBe('real-time-inference-service.md');
  const markdown = await readDownload(file);
  expect(markdown).toBe(await shown.textContent());
  expect(markdown).toMatch(/^### ADR-002 /m);
});
