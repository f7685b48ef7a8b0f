import { expect, test } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import { canvas, designName, nodeLabel, openApp, openExample, watchForErrors, EXAMPLE } from './support/app';

test.use({ locale: 'en-US' });

const TABS = [
  { name: 'Properties', empty: en.panel.properties.empty },
  { name: 'Findings', empty: en.findings.none },
  { name: 'Metrics', empty: en.panel.metrics.empty },
  { name: 'Labs', empty: en.labsTab.list },
  { name: 'Export', empty: en.exportTab.format },
] as const;

test('the app opens with its header, palette, canvas and side panel', async ({ page }) => {
  await openApp(page);

  const header = page.getByRole('banner');
  await expect(designName(page)).toHaveValue('Untitled design');
  for (const name of ['New', 'Open…', 'Save', 'Designs']) {
    await expect(header.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(header.getByRole('combobox', { name: 'Language' })).toHaveValue('en');

  const palette = page.getByRole('complementary', { name: 'Components' });
  await expect(palette.getByRole('heading', { name: 'Components' })).toBeVisible();
  await expect(palette).toContainText(en.categories.ingestion);

  await expect(canvas(page)).toBeVisible();
  await expect(canvas(page)).toContainText(en.canvas.empty);

  const tabs = page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab');
  await expect(tabs).toHaveText(TABS.map((tab) => tab.name));
  await expect(page.getByRole('tab', { name: 'Properties' })).toHaveAttribute('aria-selected', 'true');
});

test('each side panel tab shows what will appear there, and nothing made up', async ({ page }) => {
  await openApp(page);
  for (const tab of TABS) {
    await page.getByRole('tab', { name: tab.name }).click();
    await expect(page.getByRole('tab', { name: tab.name })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { selected: true })).toHaveCount(1);
    await expect(page.getByRole('tabpanel', { name: tab.name })).toContainText(tab.empty);
  }
});

test('arrow keys, Home and End move between the side panel tabs', async ({ page }) => {
  await openApp(page);
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });

  await tab('Properties').click();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Findings')).toBeFocused();
  await expect(tab('Findings')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Findings' })).toContainText(en.findings.none);

  await page.keyboard.press('ArrowRight');
  await expect(tab('Metrics')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Properties')).toBeFocused();

  // Wraps around at both ends.
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Export')).toBeFocused();
  await expect(tab('Export')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Properties')).toBeFocused();

  await page.keyboard.press('End');
  await expect(tab('Export')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Properties')).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Properties' })).toHaveText(en.panel.properties.empty);
});

test('loading an example design logs no error in the console', async ({ page }) => {
  const found = await watchForErrors(page);
  await openApp(page);
  await openExample(page);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();
  // Selecting a component fills the Properties tab from the design itself.
  await nodeLabel(page, 'Model server (zone a)').click();
  const properties = page.getByRole('tabpanel', { name: 'Properties' });
  await expect(properties.getByRole('heading', { name: 'Model server (zone a)' })).toBeVisible();
  await expect(properties.getByRole('textbox', { name: 'Technology' })).toHaveValue('NVIDIA Triton Inference Server 24.10, ONNX Runtime backend');

  expect(found.consoleErrors).toEqual([]);
});

// The build's CSP forbids eval: zod must run jitless in the browser (src/platform/noEval.ts).
test('loading an example design breaks no Content-Security-Policy rule', async ({ page }) => {
  const found = await watchForErrors(page);
  await openApp(page);
  await openExample(page);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label)).toBeVisible();

  expect(found.cspViolations).toEqual([]);
  expect(found.consoleErrors).toEqual([]);
});

test('the served page carries a strict Content-Security-Policy meta tag', async ({ request }) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'a Content-Security-Policy meta tag in index.html').not.toBeNull();
  const policy = decodeHtmlAttribute(meta![1]!);
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain("'unsafe-eval'");
  // No inline script for the policy to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
});

function decodeHtmlAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
