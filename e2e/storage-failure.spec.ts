import { expect, test, type Page } from '@playwright/test';
import { parseDesignText } from '../src/core';
import { designName, downloadFrom, nodeLabel, openApp, openExample, readDownload, renameDesign, saveStatus, EXAMPLE } from './support/app';

/** Makes the browser refuse IndexedDB, as it does when the disk quota is exhausted. */
async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a visible alert says the browser refused to store the design', async ({ page }) => {
    await refuseStorage(page);
    await openApp(page);

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('This browser refused to store the design (');
    await expect(alert).toContainText('The quota has been exceeded.');
    await expect(alert).toContainText('so your changes are not kept here. Download the design to keep it.');
    await expect(alert.getByRole('button', { name: 'Download design' })).toBeVisible();
    await expect(saveStatus(page)).toHaveText('Not saved');

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
  });

  test('"Download design" downloads a valid .archlab.json of the open design', async ({ page }) => {
    await refuseStorage(page);
    await openApp(page);
    await openExample(page);
    await renameDesign(page, 'Inference, kept on disk');
    await expect(saveStatus(page)).toHaveText('Not saved');

    const alert = page.getByRole('alert');
    const download = await downloadFrom(page, () => alert.getByRole('button', { name: 'Download design' }).click());
    expect(download.suggestedFilename()).toBe('inference-kept-on-disk.archlab.json');

    const parsed = parseDesignText(await readDownload(download));
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems)).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.design.name).toBe('Inference, kept on disk');
    expect(parsed.design.nodes.map((n) => n.label)).toEqual(expect.arrayContaining([...EXAMPLE.labels]));
    expect(parsed.design.nodes).toHaveLength(10);
    expect(parsed.design.edges).toHaveLength(17);
  });

  test('the downloaded design opens again in a browser that can store it', async ({ page, browser }, testInfo) => {
    await refuseStorage(page);
    await openApp(page);
    await openExample(page);
    const download = await downloadFrom(page, () => page.getByRole('alert').getByRole('button', { name: 'Download design' }).click());
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);

    const healthy = await browser.newContext({ locale: 'en-US' });
    try {
      const other = await healthy.newPage();
      await openApp(other);
      const chooser = other.waitForEvent('filechooser');
      await other.getByRole('button', { name: 'Open…' }).click();
      await (await chooser).setFiles(file);
      await expect(designName(other)).toHaveValue(EXAMPLE.name);
      for (const label of EXAMPLE.labels) await expect(nodeLabel(other, label)).toBeVisible();
      await expect(other.getByRole('alert')).toHaveCount(0);
      await expect(saveStatus(other)).toHaveText('Saved in this browser');
    } finally {
      await healthy.close();
    }
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the alert and its button are in French', async ({ page }) => {
    await refuseStorage(page);
    await openApp(page);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Ce navigateur a refusé d’enregistrer la conception (');
    await expect(alert).toContainText('Téléchargez la conception pour la garder.');
    await expect(saveStatus(page)).toHaveText('Non enregistré');
    const download = await downloadFrom(page, () => alert.getByRole('button', { name: 'Télécharger la conception' }).click());
    expect(download.suggestedFilename()).toBe('conception-sans-titre.archlab.json');
    const parsed = parseDesignText(await readDownload(download));
    expect(parsed.ok).toBe(true);
  });
});
