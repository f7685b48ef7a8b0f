import { expect, test } from '@playwright/test';
import { example, openApp, openFile } from './support/app';
import { componentCard, dropFromPalette, inspector } from './support/canvas';

test.use({ locale: 'en-US' });

const FRAUD = example('fraud-detection.archlab.json');
const NAME = 'Real-time fraud detection';

test('presentation mode steps through the views, the decision records and the metrics from the keyboard', async ({ page }) => {
  await openApp(page);
  await openFile(page, FRAUD);
  await expect(page.getByRole('banner').getByRole('textbox', { name: 'Design name' })).toHaveValue(NAME);

  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('dialog', { name: `Presentation of “${NAME}”` });
  await expect(show).toBeVisible();
  await expect(show.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
  await expect(show.getByRole('main', { name: 'Slide 1 of 8' })).toBeVisible();

  const diagram = async (view: string) => {
    await expect(show.getByRole('heading', { name: view, exact: true })).toBeVisible();
    const image = show.getByRole('img', { name: `${view} diagram of “${NAME}”` });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  };
  await page.keyboard.press('ArrowRight');
  await diagram('System context');
  await page.keyboard.press('ArrowRight');
  await diagram('Containers');
  await page.keyboard.press('PageDown');
  await expect(show.getByRole('heading', { name: 'Architecture as drawn' })).toBeVisible();
  await expect(show.getByRole('img', { name: `Architecture as drawn diagram of “${NAME}”` })).toBeVisible();

  await page.keyboard.press(' ');
  await expect(show.getByRole('heading', { name: /^ADR-001 · / })).toBeVisible();
  await expect(show.getByRole('heading', { name: 'Consequences' })).toBeVisible();
  await show.getByRole('button', { name: 'Next slide' }).click();
  await expect(show.getByRole('heading', { name: /^ADR-002 · / })).toBeVisible();

  await page.keyboard.press('End');
  await expect(show.getByRole('heading', { name: 'Metrics summary' })).toBeVisible();
  await expect(show.getByText(/^Rule findings: errors \d+, warnings \d+, notes \d+\.$/)).toBeVisible();
  await expect(show.getByRole('button', { name: 'Next slide' })).toBeDisabled();

  await page.keyboard.press('Home');
  await expect(show.getByRole('main', { name: 'Slide 1 of 8' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Present' })).toBeVisible();
});

test.describe(() => {
// The test reads the diagram image's SVG with fetch, which the app's CSP (connect-src 'self') forbids.
test.use({ bypassCSP: true });

test('a hostile label comes through the C4 diagrams as the text typed, drawn by Mermaid itself', async ({ page }) => {
  await openApp(page);
  await dropFromPalette(page, 'Microservice', { x: 300, y: 300 });
  await componentCard(page, 'Microservice').click();
  const hostile = 'Say "hi"; 50%% <b>bold</b> #lt; %%{init: {"theme":"forest"}}%%';
  const name = inspector(page).getByRole('textbox', { name: 'Name', exact: true });
  await name.fill(hostile);
  await name.press('Enter');

  await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const image = page.getByRole('img', { name: /^Containers diagram of / });
  await expect(image).toBeVisible();
  const drawn = await image.evaluate(async (img: HTMLImageElement) => {
    const svg = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
    return {
      // Mermaid wraps long labels over several lines: compare without the spaces it breaks on.
      texts: [...svg.querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/[\s\u200b]/g, '')),
      elements: [...new Set([...svg.querySelectorAll('*')].map((e) => e.localName))],
    };
  });
  // Quotes turn typographic (Mermaid strings cannot hold a straight one); the rest is as typed.
  expect(drawn.texts).toContain(hostile.replaceAll('"', '”').replace(/\s/g, ''));
  expect(drawn.elements).not.toContain('script');
  expect(drawn.elements).not.toContain('b');
});
});
