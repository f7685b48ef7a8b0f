import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { generateDesign } from '../../bench/generateDesign';
import { serializeDesign, type Design } from '../../src/core';

/** Small helpers that use ArchLab the way a person does: by role, accessible name and visible text. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The example design shipped with the app, and what a person sees of it. */
export const EXAMPLE = {
  file: path.join(ROOT, 'examples', 'realtime-inference.archlab.json'),
  name: 'Real-time inference service',
  /** A few component labels drawn on the canvas. */
  labels: ['Web client', 'API gateway (zone a)', 'Model server (zone b)', 'Online feature store', 'Prediction events'],
} as const;

/** An example design file under examples/. */
export function example(name: string): string {
  return path.join(ROOT, 'examples', name);
}

/** A file under e2e/fixtures/. */
export function fixture(name: string): string {
  return path.join(ROOT, 'e2e', 'fixtures', name);
}

export type Language = 'en' | 'fr';

/** The few visible texts the helpers need, per language (the specs spell out the rest). */
const TEXT = {
  en: {
    designName: 'Design name',
    open: 'Open…',
    save: 'Save',
    canvas: 'Design canvas',
    language: 'Language',
    saved: 'Saved in this browser',
    dismiss: 'Dismiss',
  },
  fr: {
    designName: 'Nom de la conception',
    open: 'Ouvrir…',
    save: 'Enregistrer',
    canvas: 'Canevas de conception',
    language: 'Langue',
    saved: 'Enregistré dans ce navigateur',
    dismiss: 'Fermer',
  },
} as const;

/**
 * Opens the app and waits until it is ready to use (the design name field is shown). With
 * `language`, switches the Language select to it if the app started in the other one.
 */
export async function openApp(page: Page, options: { language?: Language } = {}): Promise<void> {
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('textbox')).toBeVisible();
  if (options.language === undefined) return;
  const select = header.getByRole('combobox');
  if ((await select.inputValue()) !== options.language) await select.selectOption(options.language);
  await expect(designName(page, options.language)).toBeVisible();
}

export function designName(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('textbox', { name: TEXT[language].designName, exact: true });
}

export function canvas(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('region', { name: TEXT[language].canvas, exact: true });
}

/** A component label drawn on the canvas. */
export function nodeLabel(page: Page, label: string, language: Language = 'en'): Locator {
  return canvas(page, language).locator('.react-flow__node').getByText(label, { exact: true });
}

/** The save status shown in the header ("Saved in this browser", "Saving…", "Not saved"). */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status');
}

/** Waits until the header says the design is stored in this browser. */
export async function waitUntilSaved(page: Page, language: Language = 'en'): Promise<void> {
  await expect(saveStatus(page)).toHaveText(TEXT[language].saved);
}

/** Types a new design name in the header field and applies it with Enter. */
export async function renameDesign(page: Page, name: string, language: Language = 'en'): Promise<void> {
  const field = designName(page, language);
  await field.fill(name);
  await field.press('Enter');
  await expect(field).toHaveValue(name);
  await expect(field).not.toBeFocused();
}

/** Opens a file through the "Open…" button and the system file chooser, as a person does. */
export async function openFile(page: Page, file: string, language: Language = 'en'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: TEXT[language].open, exact: true }).click();
  await (await chooser).setFiles(file);
}

/**
 * Writes a generated design of `components` components (the benchmark's generator) to `file`,
 * opens the app and the file, and waits until the design's name is shown.
 */
export async function openGeneratedDesign(page: Page, file: string, components: number): Promise<Design> {
  const design = generateDesign(components);
  await writeFile(file, serializeDesign(design));
  await openApp(page);
  await openFile(page, file);
  await expect(designName(page)).toHaveValue(design.name);
  return design;
}

/** Opens the example design and waits until its name and components are shown. */
export async function openExample(page: Page, language: Language = 'en'): Promise<void> {
  await openFile(page, EXAMPLE.file, language);
  await expect(designName(page, language)).toHaveValue(EXAMPLE.name);
  await expect(nodeLabel(page, EXAMPLE.labels[0], language)).toBeVisible();
}

/** Runs `action` (a click) and returns the download it starts. */
export async function downloadFrom(page: Page, action: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download');
  await action();
  return download;
}

/** Clicks "Save" in the header and returns the downloaded file. */
export async function saveToFile(page: Page, language: Language = 'en'): Promise<Download> {
  return downloadFrom(page, () => page.getByRole('banner').getByRole('button', { name: TEXT[language].save, exact: true }).click());
}

/** The text of a finished download. */
export async function readDownload(download: Download): Promise<string> {
  const file = await download.path();
  return readFile(file, 'utf8');
}

/** The component labels of a design file's text. */
export function labelsOf(fileText: string): { name: string; labels: string[] } {
  const envelope = JSON.parse(fileText) as { design: { name: string; nodes: { label: string }[] } };
  return { name: envelope.design.name, labels: envelope.design.nodes.map((n) => n.label) };
}

/**
 * Drops a file onto an element the way a browser does: dragenter, dragover and drop events
 * carrying a DataTransfer that holds the file. `whileDragging` runs before the drop.
 */
export async function dropFile(
  page: Page,
  target: Locator,
  file: { name: string; text: string },
  options: { whileDragging?: () => Promise<void> } = {},
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    return transfer;
  }, file);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await options.whileDragging?.();
  await target.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** Collects console errors and Content-Security-Policy violations from the time it is called. */
export async function watchForErrors(page: Page): Promise<{ consoleErrors: string[]; cspViolations: string[] }> {
  const found = { consoleErrors: [] as string[], cspViolations: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') found.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => found.consoleErrors.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (violation: string) => {
    found.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return found;
}
