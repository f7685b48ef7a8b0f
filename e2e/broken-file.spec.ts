import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { canvas, designName, dropFile, fixture, nodeLabel, openApp, openExample, openFile, type Language, EXAMPLE } from './support/app';

/** What a person checks to see the open design did not change. */
async function expectExampleStillOpen(page: Page, language: Language = 'en'): Promise<void> {
  await expect(designName(page, language)).toHaveValue(EXAMPLE.name);
  for (const label of EXAMPLE.labels) await expect(nodeLabel(page, label, language)).toBeVisible();
  await expect(canvas(page, language).locator('.react-flow__node').getByText('Broken design')).toHaveCount(0);
  await expect(canvas(page, language).getByText('Gateway', { exact: true })).toHaveCount(0);
}

function problemsDialog(page: Page, title = 'This file cannot be opened') {
  const dialog = page.getByRole('alertdialog', { name: title });
  return { dialog, problems: dialog.getByRole('list', { name: title }).getByRole('listitem') };
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a design with several wrong fields is refused, with every problem and its path', async ({ page }) => {
    await openApp(page);
    await openExample(page);

    await openFile(page, fixture('broken-design.archlab.json'));
    const { dialog, problems } = problemsDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('“broken-design.archlab.json” has 3 problems. Your open design has not changed.');
    await expect(problems).toHaveCount(3);
    await expect(problems.filter({ hasText: 'design.nodes[0].type' })).toHaveText(
      'design.nodes[0].type: expected a catalogue type id in lower-case words joined by "-", such as "api-gateway"',
    );
    await expect(problems.filter({ hasText: 'design.edges[0].target' })).toHaveText(
      'design.edges[0].target: no component has the id "ghost"',
    );
    await expect(problems.filter({ hasText: 'design.workload.peakRps' })).toHaveText(
      'design.workload.peakRps: Too small: expected number to be >=0',
    );

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expectExampleStillOpen(page);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('a file that is not JSON is refused and the open design stays as it was', async ({ page }) => {
    await openApp(page);
    await openExample(page);

    await openFile(page, fixture('not-json.archlab.json'));
    const { dialog, problems } = problemsDialog(page);
    await expect(dialog).toContainText('“not-json.archlab.json” has 1 problem. Your open design has not changed.');
    await expect(problems).toHaveCount(1);
    await expect(problems).toContainText('(file): the file is not valid JSON:');
    await expect(problems).toContainText('line 1 column 1');

    // Escape closes the dialog too.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectExampleStillOpen(page);
  });

  test('a JSON file that is not an ArchLab design is refused and the open design stays as it was', async ({ page }) => {
    await openApp(page);
    await openExample(page);

    await openFile(page, fixture('not-archlab.json'));
    const { dialog, problems } = problemsDialog(page);
    await expect(dialog).toContainText('“not-archlab.json” has 1 problem. Your open design has not changed.');
    await expect(problems).toHaveText(['format: expected "archlab": this is not an ArchLab design file']);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expectExampleStillOpen(page);

    // Nothing of the refused file reached the browser's storage either.
    await page.reload();
    await expectExampleStillOpen(page);
  });

  test('a broken file dropped onto the window is refused the same way', async ({ page }) => {
    await openApp(page);
    await openExample(page);

    const text = await readFile(fixture('broken-design.archlab.json'), 'utf8');
    await dropFile(page, canvas(page), { name: 'broken-design.archlab.json', text });
    const { dialog, problems } = problemsDialog(page);
    await expect(dialog).toContainText('“broken-design.archlab.json” has 3 problems. Your open design has not changed.');
    await expect(problems).toHaveCount(3);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expectExampleStillOpen(page);
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the dialog and each problem are in French', async ({ page }) => {
    await openApp(page);
    await openExample(page, 'fr');

    await openFile(page, fixture('broken-design.archlab.json'), 'fr');
    const { dialog, problems } = problemsDialog(page, 'Ce fichier ne peut pas être ouvert');
    await expect(dialog).toContainText(
      '« broken-design.archlab.json » comporte 3 problèmes. La conception ouverte n’a pas été modifiée.',
    );
    await expect(problems).toHaveCount(3);
    await expect(problems.filter({ hasText: 'design.nodes[0].type' })).toHaveText(
      'design.nodes[0].type: un identifiant de type du catalogue est attendu, en minuscules reliées par « - », par exemple « api-gateway »',
    );
    await expect(problems.filter({ hasText: 'design.edges[0].target' })).toHaveText(
      'design.edges[0].target: aucun composant n’a l’identifiant « ghost »',
    );
    await expect(problems.filter({ hasText: 'design.workload.peakRps' })).toHaveText(
      'design.workload.peakRps: Trop petit : nombre doit être >=0',
    );

    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();
    await expectExampleStillOpen(page, 'fr');
  });

  test('a file that is not an ArchLab design is explained in French', async ({ page }) => {
    await openApp(page);
    await openExample(page, 'fr');

    await openFile(page, fixture('not-archlab.json'), 'fr');
    const { dialog, problems } = problemsDialog(page, 'Ce fichier ne peut pas être ouvert');
    await expect(dialog).toContainText('« not-archlab.json » comporte 1 problème. La conception ouverte n’a pas été modifiée.');
    await expect(problems).toHaveText(['format: « archlab » est attendu : ce n’est pas un fichier de conception ArchLab']);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expectExampleStillOpen(page, 'fr');
  });
});
